package io.github.newsdedup.internal.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A streaming JSON writer: values, names and nesting go straight to an {@link Appendable}, commas
 * are inserted between elements, and strings are escaped in one place ({@link #quote}).
 *
 * <p>Layout is the caller's: {@link #COMPACT} writes {@code {"a":1,"b":[2,3]}}, {@link #SPACED}
 * writes {@code {"a": 1, "b": [2, 3]}}, and {@link #lineBreak(int)} puts the next element on a new
 * line with the given indent, for documents read by people. The writer checks no structure: an
 * unbalanced document is the caller's bug. Not thread-safe.
 */
public final class JsonWriter {
  /** No whitespace between tokens. */
  public static final Layout COMPACT = new Layout(",", ":");

  /** A space after each comma and colon. */
  public static final Layout SPACED = new Layout(", ", ": ");

  /** Separators written between elements and between a name and its value. */
  public record Layout(String comma, String colon) {}

  private final Appendable out;
  private final Layout layout;
  private boolean needComma;
  private String pendingBreak;

  /**
   * Creates a writer appending to {@code out}.
   *
   * @param out receives the JSON text; an {@link IOException} is rethrown unchecked
   * @param layout the separators
   */
  public JsonWriter(Appendable out, Layout layout) {
    this.out = out;
    this.layout = layout;
  }

  /** Starts an object, as a value or array element. */
  public JsonWriter beginObject() {
    beforeValue();
    append("{");
    needComma = false;
    return this;
  }

  /** Ends the current object. */
  public JsonWriter endObject() {
    flushBreak();
    append("}");
    needComma = true;
    return this;
  }

  /** Starts an array, as a value or array element. */
  public JsonWriter beginArray() {
    beforeValue();
    append("[");
    needComma = false;
    return this;
  }

  /** Ends the current array. */
  public JsonWriter endArray() {
    flushBreak();
    append("]");
    needComma = true;
    return this;
  }

  /** Writes a member name; the next call writes its value. */
  public JsonWriter name(String name) {
    beforeValue();
    append(quote(name));
    append(layout.colon());
    needComma = false;
    return this;
  }

  /** Writes a string value. */
  public JsonWriter value(String s) {
    beforeValue();
    append(quote(s));
    needComma = true;
    return this;
  }

  /** Writes an integer value. */
  public JsonWriter value(long v) {
    return literal(Long.toString(v));
  }

  /** Writes a boolean value. */
  public JsonWriter value(boolean v) {
    return literal(Boolean.toString(v));
  }

  /**
   * Writes a finite double in its shortest round-trip form ({@link Double#toString}).
   *
   * @throws IllegalArgumentException if {@code v} is NaN or infinite, which JSON cannot hold
   */
  public JsonWriter value(double v) {
    return literal(number(v));
  }

  /** Writes a decimal in plain notation (no exponent). */
  public JsonWriter value(BigDecimal v) {
    return literal(v.toPlainString());
  }

  /** Writes {@code null}. */
  public JsonWriter nullValue() {
    return literal("null");
  }

  /**
   * Puts the next token (element, name or closing bracket) on a new line indented by {@code indent}
   * spaces; a comma before it stays at the end of the current line.
   */
  public JsonWriter lineBreak(int indent) {
    pendingBreak = "\n" + " ".repeat(indent);
    return this;
  }

  /**
   * Formats a finite double as JSON: the shortest round-trip form ({@link Double#toString}).
   *
   * @throws IllegalArgumentException if {@code v} is NaN or infinite
   */
  public static String number(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("not a finite number: " + v);
    }
    return Double.toString(v);
  }

  /**
   * Returns {@code s} as a JSON string literal: quotes, backslashes and control characters escaped,
   * U+2028/U+2029 and unpaired surrogates written as {@code \\u} escapes (so the output is valid
   * UTF-8 and valid JavaScript); everything else, paired surrogates included, as is.
   */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        default:
          boolean pairedHigh =
              Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1));
          if (pairedHigh) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  private JsonWriter literal(String text) {
    beforeValue();
    append(text);
    needComma = true;
    return this;
  }

  private void beforeValue() {
    if (needComma) {
      append(pendingBreak == null ? layout.comma() : layout.comma().stripTrailing());
      needComma = false;
    }
    flushBreak();
  }

  private void flushBreak() {
    if (pendingBreak != null) {
      append(pendingBreak);
      pendingBreak = null;
    }
  }

  private void append(String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
