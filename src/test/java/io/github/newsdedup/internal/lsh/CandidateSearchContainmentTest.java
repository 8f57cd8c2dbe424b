package io.github.newsdedup.internal.lsh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.newsdedup.internal.Hashes;
import io.github.newsdedup.internal.LongList;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link CandidateSearch#containmentCandidates} against the first implementation (a binary search
 * per sampled hash, with the same key derivation), kept here as the reference: the same pairs on
 * seeded random inputs with shared hashes, frequent hashes and missing samples.
 */
class CandidateSearchContainmentTest {

  private static long[] reference(
      long[][] samples, int[] shingleCounts, int minContained, double minShare, int maxFrequency) {
    int n = samples.length;
    int total = 0;
    for (long[] s : samples) {
      if (s != null) {
        total += s.length;
      }
    }
    int idBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    long idMask = (1L << idBits) - 1;
    long[] packed = new long[total];
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (samples[i] != null) {
        for (long h : samples[i]) {
          packed[w++] = (Hashes.fmix64(h) & ~idMask) | i;
        }
      }
    }
    Arrays.sort(packed);
    long[] keys = new long[total];
    int[] docs = new int[total];
    for (int x = 0; x < total; x++) {
      keys[x] = packed[x] & ~idMask;
      docs[x] = (int) (packed[x] & idMask);
    }
    int[] counts = new int[n];
    int[] touched = new int[n];
    LongList pairs = new LongList();
    for (int s = 0; s < n; s++) {
      long[] sample = samples[s];
      if (sample == null || sample.length == 0 || shingleCounts[s] < minContained) {
        continue;
      }
      int need = Math.max(1, (int) Math.ceil(minShare * sample.length));
      int touchedCount = 0;
      for (long h : sample) {
        long key = Hashes.fmix64(h) & ~idMask;
        int from = lowerBound(keys, key);
        int to = from;
        while (to < keys.length && keys[to] == key) {
          to++;
        }
        if (to - from > maxFrequency) {
          continue;
        }
        for (int x = from; x < to; x++) {
          int l = docs[x];
          if (l == s
              || !(shingleCounts[l] > shingleCounts[s]
                  || (shingleCounts[l] == shingleCounts[s] && l > s))) {
            continue;
          }
          if (counts[l]++ == 0) {
            touched[touchedCount++] = l;
          }
        }
      }
      for (int t = 0; t < touchedCount; t++) {
        int l = touched[t];
        if (counts[l] >= need) {
          pairs.add(s < l ? ((long) s << 32) | l : ((long) l << 32) | s);
        }
        counts[l] = 0;
      }
    }
    return pairs.toSortedDistinctArray();
  }

  private static int lowerBound(long[] keys, long key) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Test
  void containmentCandidates_randomInputs_samePairsAsReference() {
    SplittableRandom r = new SplittableRandom(20240607L);
    for (int round = 0; round < 300; round++) {
      int n = 1 + r.nextInt(300);
      int vocabulary = 1 + r.nextInt(r.nextBoolean() ? 40 : 400);
      long[][] samples = new long[n][];
      int[] counts = new int[n];
      for (int i = 0; i < n; i++) {
        if (r.nextInt(20) == 0) {
          continue; // no sample
        }
        int m = r.nextInt(12);
        long[] s = new long[m];
        for (int k = 0; k < m; k++) {
          // Hashes that differ only in low bits collide once the article id is packed in.
          long base = (long) r.nextInt(vocabulary) * 0x9E3779B97F4A7C15L;
          s[k] = r.nextInt(4) == 0 ? base ^ r.nextInt(8) : base;
        }
        Arrays.sort(s);
        samples[i] = Arrays.stream(s).distinct().toArray();
        counts[i] = r.nextInt(200);
      }
      int minContained = 1 + r.nextInt(59);
      double threshold = 0.2 + r.nextDouble() * 0.8;
      double minShare = threshold * ContainmentRule.SAMPLE_SLACK;
      int maxFrequency = 2 + r.nextInt(60);
      assertArrayEquals(
          reference(samples, counts, minContained, minShare, maxFrequency),
          CandidateSearch.containmentCandidates(
              samples, counts, new ContainmentRule(minContained, threshold, maxFrequency)),
          "round " + round);
    }
  }

  @Test
  void containmentCandidates_32BitHashesManyArticles_noFalseSharing() {
    // 70,000 articles need 17 id bits; ten distinct 32-bit sample hashes each, one pair shares all.
    int n = 70_000;
    long[][] samples = new long[n][];
    int[] counts = new int[n];
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < n; i++) {
      long[] s = new long[10];
      for (int k = 0; k < s.length; k++) {
        s[k] = r.nextInt();
      }
      Arrays.sort(s);
      samples[i] = s;
      counts[i] = 100 + i % 7;
    }
    samples[12_345] = samples[54_321].clone();
    assertArrayEquals(
        new long[] {(12_345L << 32) | 54_321},
        CandidateSearch.containmentCandidates(samples, counts, new ContainmentRule(50, 1.0, 20)));
  }
}
