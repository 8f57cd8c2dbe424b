package io.github.newsdedup.io;

import io.github.newsdedup.Article;
import io.github.newsdedup.BodyFormat;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSONL file line by line without holding more than one line (capped) in memory: each
 * non-blank line is one JSON object with {@code id} and {@code text}, optional {@code title},
 * {@code url} and {@code published}; other keys are ignored.
 */
final class JsonlArticles {
  private static final int CHUNK = 64 * 1024;

  /** Receives each line's article or the reason it was skipped. */
  interface Sink {
    void article(Article article, long line);

    void skipped(ArticleParseException problem);
  }

  private JsonlArticles() {}

  /**
   * Reads all lines of {@code file}.
   *
   * @param maxLineBytes longer lines are skipped without being kept in memory
   * @throws IOException if the file cannot be opened or read, or is binary; lines already passed to
   *     the sink stay valid
   */
  static void read(Path file, int maxLineBytes, Sink sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[CHUNK];
      byte[] line = new byte[256];
      int lineLen = 0;
      boolean tooLong = false;
      long lineNo = 1;
      long lineStart = 0; // file offset of the line's first byte
      long offset = 0; // file offset of chunk[0]
      boolean first = true;
      int n;
      while ((n = in.readNBytes(chunk, 0, CHUNK)) > 0) {
        if (first) {
          first = false;
          int nul = Utf8.indexOfNul(chunk, 0, n);
          if (nul >= 0) {
            throw new ArticleParseException(file, Utf8.binaryReason(chunk, n, nul));
          }
        }
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (chunk[i] != '\n') {
            continue;
          }
          int part = i - from;
          if (!tooLong && lineLen + (long) part <= maxLineBytes) {
            line = append(line, lineLen, chunk, from, part, maxLineBytes);
            lineLen += part;
          } else {
            tooLong = true;
          }
          line(file, lineNo, line, lineLen, tooLong, lineStart, maxLineBytes, sink);
          lineNo++;
          lineLen = 0;
          tooLong = false;
          lineStart = offset + i + 1;
          from = i + 1;
        }
        int part = n - from;
        if (!tooLong && lineLen + (long) part <= maxLineBytes) {
          line = append(line, lineLen, chunk, from, part, maxLineBytes);
          lineLen += part;
        } else {
          tooLong = true;
        }
        offset += n;
      }
      if (lineLen > 0 || tooLong) {
        line(file, lineNo, line, lineLen, tooLong, lineStart, maxLineBytes, sink);
      }
    }
  }

  /** Appends to the line buffer, growing it at most to the line limit. */
  private static byte[] append(
      byte[] line, int lineLen, byte[] src, int from, int len, int maxLineBytes) {
    if (lineLen + len > line.length) {
      int grown = (int) Math.min(maxLineBytes, 2L * line.length);
      line = Arrays.copyOf(line, Math.max(lineLen + len, grown));
    }
    System.arraycopy(src, from, line, lineLen, len);
    return line;
  }

  private static void line(
      Path file,
      long lineNo,
      byte[] bytes,
      int len,
      boolean tooLong,
      long lineStart,
      int maxLineBytes,
      Sink sink) {
    try {
      if (tooLong) {
        throw new ArticleParseException(
            file,
            lineNo,
            String.format(
                Locale.ROOT,
                "line is longer than the limit of %,d bytes for one article; not read",
                maxLineBytes));
      }
      if (len > 0 && bytes[len - 1] == '\r') {
        len--;
      }
      String text = Utf8.decode(file, lineNo, bytes, 0, len, lineStart);
      if (lineNo == 1) {
        text = Utf8.stripBom(text);
      }
      if (text.isBlank()) {
        return; // blank lines (a trailing newline, spacing) are not records
      }
      sink.article(parseLine(file, lineNo, text), lineNo);
    } catch (ArticleParseException e) {
      sink.skipped(e);
    }
  }

  /** Converts one JSONL line to an article. */
  static Article parseLine(Path file, long lineNo, String text) throws ArticleParseException {
    Object value;
    try {
      value = JsonParser.parse(text);
    } catch (JsonParser.JsonException e) {
      throw new ArticleParseException(file, lineNo, "malformed JSON: " + e.getMessage());
    }
    if (!(value instanceof Map<?, ?> object)) {
      throw new ArticleParseException(
          file, lineNo, "expected a JSON object, got " + typeName(value));
    }
    String id = id(file, lineNo, object.get("id"));
    String body = requiredString(file, lineNo, object, "text");
    if (body.isBlank()) {
      throw new ArticleParseException(file, lineNo, "\"text\" is empty");
    }
    String title = optionalString(file, lineNo, object, "title");
    String url = optionalString(file, lineNo, object, "url");
    Optional<Instant> published = published(file, lineNo, object.get("published"));
    String source = url.isEmpty() ? file + ":" + lineNo : url;
    return new Article(id, title, body, source, published, BodyFormat.AUTO);
  }

  private static String id(Path file, long lineNo, Object value) throws ArticleParseException {
    if (value == null || value == JsonParser.NULL) {
      throw new ArticleParseException(file, lineNo, "missing \"id\"");
    }
    String id;
    if (value instanceof String s) {
      id = s;
    } else if (value instanceof BigDecimal d && d.scale() <= 0) {
      id = d.toPlainString();
    } else {
      throw new ArticleParseException(
          file, lineNo, "\"id\" must be a string or an integer, got " + typeName(value));
    }
    if (id.isBlank()) {
      throw new ArticleParseException(file, lineNo, "\"id\" is empty");
    }
    return id;
  }

  private static String requiredString(Path file, long lineNo, Map<?, ?> object, String key)
      throws ArticleParseException {
    Object value = object.get(key);
    if (value == null || value == JsonParser.NULL) {
      throw new ArticleParseException(file, lineNo, "missing \"" + key + "\"");
    }
    if (!(value instanceof String s)) {
      throw new ArticleParseException(
          file, lineNo, "\"" + key + "\" must be a string, got " + typeName(value));
    }
    return s;
  }

  private static String optionalString(Path file, long lineNo, Map<?, ?> object, String key)
      throws ArticleParseException {
    Object value = object.get(key);
    if (value == null || value == JsonParser.NULL) {
      return "";
    }
    if (!(value instanceof String s)) {
      throw new ArticleParseException(
          file, lineNo, "\"" + key + "\" must be a string, got " + typeName(value));
    }
    return s;
  }

  /**
   * Reads {@code published}: an ISO-8601 instant ({@code 2024-03-01T12:00:00Z}), a date-time with
   * offset ({@code 2024-03-01T12:00:00+01:00}), a date ({@code 2024-03-01}, taken as midnight UTC),
   * or epoch seconds (a JSON integer or a string of digits). Missing, {@code null} and {@code ""}
   * mean unknown.
   */
  static Optional<Instant> published(Path file, long lineNo, Object value)
      throws ArticleParseException {
    if (value == null || value == JsonParser.NULL || "".equals(value)) {
      return Optional.empty();
    }
    try {
      if (value instanceof BigDecimal d) {
        return Optional.of(epochSeconds(d));
      }
      if (value instanceof String s) {
        String t = s.strip();
        if (t.matches("-?[0-9]{1,19}")) {
          return Optional.of(epochSeconds(new BigDecimal(t)));
        }
        if (t.length() == 10) {
          return Optional.of(LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (t.endsWith("Z") || t.endsWith("z")) {
          return Optional.of(Instant.parse(t.toUpperCase(Locale.ROOT)));
        }
        return Optional.of(OffsetDateTime.parse(t).toInstant());
      }
    } catch (DateTimeException | ArithmeticException e) {
      ArticleParseException bad = badPublished(file, lineNo, value);
      bad.initCause(e);
      throw bad;
    }
    throw badPublished(file, lineNo, value);
  }

  private static ArticleParseException badPublished(Path file, long lineNo, Object value) {
    return new ArticleParseException(
        file,
        lineNo,
        "bad \"published\" "
            + (value instanceof String s ? "\"" + s + "\"" : typeName(value))
            + ": expected an ISO-8601 instant (2024-03-01T12:00:00Z), a date (2024-03-01) or"
            + " epoch seconds");
  }

  private static Instant epochSeconds(BigDecimal d) {
    // longValueExact throws ArithmeticException for fractions and overflow
    return Instant.ofEpochSecond(d.longValueExact());
  }

  static String typeName(Object value) {
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof BigDecimal d) {
      return "the number " + d;
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    return "null";
  }
}
