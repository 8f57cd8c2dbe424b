package io.github.newsdedup.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --representative} and {@code --source-priority} on the command line. */
class RepresentativeOptionTest {
  private static final String STORY =
      "The harbour authority said on Tuesday that the container ship had been delayed by thick fog"
          + " for most of the morning. The port would reopen at noon once pilots had inspected the"
          + " channel, officials said. No one was hurt, and cargo handling would resume in the"
          + " afternoon. Shipping lines warned customers of delays of up to two days. ";

  @TempDir Path dir;

  private Path feed() throws IOException {
    String wire =
        "{\"id\":\"wire\",\"text\":\""
            + STORY.repeat(2)
            + "\",\"url\":\"https://wire.example/1\","
            + "\"published\":\"2024-03-01T08:00:00Z\"}\n";
    String page =
        "{\"id\":\"page\",\"text\":\""
            + STORY.repeat(2)
            + " Comments: first! Reply: second."
            + " Reply: what a day at the port, we waited for hours.\","
            + "\"url\":\"https://site.example/p\",\"published\":\"2024-03-01T10:00:00Z\"}\n";
    return Files.writeString(dir.resolve("feed.jsonl"), wire + page, UTF_8);
  }

  @Test
  void representative_earliestAndSourcePriority() throws IOException {
    Path feed = feed();
    CliRun def = CliRun.of("group", "-q", "--format", "tsv", feed.toString());
    assertEquals("page\t1\tpage\nwire\t1\tpage\n", def.out(), def.err());
    CliRun earliest =
        CliRun.of("group", "-q", "--format", "tsv", "--representative=earliest", feed.toString());
    assertEquals("wire\t1\twire\npage\t1\twire\n", earliest.out(), earliest.err());
    Path trusted = Files.writeString(dir.resolve("trusted.txt"), "# wires first\nwire.example\n");
    CliRun sources =
        CliRun.of(
            "group",
            "-q",
            "--format",
            "tsv",
            "--source-priority",
            trusted.toString(),
            feed.toString());
    assertEquals("wire\t1\twire\npage\t1\twire\n", sources.out(), sources.err());
  }

  @Test
  void representative_badValues_areUsageErrors() throws IOException {
    Path feed = feed();
    CliRun bad = CliRun.of("group", "--representative", "newest", feed.toString());
    assertEquals(Main.EXIT_USAGE, bad.exit());
    assertTrue(bad.err().contains("must be most-complete, earliest or source-priority"), bad.err());
    CliRun noFile = CliRun.of("group", "--representative", "source-priority", feed.toString());
    assertEquals(Main.EXIT_USAGE, noFile.exit());
    assertTrue(noFile.err().contains("needs --source-priority FILE"), noFile.err());
  }
}
