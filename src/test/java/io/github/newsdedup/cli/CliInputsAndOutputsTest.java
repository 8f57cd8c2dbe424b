package io.github.newsdedup.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's input options (stdin, ids by path, record fields, gzip) and the TSV output. */
class CliInputsAndOutputsTest {
  private static final String STORY =
      "The harbour authority said on Tuesday that the container ship had been delayed by"
          + " thick fog for most of the morning, and that the port would reopen at noon once"
          + " the pilots had inspected the channel. Officials said no one was hurt and that"
          + " cargo handling would resume in the afternoon. ";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, UTF_8);
    return p;
  }

  @Test
  void stdin_jsonl_isGroupedWithFiles_duplicateIdsSkipped() throws IOException {
    Path file = write("wire.txt", STORY.repeat(3));
    String jsonl =
        "{\"id\":\"copy\",\"text\":\""
            + "Reposted. "
            + STORY.repeat(3)
            + "\"}\n"
            + "{\"id\":\"wire\",\"text\":\"same id as the file\"}\n";
    CliRun r = CliRun.withInput(jsonl, "group", "-q", "--format", "tsv", file.toString(), "-");
    assertEquals(Main.EXIT_SKIPPED, r.exit(), r.err());
    assertEquals(
        "copy\t1\tcopy\nwire\t1\tcopy\n",
        r.out().replace("wire\t1\tcopy\ncopy\t1\tcopy\n", "copy\t1\tcopy\nwire\t1\tcopy\n"));
    assertTrue(r.err().contains("skipped -:2: duplicate id \"wire\""), r.err());
  }

  @Test
  void tsv_everyArticleOnce_singletonsIncluded_formulasDefused() throws IOException {
    write("a.txt", STORY.repeat(3));
    write("=cmd.txt", "Copy. " + STORY.repeat(3));
    write("lonely.txt", "A completely different short note about gardening in spring.");
    CliRun r = CliRun.of("group", "-q", "--format", "tsv", dir.toString());
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.contains("'=cmd\t1\t" + lines.get(0).split("\t")[2]), r.out());
    assertTrue(lines.contains("lonely\t2\tlonely"), r.out());
  }

  @Test
  void idFromPath_keepsMirroredFilesApartAndGroupsThem() throws IOException {
    write("site-a/news/index.html", "<p>" + STORY.repeat(3) + "</p>");
    write("site-b/news/index.html", "<div><p>" + STORY.repeat(3) + "</p><p>Share this</p></div>");
    CliRun byName = CliRun.of("group", "-q", "--format", "tsv", dir.toString());
    assertEquals(Main.EXIT_SKIPPED, byName.exit());
    CliRun byPath = CliRun.of("group", "-q", "--format", "tsv", "--id-from=path", dir.toString());
    assertEquals(Main.EXIT_OK, byPath.exit(), byPath.err());
    assertEquals(
        List.of(
                "site-a/news/index\t1\tsite-a/news/index",
                "site-b/news/index\t1\tsite-a/news/index")
            .stream()
            .sorted()
            .toList(),
        byPath.out().lines().sorted().toList());
  }

  @Test
  void recordFields_andGzip_andJsonDetails() throws IOException {
    Path gz = dir.resolve("feed.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      String line1 =
          "{\"doc\":\"f1\",\"maintext\":\""
              + STORY.repeat(3)
              + "\",\"headline\":\"Fog\","
              + "\"link\":\"https://news.example/f1\"}\n";
      String line2 = "{\"doc\":\"f2\",\"maintext\":\"Copy: " + STORY.repeat(3) + "\"}\n";
      out.write((line1 + line2).getBytes(UTF_8));
    }
    CliRun missing = CliRun.of("group", "-q", gz.toString());
    assertEquals(Main.EXIT_SKIPPED, missing.exit());
    assertTrue(missing.err().contains("fields present: \"doc\", \"maintext\""), missing.err());
    CliRun r =
        CliRun.of(
            "group",
            "-q",
            "--format",
            "json",
            "--id-field",
            "doc",
            "--text-field",
            "maintext",
            "--title-field",
            "headline",
            "--url-field",
            "link",
            gz.toString());
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains("{\"id\": \"f1\", \"title\": \"Fog\", \"url\": \"https://news.example/f1\"}"),
        r.out());
  }

  @Test
  void outOfMemory_exits3WithAMessage_inAChildJvm() throws Exception {
    // Large distinct articles in a small heap: fingerprinting runs out of memory in the worker
    // pool; the run must end (no hang) with exit 3 and say how to give more memory.
    Path big = dir.resolve("big.jsonl");
    try (var out = Files.newBufferedWriter(big, UTF_8)) {
      for (int i = 0; i < 6; i++) {
        out.write("{\"id\":\"a" + i + "\",\"text\":\"");
        for (int w = 0; w < 600_000; w++) {
          out.write("w");
          out.write(Integer.toString(i * 1_000_003 + w));
          out.write(' ');
        }
        out.write("\"}\n");
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx48m",
                "-XX:+UseParallelGC",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "group",
                "-q",
                big.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    String log = Files.readString(dir.resolve("log.txt"), UTF_8);
    assertTrue(ended, "hung: " + log);
    assertEquals(Main.EXIT_FAILED, p.exitValue(), log);
    assertTrue(log.contains("out of memory"), log);
    assertTrue(log.contains("-Xmx"), log);
  }

  @Test
  void outputWriteError_exits3_notDone() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path sample = Path.of("corpus-samples");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "group",
                "-q",
                sample.toString())
            .redirectOutput(new java.io.File("/dev/full"))
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "hung");
    String err = Files.readString(dir.resolve("err.txt"), UTF_8);
    assertEquals(Main.EXIT_FAILED, p.exitValue(), err);
    assertTrue(err.contains("could not write the output"), err);
  }

  @Test
  void threadsOutOfRange_isAUsageError() {
    CliRun r = CliRun.of("group", "--threads", "40000", "corpus-samples");
    assertEquals(Main.EXIT_USAGE, r.exit(), r.err());
  }
}
