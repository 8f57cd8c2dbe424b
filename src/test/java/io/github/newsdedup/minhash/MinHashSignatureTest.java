package io.github.newsdedup.minhash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MinHashSignatureTest {

  @Test
  void of_copiesValues() {
    int[] values = {1, 2, 3};
    MinHashSignature s = MinHashSignature.of(HashScheme.NEWSDEDUP_V1, values);
    values[0] = 99;
    assertEquals(1, s.value(0));
    int[] copy = s.toIntArray();
    copy[1] = 99;
    assertEquals(2, s.value(1));
    assertArrayEquals(new int[] {1, 2, 3}, s.toIntArray());
  }

  @Test
  void equals_comparesValuesAndScheme() {
    MinHashSignature a = MinHashSignature.of(HashScheme.NEWSDEDUP_V1, new int[] {1, 2, 3});
    MinHashSignature b = MinHashSignature.of(HashScheme.NEWSDEDUP_V1, new int[] {1, 2, 3});
    MinHashSignature c = MinHashSignature.of(HashScheme.NEWSDEDUP_V1, new int[] {1, 2, 4});
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
  }

  @Test
  void estimateJaccard_shareOfEqualPositions() {
    MinHashSignature a = MinHashSignature.of(HashScheme.NEWSDEDUP_V1, new int[] {1, 2, 3, 4});
    MinHashSignature b = MinHashSignature.of(HashScheme.NEWSDEDUP_V1, new int[] {1, 2, 0, 0});
    assertEquals(0.5, a.estimateJaccard(b));
    assertEquals(1.0, a.estimateJaccard(a));
  }

  @Test
  void estimateJaccard_differentLengths_throws() {
    MinHashSignature a = MinHashSignature.of(HashScheme.NEWSDEDUP_V1, new int[] {1, 2});
    MinHashSignature b = MinHashSignature.of(HashScheme.NEWSDEDUP_V1, new int[] {1, 2, 3});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> a.estimateJaccard(b));
    assertEquals("cannot compare signatures of different lengths: 2 vs 3", e.getMessage());
  }

  @Test
  void of_nullOrEmpty_throws() {
    assertEquals(
        "values",
        assertThrows(
                NullPointerException.class, () -> MinHashSignature.of(HashScheme.NEWSDEDUP_V1, null))
            .getMessage());
    assertEquals(
        "scheme",
        assertThrows(NullPointerException.class, () -> MinHashSignature.of(null, new int[] {1}))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> MinHashSignature.of(HashScheme.NEWSDEDUP_V1, new int[0]));
  }

  @Test
  void value_outOfRange_throws() {
    MinHashSignature s = MinHashSignature.of(HashScheme.NEWSDEDUP_V1, new int[] {1});
    assertThrows(IndexOutOfBoundsException.class, () -> s.value(1));
  }

  @Test
  void toString_isShort() {
    assertEquals(
        "MinHashSignature[scheme=NEWSDEDUP_V1, length=3]",
        MinHashSignature.of(HashScheme.NEWSDEDUP_V1, new int[] {1, 2, 3}).toString());
  }
}
