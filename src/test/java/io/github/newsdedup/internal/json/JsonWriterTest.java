package io.github.newsdedup.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsdedup.io.TestJson;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void compact_nestedValues_noWhitespace() {
    StringBuilder sb = new StringBuilder();
    new JsonWriter(sb, JsonWriter.COMPACT)
        .beginObject()
        .name("a")
        .value(1)
        .name("b")
        .beginArray()
        .value("x")
        .value(true)
        .nullValue()
        .endArray()
        .name("c")
        .beginObject()
        .endObject()
        .name("d")
        .value(0.25)
        .endObject();
    assertEquals("{\"a\":1,\"b\":[\"x\",true,null],\"c\":{},\"d\":0.25}", sb.toString());
  }

  @Test
  void spaced_withLineBreaks_commaStaysOnLine() {
    StringBuilder sb = new StringBuilder();
    JsonWriter w = new JsonWriter(sb, JsonWriter.SPACED);
    w.beginObject().lineBreak(2).name("n").value(2).lineBreak(2).name("list").beginArray();
    w.lineBreak(4).beginObject().name("k").value("v").name("m").value(1).endObject();
    w.lineBreak(4).beginArray().value(1).value(2).endArray();
    w.lineBreak(2).endArray().lineBreak(0).endObject();
    assertEquals(
        "{\n  \"n\": 2,\n  \"list\": [\n    {\"k\": \"v\", \"m\": 1},\n    [1, 2]\n  ]\n}",
        sb.toString());
  }

  @Test
  void value_bigDecimal_plainNotation() {
    StringBuilder sb = new StringBuilder();
    new JsonWriter(sb, JsonWriter.COMPACT).value(new BigDecimal("1.2E+3"));
    assertEquals("1200", sb.toString());
  }

  @Test
  void value_nonFiniteDouble_throws() {
    JsonWriter w = new JsonWriter(new StringBuilder(), JsonWriter.COMPACT);
    assertThrows(IllegalArgumentException.class, () -> w.value(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> w.value(Double.POSITIVE_INFINITY));
  }

  @Test
  void quote_controlCharacters_escaped() {
    assertEquals(
        "\"\\\"\\\\\\n\\r\\t\\b\\f\\u0000\\u001f\"", JsonWriter.quote("\"\\\n\r\t\b\f\0\u001f"));
  }

  @Test
  void quote_separatorsAndLoneSurrogates_escapedPairsKept() {
    assertEquals("\"\\u2028\\u2029\"", JsonWriter.quote("\u2028\u2029"));
    assertEquals("\"\\ud800x\\udc00\"", JsonWriter.quote("\ud800x\udc00"));
    assertEquals("\"\\udc00\\ud800\"", JsonWriter.quote("\udc00\ud800"));
    assertEquals("\"a\ud83d\ude00b\"", JsonWriter.quote("a\ud83d\ude00b"));
    assertEquals("\"é€\"", JsonWriter.quote("é€"));
  }

  @Test
  void quote_escapesWhatJsonRequires() {
    assertEquals("\"plain ü 日本 \uD83D\uDE00\"", JsonWriter.quote("plain ü 日本 \uD83D\uDE00"));
    assertEquals(
        "\"\\\" \\\\ / \\n \\r \\t \\b \\f \\u0000 \\u001f \\u2028 \\u2029\"",
        JsonWriter.quote("\" \\ / \n \r \t \b \f \u0000 \u001f \u2028 \u2029"));
    assertEquals("\"\\ud800 x \\udc00\"", JsonWriter.quote("\uD800 x \uDC00")); // unpaired
  }

  @Test
  void quote_randomStrings_roundTripThroughTheParser() {
    SplittableRandom random = new SplittableRandom(20240607L);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(20);
      for (int j = 0; j < n; j++) {
        int kind = random.nextInt(4);
        if (kind == 0) {
          sb.append((char) random.nextInt(0x80));
        } else if (kind == 1) {
          sb.append((char) (0x80 + random.nextInt(0xD800 - 0x80)));
        } else if (kind == 2) {
          sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
        } else {
          sb.append("\"\\\u2028");
        }
      }
      String s = sb.toString();
      assertEquals(s, TestJson.parse(JsonWriter.quote(s)), "seed 20240607, iteration " + i);
    }
  }
}
