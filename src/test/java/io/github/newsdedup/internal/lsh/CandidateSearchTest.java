package io.github.newsdedup.internal.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CandidateSearchTest {

  private static long pair(int i, int j) {
    return ((long) i << 32) | j;
  }

  @Test
  void candidateProbability_isTheSCurve() {
    LshBands bands = new LshBands(64, 2);
    assertEquals(1 - Math.pow(1 - 0.25, 64), bands.candidateProbability(0.5), 1e-12);
    assertEquals(0.0, bands.candidateProbability(0), 1e-12);
    assertEquals(1.0, bands.candidateProbability(1), 1e-12);
  }

  @Test
  void bandCandidates_identicalAndOneBandShared_found() {
    LshBands bands = new LshBands(4, 2);
    int[] a = {1, 2, 3, 4, 5, 6, 7, 8};
    int[] b = {1, 2, 3, 4, 5, 6, 7, 8};
    int[] c = {9, 9, 9, 9, 5, 6, 9, 9};
    int[] d = {10, 11, 12, 13, 14, 15, 16, 17};
    long[] pairs = CandidateSearch.bandCandidates(new int[][] {a, b, c, d, null}, bands);
    assertArrayEquals(new long[] {pair(0, 1), pair(0, 2), pair(1, 2)}, pairs);
  }

  @Test
  void bandKeys_dependOnBandIndex() {
    LshBands bands = new LshBands(2, 2);
    long[] keys = bands.bandKeys(new int[] {1, 2, 1, 2});
    assertTrue(keys[0] != keys[1], "equal values in different bands must not collide");
  }

  @Test
  void containmentCandidates_shortInsideLong_found() {
    SplittableRandom random = new SplittableRandom(1);
    long[] longer = random.longs(400).sorted().toArray();
    long[] shorter = Arrays.copyOfRange(longer, 100, 140); // 40 of 400: Jaccard 0.1
    long[] other = random.longs(60).sorted().toArray();
    long[] pairs =
        CandidateSearch.containmentCandidates(
            new long[][] {longer, shorter, other},
            new int[] {400, 40, 60},
            new ContainmentRule(10, 1.0, 100));
    assertArrayEquals(new long[] {pair(0, 1)}, pairs);
  }

  @Test
  void containmentCandidates_tooSmallOrTooFrequent_ignored() {
    long[] common = {1, 2, 3, 4};
    long[] pairs =
        CandidateSearch.containmentCandidates(
            new long[][] {common, common, common},
            new int[] {4, 4, 4},
            new ContainmentRule(10, 1.0, 100));
    assertEquals(0, pairs.length, "below minContained");
    pairs =
        CandidateSearch.containmentCandidates(
            new long[][] {common, common, common},
            new int[] {50, 50, 50},
            new ContainmentRule(10, 1.0, 2));
    assertEquals(0, pairs.length, "sampled hashes in 3 articles exceed maxFrequency 2");
  }

  @Test
  void union_mergesSortedDistinct() {
    assertArrayEquals(
        new long[] {1, 2, 3, 5}, CandidateSearch.union(new long[] {1, 3, 5}, new long[] {2, 3}));
  }
}
