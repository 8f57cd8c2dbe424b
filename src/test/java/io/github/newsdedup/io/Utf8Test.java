package io.github.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8Test {
  private static final Path FILE = Path.of("f.txt");

  private static byte[] hex(String s) {
    String[] parts = s.split(" ");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }

  @ParameterizedTest
  @CsvSource({
    "63 61 66 C3, 3, 0xC3", // truncated at the end
    "61 C3 28 62, 1, 0xC3", // bad continuation byte
    "61 C0 80, 1, 0xC0", // overlong NUL
    "ED A0 80 61, 0, 0xED 0xA0 0x80", // UTF-16 surrogate encoded in UTF-8 (CESU-8)
    "F4 90 80 80, 0, 0xF4", // above U+10FFFF
    "61 62 FF, 2, 0xFF", // never valid
    "80, 0, 0x80", // lone continuation byte
  })
  void decode_malformed_namesFileOffset(String bytes, long offset, String first) {
    ArticleParseException e =
        assertThrows(
            ArticleParseException.class,
            () -> Utf8.decode(FILE, 0, hex(bytes), 0, hex(bytes).length, 1000));
    assertEquals(
        "invalid UTF-8 at byte offset "
            + (1000 + offset)
            + " ("
            + first
            + "); only UTF-8 input is supported",
        e.reason());
  }

  @ParameterizedTest
  @CsvSource({"plain", "café", "日本語", "emoji \uD83D\uDE00", "''"})
  void decode_valid_roundTrips(String text) throws Exception {
    byte[] b = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
    assertEquals(text, Utf8.decode(FILE, 3, b, 2, b.length - 4, 0));
  }
}
