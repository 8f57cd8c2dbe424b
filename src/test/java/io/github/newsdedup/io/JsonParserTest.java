package io.github.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonParserTest {

  private static Object parse(String s) throws JsonParser.JsonException {
    return JsonParser.parse(s);
  }

  private static String error(String s) {
    return assertThrows(JsonParser.JsonException.class, () -> JsonParser.parse(s), s).getMessage();
  }

  @Test
  void parse_object_keepsKeyOrderAndTypes() throws Exception {
    Object v =
        parse(
            " {\"s\": \"x\", \"n\": -12.5e2, \"t\": true, \"f\": false, \"z\": null,"
                + " \"a\": [1, [], {}], \"o\": {\"k\": \"v\"}} ");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("s", "x");
    expected.put("n", new BigDecimal("-12.5e2"));
    expected.put("t", true);
    expected.put("f", false);
    expected.put("z", JsonParser.NULL);
    expected.put("a", List.of(new BigDecimal("1"), List.of(), Map.of()));
    expected.put("o", Map.of("k", "v"));
    assertEquals(expected, v);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(((Map<?, ?>) v).keySet()));
  }

  @Test
  void parse_scalarsAtTopLevel() throws Exception {
    assertEquals("a", parse("\"a\""));
    assertEquals(new BigDecimal("0"), parse("0"));
    assertEquals(new BigDecimal("-0.0"), parse("-0.0"));
    assertEquals(new BigDecimal("1E+400"), parse("1e400"));
    assertEquals(true, parse("true"));
    assertSame(JsonParser.NULL, parse("null"));
    assertEquals(List.of(), parse("[ ]"));
    assertEquals(Map.of(), parse("{ }"));
  }

  @Test
  void parse_allEscapes() throws Exception {
    assertEquals(
        "\" \\ / \b \f \n \r \t A é €",
        parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0041 \\u00e9 \\u20AC\""));
  }

  @Test
  void parse_surrogatePairEscape_givesOneCodePoint() throws Exception {
    String s = (String) parse("\"\\ud83d\\ude00 ok\"");
    assertEquals("\uD83D\uDE00 ok", s);
    assertEquals(0x1F600, s.codePointAt(0));
  }

  @Test
  void parse_rawNonAsciiAndEscapedNul_kept() throws Exception {
    assertEquals("Ünïcödé 日本 \uD83D\uDE00 \u0000", parse("\"Ünïcödé 日本 \uD83D\uDE00 \\u0000\""));
  }

  @Test
  void parse_nestingAtLimit_accepted() throws Exception {
    String deep = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
    Object v = parse(deep);
    for (int i = 1; i < JsonParser.MAX_DEPTH; i++) {
      v = ((List<?>) v).get(0);
    }
    assertEquals(List.of(), v);
  }

  @Test
  void parse_nestingOverLimit_throwsWithoutStackOverflow() {
    assertEquals(
        "column 257: nesting deeper than 256", error("[".repeat(100_000) + "]".repeat(100_000)));
    assertEquals(
        "column 1281: nesting deeper than 256",
        error("{\"a\":".repeat(300) + "1" + "}".repeat(300)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "``|column 1: unexpected end of input, expected a value",
        "`   `|column 4: unexpected end of input, expected a value",
        "{|column 2: unexpected end of input, expected a string key",
        "{\"a\" 1}|column 6: unexpected character '1', expected ':' after an object key",
        "{\"a\":1,}|column 8: unexpected character '}', expected a string key",
        "{\"a\":1 \"b\":2}|column 8: unexpected character '\"', expected ',' or '}' in an object",
        "{'a':1}|column 2: unexpected character ''', expected a string key",
        "{a:1}|column 2: unexpected character 'a', expected a string key",
        "{\"a\":1,\"a\":2}|column 8: duplicate key \"a\"",
        "[1,]|column 4: unexpected character ']', expected a value",
        "[1 2]|column 4: unexpected character '2', expected ',' or ']' in an array",
        "[1|column 3: unexpected end of input, expected ',' or ']' in an array",
        "{}x|column 3: unexpected character 'x' after the value",
        "{} {}|column 4: unexpected character '{' after the value",
        "// c|column 1: unexpected character '/', expected a value",
        "\"abc|column 1: unterminated string",
        "\"ab\\|column 1: unterminated string",
        "\"\\x\"|column 2: invalid escape \\x in a string",
        "\"\\u12\"|column 2: \\u escape needs 4 hex digits",
        "\"\\u12g4\"|column 2: \\u escape needs 4 hex digits",
        "\"\\ude00\"|column 2: unpaired low surrogate \\uDE00",
        "\"\\ud83d\"|column 2: high surrogate \\uD83D not followed by a \\u low surrogate",
        "\"\\ud83dx\"|column 2: high surrogate \\uD83D not followed by a \\u low surrogate",
        "\"\\ud83d\\u0041\"|column 2: high surrogate \\uD83D not followed by a \\u low surrogate",
        "01|column 2: leading zero in a number",
        "-|column 2: expected a digit in a number",
        "+1|column 1: unexpected character '+', expected a value",
        "1.|column 3: expected a digit after the decimal point",
        ".5|column 1: unexpected character '.', expected a value",
        "1e|column 3: expected a digit in the exponent",
        "1e+|column 4: expected a digit in the exponent",
        "NaN|column 1: unexpected character 'N', expected a value",
        "tru|column 1: unexpected character 't', expected a value",
        "nul|column 1: unexpected character 'n', expected a value",
        "True|column 1: unexpected character 'T', expected a value",
      })
  void parse_invalid_throwsWithColumn(String json, String message) {
    assertEquals(message, error(json));
  }

  @Test
  void parse_rawControlCharacterInString_throws() {
    assertEquals("column 3: raw control character U+000A in a string", error("\"a\nb\""));
    assertEquals("column 2: raw control character U+0000 in a string", error("\"\u0000\""));
  }

  @Test
  void parse_hugeExponent_throwsOutOfRange() {
    assertEquals("column 1: number out of range", error("1e99999999999"));
  }

  @Test
  void parse_fullwidthDigitsInUnicodeEscape_rejected() {
    assertEquals("column 2: \\u escape needs 4 hex digits", error("\"\\u００４１\""));
  }

  @Test
  void parse_escapedStringsMatchTheirLiteral() throws Exception {
    // every char below U+0080 written as a \\u escape parses to itself
    char[] all = new char[0x80];
    StringBuilder json = new StringBuilder("\"");
    for (char c = 0; c < 0x80; c++) {
      all[c] = c;
      json.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
    }
    assertEquals(new String(all), parse(json.append('"').toString()));
    assertEquals(Arrays.asList("a", "b"), parse("[\"a\",\"b\"]"));
  }
}
