package io.github.newsdedup.io;

import io.github.newsdedup.Article;
import io.github.newsdedup.BodyFormat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns one record (a JSON object, or a CSV row keyed by its header) into an article, using the
 * field names of {@link ReadOptions}. The one owner of the record rules: which fields are required,
 * what an id and a publication time may be.
 */
final class RecordMapper {
  /** Longest accepted id in UTF-8 bytes; longer ids cannot be index terms and are refused. */
  static final int MAX_ID_BYTES = 4096;

  /** Publication times outside years 0001–9999 are refused: ISO-8601 and epoch millis hold them. */
  private static final Instant MIN_PUBLISHED = Instant.parse("0001-01-01T00:00:00Z");

  private static final Instant MAX_PUBLISHED = Instant.parse("9999-12-31T23:59:59Z");

  /** Integers with more digits than this are refused as ids (write them as strings). */
  private static final int MAX_ID_DIGITS = 100;

  private final ReadOptions options;

  RecordMapper(ReadOptions options) {
    this.options = options;
  }

  /**
   * Converts a record to an article.
   *
   * @param defaultSource the source when the record has no url, such as {@code file:line}
   */
  Article toArticle(Path file, long line, Map<?, ?> record, String defaultSource)
      throws ArticleParseException {
    String id = id(file, line, record.get(options.idField()), record);
    String body = text(file, line, record);
    String title = optionalString(file, line, record, options.titleField());
    String url = optionalString(file, line, record, options.urlField());
    Optional<Instant> published =
        published(file, line, options.publishedField(), record.get(options.publishedField()));
    return new Article(
        id, title, body, url.isEmpty() ? defaultSource : url, published, BodyFormat.AUTO);
  }

  private String id(Path file, long line, Object value, Map<?, ?> record)
      throws ArticleParseException {
    String key = options.idField();
    if (absent(value)) {
      throw new ArticleParseException(file, line, "missing \"" + key + "\"" + keys(record));
    }
    String id;
    if (value instanceof String s) {
      id = s;
    } else if (value instanceof BigDecimal d && d.scale() <= 0) {
      if ((long) d.precision() - d.scale() > MAX_ID_DIGITS) {
        throw new ArticleParseException(
            file,
            line,
            "\""
                + key
                + "\" is a number of more than "
                + MAX_ID_DIGITS
                + " digits; write the id as a string");
      }
      id = d.toPlainString();
    } else {
      throw new ArticleParseException(
          file, line, "\"" + key + "\" must be a string or an integer, got " + typeName(value));
    }
    if (id.isBlank()) {
      throw new ArticleParseException(file, line, "\"" + key + "\" is empty");
    }
    checkIdLength(file, line, id);
    return id;
  }

  /** Refuses ids over {@value #MAX_ID_BYTES} UTF-8 bytes. */
  static void checkIdLength(Path file, long line, String id) throws ArticleParseException {
    if (id.length() > MAX_ID_BYTES / 3
        && id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
      throw new ArticleParseException(
          file,
          line,
          String.format(
              Locale.ROOT,
              "id is %,d UTF-8 bytes, over the limit of %,d",
              id.getBytes(StandardCharsets.UTF_8).length,
              MAX_ID_BYTES));
    }
  }

  private String text(Path file, long line, Map<?, ?> record) throws ArticleParseException {
    String key = options.textField();
    Object value = record.get(key);
    if (absent(value)) {
      throw new ArticleParseException(
          file,
          line,
          "missing \"" + key + "\"" + keys(record) + "; choose the text field with --text-field");
    }
    if (!(value instanceof String s)) {
      throw new ArticleParseException(
          file, line, "\"" + key + "\" must be a string, got " + typeName(value));
    }
    if (s.isBlank()) {
      throw new ArticleParseException(file, line, "\"" + key + "\" is empty");
    }
    return s;
  }

  private static String optionalString(Path file, long line, Map<?, ?> record, String key)
      throws ArticleParseException {
    Object value = record.get(key);
    if (absent(value)) {
      return "";
    }
    if (!(value instanceof String s)) {
      throw new ArticleParseException(
          file, line, "\"" + key + "\" must be a string, got " + typeName(value));
    }
    return s;
  }

  private static boolean absent(Object value) {
    return value == null || value == JsonParser.NULL;
  }

  /** Lists the record's keys for a message about a missing field, at most twenty. */
  private static String keys(Map<?, ?> record) {
    if (record.isEmpty()) {
      return " (the record has no fields)";
    }
    String listed =
        record.keySet().stream()
            .limit(20)
            .map(k -> "\"" + k + "\"")
            .collect(Collectors.joining(", "));
    return " (fields present: " + listed + (record.size() > 20 ? ", …" : "") + ")";
  }

  /**
   * Reads a publication time: an ISO-8601 instant ({@code 2024-03-01T12:00:00Z}), a date-time with
   * offset ({@code 2024-03-01T12:00:00+01:00}), a date ({@code 2024-03-01}, taken as midnight UTC),
   * or epoch seconds (a JSON integer or a string of digits), within years 0001–9999. Missing,
   * {@code null} and {@code ""} mean unknown.
   */
  static Optional<Instant> published(Path file, long line, String key, Object value)
      throws ArticleParseException {
    if (absent(value) || "".equals(value)) {
      return Optional.empty();
    }
    Instant instant = null;
    try {
      if (value instanceof BigDecimal d) {
        instant = epochSeconds(d);
      } else if (value instanceof String s) {
        String t = s.strip();
        if (t.matches("-?[0-9]{1,19}")) {
          instant = epochSeconds(new BigDecimal(t));
        } else if (t.length() == 10) {
          instant = LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } else if (t.endsWith("Z") || t.endsWith("z")) {
          instant = Instant.parse(t.toUpperCase(Locale.ROOT));
        } else {
          instant = OffsetDateTime.parse(t).toInstant();
        }
      }
    } catch (DateTimeException | ArithmeticException e) {
      ArticleParseException bad = badPublished(file, line, key, value);
      bad.initCause(e);
      throw bad;
    }
    if (instant == null || instant.isBefore(MIN_PUBLISHED) || instant.isAfter(MAX_PUBLISHED)) {
      throw badPublished(file, line, key, value);
    }
    return Optional.of(instant);
  }

  private static ArticleParseException badPublished(
      Path file, long line, String key, Object value) {
    return new ArticleParseException(
        file,
        line,
        "bad \""
            + key
            + "\" "
            + (value instanceof String s ? "\"" + s + "\"" : typeName(value))
            + ": expected an ISO-8601 instant (2024-03-01T12:00:00Z), a date (2024-03-01) or"
            + " epoch seconds, within years 0001-9999");
  }

  private static Instant epochSeconds(BigDecimal d) {
    if ((long) d.precision() - d.scale() > 19) {
      throw new ArithmeticException("too large");
    }
    return Instant.ofEpochSecond(d.longValueExact()); // throws for fractions and overflow
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
      String s = d.toString();
      return "the number " + (s.length() > 40 ? s.substring(0, 40) + "…" : s);
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    return "null";
  }
}
