package io.github.newsdedup.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html} and {@code --output} of {@code group} and {@code index groups}. */
class ReportCommandTest {
  private static final String SAMPLES = "corpus-samples";
  private static final String COPY = "001_3996b4a5bdcd3b6a";

  @TempDir Path dir;

  @Test
  void group_html_reportFileWithGroupsAndTexts() throws IOException {
    Path report = dir.resolve("report.html");
    CliRun r = CliRun.of("group", "-q", "--format", "html", "--output", report.toString(), SAMPLES);
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    assertEquals("", r.out());
    String html = Files.readString(report, UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    for (int g = 1; g <= 4; g++) {
      assertTrue(html.contains("data-group=\"" + g + "\""), "group " + g);
    }
    assertTrue(html.contains("<li data-id=\"" + COPY + "\">"));
    assertTrue(html.contains("news-dedup group -q --format html --output"));
    assertTrue(html.contains("On Wednesday, Kremlin spokesman Dmitry Peskov"));
  }

  @Test
  void group_htmlWithoutOutput_toStdout() {
    CliRun r = CliRun.of("group", "-q", "--format", "html", SAMPLES);
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    assertTrue(r.out().startsWith("<!DOCTYPE html>"));
    assertTrue(r.out().endsWith("</html>\n"));
  }

  @Test
  void group_jsonOutputFile_sameAsStdout() throws IOException {
    Path json = dir.resolve("groups.json");
    CliRun toFile =
        CliRun.of("group", "-q", "--format", "json", "--output", json.toString(), SAMPLES);
    CliRun toStdout = CliRun.of("group", "-q", "--format", "json", SAMPLES);
    assertEquals(Main.EXIT_OK, toFile.exit(), toFile.err());
    assertEquals("", toFile.out());
    assertEquals(toStdout.out(), Files.readString(json, UTF_8));
  }

  @Test
  void indexGroups_html_textsReadBackFromSources() throws IOException {
    Path index = dir.resolve("index");
    CliRun add = CliRun.of("index", "add", "-q", index.toString(), SAMPLES);
    assertEquals(Main.EXIT_OK, add.exit(), add.err());
    Path report = dir.resolve("index.html");
    CliRun r =
        CliRun.of(
            "index", "groups", index.toString(), "--format", "html", "--output", report.toString());
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    String html = Files.readString(report, UTF_8);
    assertTrue(html.contains("data-group=\"1\""));
    assertTrue(html.contains("<a class=\"id\" href=\"#open=1:" + COPY + "\">"), "viewable");
    assertTrue(html.contains("On Wednesday, Kremlin spokesman Dmitry Peskov"));
    // 000 and 001 explained: eight passages of five numbers each.
    assertTrue(html.contains("\"passages\": [["), html);
  }

  @Test
  void indexAdd_output_usageError() {
    CliRun r =
        CliRun.of("index", "add", dir.resolve("i").toString(), SAMPLES, "--output", "x.html");
    assertEquals(Main.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("--output is for groups only"), r.err());
  }
}
