package io.github.newsdedup.io;

/** Gives tests in other packages the strict JSON parser, to read back the CLI's JSON output. */
public final class TestJson {
  private TestJson() {}

  /**
   * Parses one JSON value strictly.
   *
   * @param text the JSON text
   * @return maps, lists, strings, {@link java.math.BigDecimal}s, booleans and {@link #NULL}
   * @throws IllegalArgumentException with the parser's message if the text is not valid JSON
   */
  public static Object parse(String text) {
    try {
      return JsonParser.parse(text);
    } catch (JsonParser.JsonException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The value JSON {@code null} parses to. */
  public static final Object NULL = JsonParser.NULL;
}
