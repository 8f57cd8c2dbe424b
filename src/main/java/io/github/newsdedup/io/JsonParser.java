package io.github.newsdedup.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small, strict JSON parser (RFC 8259) for one value in a string, for example one JSONL line.
 *
 * <p>Values map to {@link Map} ({@link LinkedHashMap}, keys in input order), {@link List}, {@link
 * String}, {@link BigDecimal}, {@link Boolean} and {@link #NULL}. Strict means: no comments, no
 * trailing commas, no single quotes, no leading zeros or {@code +}, no raw control characters in
 * strings, no unpaired surrogates in {@code \\u} escapes, no duplicate keys, nothing after the
 * value, nesting at most {@value #MAX_DEPTH} deep (so hostile input cannot overflow the stack).
 */
final class JsonParser {
  /** The JSON {@code null} value (maps cannot hold Java nulls safely everywhere). */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  /** Maximum nesting of arrays and objects. */
  static final int MAX_DEPTH = 256;

  private final String text;
  private int pos;

  private JsonParser(String text) {
    this.text = text;
  }

  /**
   * Parses one JSON value that must fill {@code text} (surrounding whitespace allowed).
   *
   * @param text the JSON text
   * @return the value
   * @throws JsonException naming the column (1-based, in chars) and what was wrong
   */
  static Object parse(String text) throws JsonException {
    JsonParser p = new JsonParser(text);
    p.skipWhitespace();
    Object value = p.value(0);
    p.skipWhitespace();
    if (p.pos < text.length()) {
      throw p.error("unexpected " + p.describe(p.pos) + " after the value");
    }
    return value;
  }

  private Object value(int depth) throws JsonException {
    if (pos >= text.length()) {
      throw error("unexpected end of input, expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return string();
      case 't':
        literal("true");
        return Boolean.TRUE;
      case 'f':
        literal("false");
        return Boolean.FALSE;
      case 'n':
        literal("null");
        return NULL;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected " + describe(pos) + ", expected a value");
    }
  }

  private Map<String, Object> object(int depth) throws JsonException {
    checkDepth(depth);
    pos++; // '{'
    Map<String, Object> map = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return map;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("unexpected " + describe(pos) + ", expected a string key");
      }
      int keyStart = pos;
      String key = string();
      skipWhitespace();
      expect(':', "after an object key");
      skipWhitespace();
      Object value = value(depth);
      if (map.containsKey(key)) {
        pos = keyStart;
        throw error("duplicate key \"" + key + "\"");
      }
      map.put(key, value);
      skipWhitespace();
      char c = peek();
      if (c == ',') {
        pos++;
      } else if (c == '}') {
        pos++;
        return map;
      } else {
        throw error("unexpected " + describe(pos) + ", expected ',' or '}' in an object");
      }
    }
  }

  private List<Object> array(int depth) throws JsonException {
    checkDepth(depth);
    pos++; // '['
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return list;
    }
    while (true) {
      skipWhitespace();
      list.add(value(depth));
      skipWhitespace();
      char c = peek();
      if (c == ',') {
        pos++;
      } else if (c == ']') {
        pos++;
        return list;
      } else {
        throw error("unexpected " + describe(pos) + ", expected ',' or ']' in an array");
      }
    }
  }

  private String string() throws JsonException {
    int start = pos;
    pos++; // opening quote
    StringBuilder sb = null;
    int runStart = pos;
    while (true) {
      if (pos >= text.length()) {
        pos = start;
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String s =
            sb == null ? text.substring(runStart, pos) : sb.append(text, runStart, pos).toString();
        pos++;
        return s;
      }
      if (c < 0x20) {
        throw error(
            String.format(Locale.ROOT, "raw control character U+%04X in a string", (int) c));
      }
      if (c != '\\') {
        pos++;
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder();
      }
      sb.append(text, runStart, pos);
      int escapeStart = pos;
      pos++;
      if (pos >= text.length()) {
        pos = start;
        throw error("unterminated string");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"':
          sb.append('"');
          break;
        case '\\':
          sb.append('\\');
          break;
        case '/':
          sb.append('/');
          break;
        case 'b':
          sb.append('\b');
          break;
        case 'f':
          sb.append('\f');
          break;
        case 'n':
          sb.append('\n');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'u':
          sb.append(unicodeEscape(escapeStart));
          break;
        default:
          pos = escapeStart;
          throw error("invalid escape \\" + printable(e) + " in a string");
      }
      runStart = pos;
    }
  }

  /** Reads the 4 hex digits after {@code \\u} (and a low surrogate's escape after a high one). */
  private String unicodeEscape(int escapeStart) throws JsonException {
    char c = hex4(escapeStart);
    if (Character.isLowSurrogate(c)) {
      pos = escapeStart;
      throw error(String.format(Locale.ROOT, "unpaired low surrogate \\u%04X", (int) c));
    }
    if (!Character.isHighSurrogate(c)) {
      return String.valueOf(c);
    }
    int lowStart = pos;
    if (pos + 1 < text.length() && text.charAt(pos) == '\\' && text.charAt(pos + 1) == 'u') {
      pos += 2;
      char low = hex4(lowStart);
      if (Character.isLowSurrogate(low)) {
        return new String(new char[] {c, low});
      }
    }
    pos = escapeStart;
    throw error(
        String.format(
            Locale.ROOT, "high surrogate \\u%04X not followed by a \\u low surrogate", (int) c));
  }

  private char hex4(int escapeStart) throws JsonException {
    if (pos + 4 > text.length()) {
      pos = escapeStart;
      throw error("\\u escape needs 4 hex digits");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(text.charAt(pos + i), 16);
      if (d < 0 || text.charAt(pos + i) > 'f') { // Character.digit accepts fullwidth digits
        pos = escapeStart;
        throw error("\\u escape needs 4 hex digits");
      }
      v = v * 16 + d;
    }
    pos += 4;
    return (char) v;
  }

  private BigDecimal number() throws JsonException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error("leading zero in a number");
      }
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("expected a digit in a number");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("expected a digit after the decimal point");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("expected a digit in the exponent");
      }
      digits();
    }
    try {
      return new BigDecimal(text.substring(start, pos));
    } catch (NumberFormatException e) {
      pos = start;
      throw error("number out of range");
    }
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void literal(String word) throws JsonException {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected " + describe(pos) + ", expected a value");
    }
    pos += word.length();
  }

  private void expect(char c, String where) throws JsonException {
    if (peek() != c) {
      throw error("unexpected " + describe(pos) + ", expected '" + c + "' " + where);
    }
    pos++;
  }

  private void checkDepth(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
  }

  /** {@return the current char, or U+0000 at the end (never valid where a char is expected)} */
  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private String describe(int at) {
    if (at >= text.length()) {
      return "end of input";
    }
    return "character '" + printable(text.charAt(at)) + "'";
  }

  private static String printable(char c) {
    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
      return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
    return String.valueOf(c);
  }

  private JsonException error(String message) {
    return new JsonException(pos + 1, message);
  }

  /** A JSON syntax error at a 1-based column (counted in UTF-16 chars). */
  static final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;

    JsonException(int column, String message) {
      super("column " + column + ": " + message);
      this.column = column;
    }

    int column() {
      return column;
    }
  }
}
