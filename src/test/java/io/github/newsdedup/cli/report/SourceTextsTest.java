package io.github.newsdedup.cli.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdedup.Article;
import io.github.newsdedup.BodyFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SourceTexts}: texts read back from file and JSONL-line sources, others left empty. */
class SourceTextsTest {
  @TempDir Path dir;

  @Test
  void read_fileAndJsonlSources_textsFilledOthersEmpty() throws IOException {
    Path txt = dir.resolve("a.txt");
    Files.writeString(txt, "The text of a.", UTF_8);
    Path html = dir.resolve("h.html");
    Files.writeString(html, "<html><body><p>The text of h.</p></body></html>", UTF_8);
    Path jsonl = dir.resolve("feed.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\": \"x\", \"text\": \"The text of x.\"}\n{\"id\": \"y\", \"text\": \"Of y.\"}\n",
        UTF_8);
    List<Article> read =
        SourceTexts.read(
            List.of(
                Article.of("a", "").withSource(txt.toString()).withTitle("Title a"),
                Article.of("h", "").withSource(html.toString()),
                Article.of("y", "").withSource(jsonl + ":2"),
                Article.of("u", "").withSource("https://example.com/u"),
                Article.of("gone", "").withSource(dir.resolve("gone.txt").toString()),
                Article.of("kept", "Its own text.")));
    assertEquals("The text of a.", read.get(0).body());
    assertEquals("Title a", read.get(0).title());
    assertEquals(txt.toString(), read.get(0).source());
    assertEquals(BodyFormat.HTML, read.get(1).format());
    assertEquals("Of y.", read.get(2).body());
    assertEquals("", read.get(3).body());
    assertEquals("", read.get(4).body());
    assertEquals("Its own text.", read.get(5).body());
  }
}
