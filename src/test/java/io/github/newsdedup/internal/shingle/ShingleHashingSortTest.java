package io.github.newsdedup.internal.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bucket sorts behind {@link ShingleHashing#shingles} and the alignment sets against {@link
 * Arrays#sort(long[])}.
 */
class ShingleHashingSortTest {
  @Test
  void sortedDistinct_removesDuplicates() {
    assertArrayEquals(
        new long[] {-5, 0, 3}, ShingleHashing.sortedDistinct(new long[] {3, 0, -5, 3, 0}));
  }

  @Test
  void sortedDistinct_uniformWithDuplicatesAndSkewed_sameAsArraysSortAndDedupe() {
    SplittableRandom r = new SplittableRandom(20261123L);
    for (int round = 0; round < 2_000; round++) {
      long[] a = values(r, r.nextInt(3000), round % KINDS);
      long[] expected = Arrays.stream(a).sorted().distinct().toArray();
      assertArrayEquals(expected, ShingleHashing.sortedDistinct(a), "round " + round);
    }
  }

  private static final int KINDS = 5;

  /**
   * Test values of one kind: uniform with some repeated, one bucket with many duplicates, the two
   * extremes, two clusters at the ends of the range, and skewed magnitudes with runs.
   */
  private static long[] values(SplittableRandom r, int n, int kind) {
    long[] a = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] =
          switch (kind) {
            case 0 -> i > 0 && r.nextInt(4) == 0 ? a[r.nextInt(i)] : r.nextLong();
            case 1 -> r.nextLong(16) - 8;
            case 2 -> r.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
            case 3 -> (r.nextLong() & 0x00FF_FFFF_FFFF_FFFFL) | (r.nextBoolean() ? -1L << 56 : 0);
            default -> i > 0 && r.nextBoolean() ? a[i - 1] : r.nextLong() >> r.nextInt(64);
          };
    }
    return a;
  }

  @Test
  void sortedDistinctInts_uniformSkewedAndEdgeValues_sameAsArraysSortAndDedupe() {
    SplittableRandom r = new SplittableRandom(20240608L);
    for (int round = 0; round < 2_000; round++) {
      int n = r.nextInt(3000);
      int[] a = new int[n];
      int kind = round % 3;
      for (int i = 0; i < n; i++) {
        a[i] =
            switch (kind) {
              case 0 -> r.nextInt();
              case 1 -> r.nextInt(16) - 8;
              default -> r.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            };
      }
      int[] copy = a.clone();
      int[] expected = Arrays.stream(a).sorted().distinct().toArray();
      assertArrayEquals(expected, ShingleHashing.sortedDistinct(a), "round " + round);
      assertArrayEquals(copy, a, "input unchanged, round " + round);
    }
  }
}
