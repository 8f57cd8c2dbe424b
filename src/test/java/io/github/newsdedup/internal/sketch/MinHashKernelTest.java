package io.github.newsdedup.internal.sketch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHashKernelTest {

  /** Two random sets with exactly {@code shared} common elements out of {@code size} each. */
  private static long[][] sets(SplittableRandom random, int size, int shared) {
    long[] a = new long[size];
    long[] b = new long[size];
    for (int i = 0; i < size; i++) {
      a[i] = random.nextLong();
      b[i] = i < shared ? a[i] : random.nextLong();
    }
    return new long[][] {a, b};
  }

  private static double agreement(int[] x, int[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return same / (double) x.length;
  }

  @Test
  void signature_estimatorError_withinBoundForLength() {
    MinHashKernel hasher = new MinHashKernel(128, 42);
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int size = 100 + random.nextInt(2000);
      int shared = random.nextInt(size + 1);
      long[][] s = sets(random, size, shared);
      double jaccard = shared / (double) (2 * size - shared);
      double estimate = agreement(hasher.signature(s[0], size), hasher.signature(s[1], size));
      // 4.5 standard errors of a 128-value MinHash: sqrt(J(1-J)/128) <= 0.0442.
      double bound = 4.5 * Math.sqrt(Math.max(jaccard * (1 - jaccard), 0.01) / 128);
      assertTrue(
          Math.abs(estimate - jaccard) <= bound,
          "seed " + seed + ": J=" + jaccard + " estimate=" + estimate + " bound=" + bound);
    }
  }

  @Test
  void signature_meanError_isUnbiased() {
    MinHashKernel hasher = new MinHashKernel(128, 3);
    SplittableRandom random = new SplittableRandom(99);
    double sumError = 0;
    int trials = 200;
    for (int t = 0; t < trials; t++) {
      long[][] s = sets(random, 300, 150);
      sumError += agreement(hasher.signature(s[0], 300), hasher.signature(s[1], 300)) - 150 / 450.0;
    }
    assertTrue(Math.abs(sumError / trials) < 0.01, "mean error " + sumError / trials);
  }

  @Test
  void signature_smallSets_densifiedAndComparable() {
    MinHashKernel hasher = new MinHashKernel(128, 5);
    long[] a = {11, 22, 33};
    int[] sa = hasher.signature(a, 3);
    assertArrayEquals(sa, hasher.signature(new long[] {33, 11, 22}, 3), "order-independent");
    assertEquals(1.0, agreement(sa, hasher.signature(a, 3)));
  }

  @Test
  void signature_deterministicForSeed_andDiffersAcrossSeeds() {
    long[] set = new SplittableRandom(1).longs(500).toArray();
    assertArrayEquals(
        new MinHashKernel(64, 1).signature(set, 500), new MinHashKernel(64, 1).signature(set, 500));
    assertTrue(
        agreement(
                new MinHashKernel(64, 1).signature(set, 20),
                new MinHashKernel(64, 2).signature(set, 20))
            < 1.0);
  }

  @Test
  void signature_emptySet_allMinusOne() {
    int[] sig = new MinHashKernel(16, 1).signature(new long[0], 0);
    for (int v : sig) {
      assertEquals(-1, v);
    }
  }

  @Test
  void constructor_nonPositiveLength_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MinHashKernel(0, 1));
    assertEquals("length must be positive, got 0", e.getMessage());
  }
}
