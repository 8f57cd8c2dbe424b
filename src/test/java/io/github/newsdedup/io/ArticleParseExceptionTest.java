package io.github.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ArticleParseExceptionTest {

  @Test
  void constructor_line_formatsLocation() {
    ArticleParseException e = new ArticleParseException(Path.of("a.jsonl"), 7, "missing \"id\"");
    assertEquals("a.jsonl:7: missing \"id\"", e.getMessage());
    assertEquals("a.jsonl:7", e.input());
    assertEquals(OptionalLong.of(7), e.line());
    assertEquals(new SkippedInput("a.jsonl:7", "missing \"id\""), e.toSkipped());
    assertEquals(IOException.class, e.getClass().getSuperclass());
  }

  @Test
  void constructor_wholeFile_noLine() {
    ArticleParseException e = new ArticleParseException(Path.of("x.txt"), "empty file");
    assertEquals("x.txt: empty file", e.getMessage());
    assertEquals(OptionalLong.empty(), e.line());
    assertEquals(Path.of("x.txt"), e.file());
    assertEquals("empty file", e.reason());
  }

  @Test
  void constructor_badArguments_throw() {
    assertEquals(
        "file",
        assertThrows(NullPointerException.class, () -> new ArticleParseException(null, "r"))
            .getMessage());
    assertEquals(
        "reason",
        assertThrows(
                NullPointerException.class, () -> new ArticleParseException(Path.of("x"), 1, null))
            .getMessage());
    assertEquals(
        "line must be 0 or positive, got -1",
        assertThrows(
                IllegalArgumentException.class,
                () -> new ArticleParseException(Path.of("x"), -1, "r"))
            .getMessage());
  }
}
