package io.github.newsdedup.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Strict byte checks and UTF-8 decoding whose errors name the byte offset. */
final class Utf8 {
  private Utf8() {}

  /**
   * Decodes {@code len} bytes at {@code off} as UTF-8, refusing malformed input.
   *
   * @param file the file, for the message
   * @param line the line, or 0, for the message
   * @param fileOffset the offset of {@code bytes[off]} in the file, for the message
   * @return the text
   * @throws ArticleParseException naming the byte offset of the first malformed sequence
   */
  static String decode(Path file, long line, byte[] bytes, int off, int len, long fileOffset)
      throws ArticleParseException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate(len); // UTF-8 never yields more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < result.length() && at + i < off + len; i++) {
        hex.append(i == 0 ? "" : " ")
            .append(String.format(Locale.ROOT, "0x%02X", bytes[at + i] & 0xff));
      }
      throw new ArticleParseException(
          file,
          line,
          String.format(
              Locale.ROOT,
              "invalid UTF-8 at byte offset %d (%s); only UTF-8 input is supported",
              fileOffset + (at - off),
              hex));
    }
    out.flip();
    return out.toString();
  }

  /** {@return the offset of the first NUL byte in the range, or -1} */
  static int indexOfNul(byte[] bytes, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** {@return the reason a buffer that contains a NUL byte at {@code nul} is not text} */
  static String binaryReason(byte[] bytes, int len, long nul) {
    if (len >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return "looks like UTF-16 text (byte order mark); convert it to UTF-8";
    }
    return "binary data, not text (NUL byte at byte offset " + nul + ")";
  }

  /** Removes a leading byte order mark. */
  static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
