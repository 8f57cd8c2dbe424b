package io.github.newsdedup.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
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
}
