package io.github.newsdedup.internal.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Known answers for the NEWSDEDUP_V1 hashes. The expected values were computed with an independent
 * Python implementation of FNV-1a 64 over UTF-16LE bytes and Murmur3's fmix64 (see the class
 * Javadoc of {@link ShingleHashing} for the definition); they must never change for V1.
 */
class ShingleHashingTest {
  private static final long SEED = 20240607L;

  @Test
  void tokenHash_knownAnswers() {
    assertEquals(4300174185756253660L, TestTokenizing.tokenHash("news", SEED));
    assertEquals(3336013665502454531L, TestTokenizing.tokenHash("дума", SEED));
    assertEquals(-7941502209421657696L, TestTokenizing.tokenHash("新闻", SEED));
    assertEquals(8069025963924945818L, TestTokenizing.tokenHash("", SEED));
    assertEquals(-8978327993614934933L, TestTokenizing.tokenHash("naïve", SEED));
    assertEquals(675641707693095072L, TestTokenizing.tokenHash("news", 0));
  }

  @Test
  void tokenHash_atOffset_sameAsAtStart() {
    char[] buf = "xxnewsyy".toCharArray();
    assertEquals(TestTokenizing.tokenHash("news", SEED), ShingleHashing.tokenHash(buf, 2, 4, SEED));
  }

  @Test
  void shingleHash_knownAnswer() {
    String[] words = "the talks ended without agreement".split(" ");
    long[] tokens = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      tokens[i] = TestTokenizing.tokenHash(words[i], SEED);
    }
    assertEquals(-2599013704098550019L, ShingleHashing.shingleHash(tokens, 0, 5, SEED));
  }

  @Test
  void shingleHash_orderMatters() {
    long[] ab = {1, 2};
    long[] ba = {2, 1};
    assertNotEquals(
        ShingleHashing.shingleHash(ab, 0, 2, SEED), ShingleHashing.shingleHash(ba, 0, 2, SEED));
  }

  @Test
  void shingles_sortedDistinctAndShortText() {
    long[] tokens = {5, 6, 5, 6, 5, 6, 5};
    long[] shingles = ShingleHashing.shingles(tokens, tokens.length, 2, SEED);
    assertEquals(2, shingles.length, "only 'a b' and 'b a' are distinct");
    assertEquals(true, shingles[0] < shingles[1]);
    assertEquals(1, ShingleHashing.shingles(tokens, 3, 5, SEED).length);
    assertArrayEquals(new long[0], ShingleHashing.shingles(tokens, 0, 5, SEED));
  }

  @Test
  void shingleHashes_sameAsShingleHashAtEachStart() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(5);
    for (int round = 0; round < 500; round++) {
      int count = r.nextInt(40);
      int k = 1 + r.nextInt(8);
      long[] tokens = new long[count + r.nextInt(3)];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = r.nextLong();
      }
      int width = Math.min(k, count);
      long[] expected = new long[count == 0 ? 0 : count - width + 1];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = ShingleHashing.shingleHash(tokens, i, width, SEED);
      }
      assertArrayEquals(expected, ShingleHashing.shingleHashes(tokens, count, k, SEED));
    }
  }

  @Test
  void shinglesAndAlignment_sameAsShinglesAndShingleHashesHigh() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(6);
    for (int round = 0; round < 500; round++) {
      int count = r.nextInt(60);
      int k = 1 + r.nextInt(8);
      long[] tokens = new long[count + r.nextInt(3)];
      long[] alignment = new long[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = r.nextInt(6); // small values: repeated shingles, so duplicates are dropped
        alignment[i] = r.nextBoolean() ? tokens[i] : r.nextLong();
      }
      int[] high = new int[ShingleHashing.shingleStarts(count, k)];
      long[] shingles =
          ShingleHashing.shinglesAndAlignment(tokens, alignment, count, k, SEED, high);
      assertArrayEquals(ShingleHashing.shingles(tokens, count, k, SEED), shingles);
      long[] alignmentShingles = ShingleHashing.shingleHashes(alignment, count, k, SEED);
      int[] expectedHigh = new int[alignmentShingles.length];
      for (int i = 0; i < expectedHigh.length; i++) {
        expectedHigh[i] = (int) (alignmentShingles[i] >>> 32);
      }
      assertArrayEquals(expectedHigh, high);
    }
  }

  @Test
  void alignmentTokenHash_keepsInnerCharChangesTogether() {
    char[] a = "minister".toCharArray();
    char[] b = "minlster".toCharArray();
    char[] c = "ministers".toCharArray();
    long ca =
        TestTokenizing.alignmentTokenHash(
            a, a.length, ShingleHashing.tokenHash(a, 0, 8, SEED), SEED);
    long cb =
        TestTokenizing.alignmentTokenHash(
            b, b.length, ShingleHashing.tokenHash(b, 0, 8, SEED), SEED);
    long cc =
        TestTokenizing.alignmentTokenHash(
            c, c.length, ShingleHashing.tokenHash(c, 0, 9, SEED), SEED);
    assertEquals(ca, cb);
    assertNotEquals(ca, cc);
    char[] shortWord = "the".toCharArray();
    long exact = ShingleHashing.tokenHash(shortWord, 0, 3, SEED);
    assertEquals(exact, TestTokenizing.alignmentTokenHash(shortWord, 3, exact, SEED));
  }
}
