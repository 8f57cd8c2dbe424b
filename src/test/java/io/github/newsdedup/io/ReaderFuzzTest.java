package io.github.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.newsdedup.Article;
import io.github.newsdedup.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz tests of the record readers: any bytes give articles and named skips, never an exception,
 * and the file and stream paths agree. Seeds: {@code src/test/resources/.../ReaderFuzzTestInputs}.
 */
class ReaderFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void jsonl_anyBytes_articlesOrNamedSkips(byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("fuzz-jsonl");
    try {
      Path file = dir.resolve("in.jsonl");
      Files.write(file, bytes);
      ReadOptions options = ReadOptions.builder().maxArticleBytes(4096).build();
      ReadResult fromFile = ArticleReader.read(List.of(file), options, ProgressListener.NONE);
      for (Article a : fromFile.articles()) {
        assertFalse(a.id().isBlank());
        assertFalse(a.body().isBlank());
      }
      fromFile.skipped().forEach(s -> assertFalse(s.reason().isBlank()));
      ReadResult fromStream =
          ArticleReader.readJsonl(new ByteArrayInputStream(bytes), file.toString(), options);
      assertEquals(
          fromFile.articles().stream().map(Article::id).toList(),
          fromStream.articles().stream().map(Article::id).toList());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  @FuzzTest(maxDuration = "5s")
  void jsonParser_anyText_valueOrJsonException(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      Object value = JsonParser.parse(text);
      RecordMapper.typeName(value);
    } catch (JsonParser.JsonException expected) {
      // a clear error is the other allowed outcome
    }
  }

  @FuzzTest(maxDuration = "5s")
  void csv_anyText_articlesOrNamedSkips(byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("fuzz-csv");
    try {
      Path file = dir.resolve("in.csv");
      Files.write(file, bytes);
      ReadResult r =
          ArticleReader.read(
              List.of(file),
              ReadOptions.builder().maxArticleBytes(4096).build(),
              ProgressListener.NONE);
      r.skipped().forEach(s -> assertFalse(s.reason().isBlank()));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }
}
