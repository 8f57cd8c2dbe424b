package io.github.newsdedup.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code .json} file: an array of objects (one article each, located by its 1-based
 * position in the array), or a single object. A file whose first value is an object followed by
 * more is read as JSONL, since many JSONL files are named {@code .json}. The whole file is parsed
 * at once, so its size is limited to {@value #MAX_FILE_BYTES} bytes; use JSONL for more.
 */
final class JsonArticles {
  /** Largest {@code .json} file read: 256 MiB. */
  static final int MAX_FILE_BYTES = 256 * 1024 * 1024;

  private JsonArticles() {}

  static void read(
      Path file, InputStream in, int maxArticleBytes, RecordMapper mapper, JsonlArticles.Sink sink)
      throws IOException {
    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw new ArticleParseException(
          file,
          String.format(
              Locale.ROOT,
              "a .json file is parsed whole and this one is over %,d bytes; convert it to JSONL"
                  + " (one object a line), which is read line by line",
              MAX_FILE_BYTES));
    }
    int nul = Utf8.indexOfNul(bytes, 0, bytes.length);
    if (nul >= 0) {
      throw new ArticleParseException(file, Utf8.binaryReason(bytes, bytes.length, nul));
    }
    String text = Utf8.stripBom(Utf8.decode(file, 0, bytes, 0, bytes.length, 0));
    if (text.isBlank()) {
      throw new ArticleParseException(file, "empty file");
    }
    Object value;
    try {
      value = JsonParser.parse(text);
    } catch (JsonParser.JsonException e) {
      if (text.stripLeading().startsWith("{")) { // JSONL named .json
        JsonlArticles.read(file, new ByteArrayInputStream(bytes), maxArticleBytes, mapper, sink);
        return;
      }
      throw new ArticleParseException(file, "malformed JSON: " + e.getMessage());
    }
    if (value instanceof Map<?, ?> object) {
      accept(file, 1, object, mapper, sink);
    } else if (value instanceof List<?> list) {
      long position = 0;
      for (Object element : list) {
        position++;
        if (element instanceof Map<?, ?> object) {
          accept(file, position, object, mapper, sink);
        } else {
          sink.skipped(
              new ArticleParseException(
                  file,
                  position,
                  "array element is not a JSON object, got " + RecordMapper.typeName(element)));
        }
      }
    } else {
      throw new ArticleParseException(
          file, "expected an array of objects or an object, got " + RecordMapper.typeName(value));
    }
  }

  private static void accept(
      Path file, long position, Map<?, ?> object, RecordMapper mapper, JsonlArticles.Sink sink) {
    try {
      sink.article(mapper.toArticle(file, position, object, file + ":" + position), position);
    } catch (ArticleParseException e) {
      sink.skipped(e);
    }
  }
}
