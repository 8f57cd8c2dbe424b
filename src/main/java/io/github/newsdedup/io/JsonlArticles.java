package io.github.newsdedup.io;

import io.github.newsdedup.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JSONL line by line without holding more than one line (capped) in memory: each non-blank
 * line is one JSON object, turned into an article by {@link RecordMapper}. Lines end at {@code \n},
 * {@code \r\n} or a lone {@code \r}.
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
   * Reads all lines of {@code in}.
   *
   * @param file names the input in messages and default sources
   * @param maxLineBytes longer lines are skipped without being kept in memory
   * @throws IOException if the input cannot be read, or is binary; lines already passed to the sink
   *     stay valid
   */
  static void read(Path file, InputStream in, int maxLineBytes, RecordMapper mapper, Sink sink)
      throws IOException {
    Lines lines = new Lines(file, maxLineBytes, mapper, sink);
    byte[] chunk = new byte[CHUNK];
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
      lines.feed(chunk, n);
    }
    lines.finish();
  }

  /** Splits a byte stream into lines and hands each to the mapper. */
  private static final class Lines {
    private final Path file;
    private final int maxLineBytes;
    private final RecordMapper mapper;
    private final Sink sink;
    private byte[] line = new byte[256];
    private int lineLen;
    private boolean tooLong;
    private boolean afterCr; // the previous byte was a line-ending \r: a following \n is skipped
    private long lineNo = 1;
    private long lineStart; // stream offset of the line's first byte
    private long offset; // stream offset of chunk[0]

    Lines(Path file, int maxLineBytes, RecordMapper mapper, Sink sink) {
      this.file = file;
      this.maxLineBytes = maxLineBytes;
      this.mapper = mapper;
      this.sink = sink;
    }

    void feed(byte[] chunk, int n) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        byte b = chunk[i];
        if (b == '\n' && afterCr) {
          afterCr = false;
          from = i + 1;
          lineStart = offset + i + 1;
          continue;
        }
        afterCr = false;
        if (b != '\n' && b != '\r') {
          continue;
        }
        add(chunk, from, i - from);
        line(file, lineNo, line, lineLen, tooLong, lineStart, maxLineBytes, mapper, sink);
        lineNo++;
        lineLen = 0;
        tooLong = false;
        lineStart = offset + i + 1;
        from = i + 1;
        afterCr = b == '\r';
      }
      add(chunk, from, n - from);
      offset += n;
    }

    void finish() {
      if (lineLen > 0 || tooLong) {
        line(file, lineNo, line, lineLen, tooLong, lineStart, maxLineBytes, mapper, sink);
      }
    }

    private void add(byte[] chunk, int from, int part) {
      if (!tooLong && lineLen + (long) part <= maxLineBytes) {
        line = append(line, lineLen, chunk, from, part, maxLineBytes);
        lineLen += part;
      } else {
        tooLong = true;
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
      RecordMapper mapper,
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
      String text = Utf8.decode(file, lineNo, bytes, 0, len, lineStart);
      if (lineNo == 1) {
        text = Utf8.stripBom(text);
      }
      if (text.isBlank()) {
        return; // blank lines (a trailing newline, spacing) are not records
      }
      sink.article(parseLine(file, lineNo, text, mapper), lineNo);
    } catch (ArticleParseException e) {
      sink.skipped(e);
    }
  }

  /** Converts one JSONL line to an article. */
  static Article parseLine(Path file, long lineNo, String text, RecordMapper mapper)
      throws ArticleParseException {
    Object value;
    try {
      value = JsonParser.parse(text);
    } catch (JsonParser.JsonException e) {
      throw new ArticleParseException(file, lineNo, "malformed JSON: " + e.getMessage());
    }
    if (!(value instanceof Map<?, ?> object)) {
      throw new ArticleParseException(
          file, lineNo, "expected a JSON object, got " + RecordMapper.typeName(value));
    }
    return mapper.toArticle(file, lineNo, object, file + ":" + lineNo);
  }
}
