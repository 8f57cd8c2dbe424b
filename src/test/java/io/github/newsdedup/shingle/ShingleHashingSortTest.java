package io.github.newsdedup.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bucket sort behind {@link ShingleHashing#shingles} against {@link Arrays#sort(long[])}. */
class ShingleHashingSortTest {
  @Test
  void sort_uniformSkewedAndEdgeValues_sameAsArraysSort() {
    SplittableRandom r = new SplittableRandom(20240607L);
    for (int round = 0; round < 2_000; round++) {
      int n = r.nextInt(3000);
      long[] a = new long[n];
      int kind = round % 4;
      for (int i = 0; i < n; i++) {
        a[i] =
            switch (kind) {
              case 0 -> r.nextLong();
              case 1 -> r.nextLong(16) - 8; // one bucket, many duplicates
              case 2 -> r.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
              default -> (r.nextLong() & 0x00FF_FFFF_FFFF_FFFFL) | (r.nextBoolean() ? -1L << 56 : 0);
            };
      }
      long[] expected = a.clone();
      Arrays.sort(expected);
      ShingleHashing.sort(a);
      assertArrayEquals(expected, a, "round " + round + ", kind " + kind + ", n " + n);
    }
  }

  @Test
  void sortedDistinct_removesDuplicates() {
    assertArrayEquals(
        new long[] {-5, 0, 3}, ShingleHashing.sortedDistinct(new long[] {3, 0, -5, 3, 0}));
  }

  @Test
  void sortedDistinct_uniformWithDuplicatesAndSkewed_sameAsArraysSortAndDedupe() {
    SplittableRandom r = new SplittableRandom(20261123L);
    for (int round = 0; round < 2_000; round++) {
      int n = r.nextInt(3000);
      long[] a = new long[n];
      int kind = round % 4;
      for (int i = 0; i < n; i++) {
        a[i] =
            switch (kind) {
              case 0 -> i > 0 && r.nextInt(4) == 0 ? a[r.nextInt(i)] : r.nextLong();
              case 1 -> r.nextLong(16) - 8; // one bucket, many duplicates
              case 2 -> r.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
              default -> i > 0 && r.nextBoolean() ? a[i - 1] : r.nextLong() >> r.nextInt(64);
            };
      }
      long[] expected = Arrays.stream(a).sorted().distinct().toArray();
      assertArrayEquals(
          expected, ShingleHashing.sortedDistinct(a), "round " + round + ", kind " + kind);
    }
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
