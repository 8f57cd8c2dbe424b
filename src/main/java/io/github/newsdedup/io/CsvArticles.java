package io.github.newsdedup.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads CSV (RFC 4180) or TSV with a header row, one article per record, streaming: a record is
 * mapped by {@link RecordMapper} with the header names as keys. Fields may be quoted with {@code
 * "}, a quote inside doubled; quoted fields may span lines. Lines end at {@code \n}, {@code \r\n}
 * or {@code \r}. A record longer than the article size limit is skipped without being kept. The
 * location of a record is the line it starts on.
 */
final class CsvArticles {
  private CsvArticles() {}

  /**
   * Reads all records.
   *
   * @param delimiter {@code ,} or tab
   * @throws IOException if the input cannot be read or has no header; records already passed to the
   *     sink stay valid
   */
  static void read(
      Path file,
      Reader in,
      char delimiter,
      int maxRecordChars,
      RecordMapper mapper,
      JsonlArticles.Sink sink)
      throws IOException {
    Parser parser = new Parser(in, delimiter, maxRecordChars);
    List<String> header = parser.next();
    if (header == null) {
      throw new ArticleParseException(file, "empty file: expected a header row");
    }
    if (!header.isEmpty()) {
      header.set(0, Utf8.stripBom(header.get(0)));
    }
    Set<String> seen = new HashSet<>();
    for (String name : header) {
      if (!seen.add(name)) {
        throw new ArticleParseException(file, 1, "header names \"" + name + "\" twice");
      }
    }
    List<String> record;
    while (true) {
      long line = parser.nextLine;
      record = parser.next();
      if (record == null) {
        return;
      }
      if (parser.tooLong) {
        sink.skipped(
            new ArticleParseException(
                file,
                line,
                String.format(
                    Locale.ROOT,
                    "record is longer than the limit of %,d characters for one article; not read",
                    maxRecordChars)));
        continue;
      }
      if (record.size() == 1 && record.get(0).isBlank()) {
        continue; // blank line
      }
      if (record.size() != header.size()) {
        sink.skipped(
            new ArticleParseException(
                file,
                line,
                "record has " + record.size() + " fields, the header " + header.size()));
        continue;
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String value = record.get(i);
        fields.put(header.get(i), value.isEmpty() ? JsonParser.NULL : value);
      }
      try {
        sink.article(mapper.toArticle(file, line, fields, file + ":" + line), line);
      } catch (ArticleParseException e) {
        sink.skipped(e);
      }
    }
  }

  /** A streaming RFC 4180 record parser. */
  private static final class Parser {
    private final Reader in;
    private final char delimiter;
    private final int maxChars;
    private final char[] buf = new char[16 * 1024];
    private int pos;
    private int len;
    private int pushback = -2; // -2: none
    long nextLine = 1; // the line the next record starts on
    boolean tooLong;
    private long recordChars;

    Parser(Reader in, char delimiter, int maxChars) {
      this.in = in;
      this.delimiter = delimiter;
      this.maxChars = maxChars;
    }

    private int read() throws IOException {
      if (pushback != -2) {
        int c = pushback;
        pushback = -2;
        return c;
      }
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return -1;
        }
      }
      return buf[pos++];
    }

    /** Returns the next record's fields, or null at the end of input. */
    List<String> next() throws IOException {
      tooLong = false;
      recordChars = 0;
      int c = read();
      if (c == -1) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean fieldStart = true;
      while (true) {
        if (c == -1) {
          fields.add(field.toString());
          return fields;
        }
        char ch = (char) c;
        if (quoted) {
          if (ch == '"') {
            int d = read();
            if (d == '"') {
              append(field, '"');
            } else {
              quoted = false;
              c = d;
              continue;
            }
          } else {
            if (ch == '\n' || (ch == '\r' && peekNotLf())) {
              nextLine++;
            }
            append(field, ch);
          }
        } else if (ch == '"' && fieldStart) {
          quoted = true;
          fieldStart = false;
        } else if (ch == delimiter) {
          fields.add(field.toString());
          field.setLength(0);
          fieldStart = true;
        } else if (ch == '\n' || ch == '\r') {
          if (ch == '\r') {
            int d = read();
            if (d != '\n') {
              pushback = d;
            }
          }
          nextLine++;
          fields.add(field.toString());
          return fields;
        } else {
          append(field, ch);
          fieldStart = false;
        }
        c = read();
      }
    }

    /** For a {@code \r} inside quotes: true when it is not the first half of {@code \r\n}. */
    private boolean peekNotLf() throws IOException {
      int d = read();
      pushback = d;
      return d != '\n';
    }

    private void append(StringBuilder field, char ch) {
      if (recordChars++ >= maxChars) {
        tooLong = true;
      } else {
        field.append(ch);
      }
    }
  }
}
