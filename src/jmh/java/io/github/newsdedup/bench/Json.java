package io.github.newsdedup.bench;

import io.github.newsdedup.internal.json.JsonWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * Writes the benchmark report, a tree of maps (kept in insertion order), lists, strings and
 * numbers, with {@link JsonWriter}: one map entry a line, lists on one line, doubles to four
 * significant digits (more would be noise).
 */
final class Json {
  private static final MathContext DIGITS = new MathContext(4);

  private Json() {}

  static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(new JsonWriter(sb, JsonWriter.SPACED), value, 0);
    return sb.append('\n').toString();
  }

  private static void write(JsonWriter w, Object v, int indent) {
    if (v == null) {
      w.nullValue();
    } else if (v instanceof String s) {
      w.value(s);
    } else if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        w.nullValue();
      } else {
        w.value(new BigDecimal(d).round(DIGITS).stripTrailingZeros());
      }
    } else if (v instanceof Integer || v instanceof Long) {
      w.value(((Number) v).longValue());
    } else if (v instanceof Boolean b) {
      w.value(b);
    } else if (v instanceof Map<?, ?> m) {
      w.beginObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        w.lineBreak(2 * (indent + 1)).name(String.valueOf(e.getKey()));
        write(w, e.getValue(), indent + 1);
      }
      if (!m.isEmpty()) {
        w.lineBreak(2 * indent);
      }
      w.endObject();
    } else if (v instanceof List<?> l) {
      w.beginArray();
      for (Object o : l) {
        write(w, o, indent + 1);
      }
      w.endArray();
    } else {
      w.value(v.toString());
    }
  }
}
