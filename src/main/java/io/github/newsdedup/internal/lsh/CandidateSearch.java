package io.github.newsdedup.internal.lsh;

import io.github.newsdedup.internal.Futures;
import io.github.newsdedup.internal.Hashes;
import io.github.newsdedup.internal.LongList;
import io.github.newsdedup.internal.Parallel;
import java.util.Arrays;
import java.util.concurrent.Future;

/**
 * Finds candidate pairs among n articles without comparing all pairs, by two routes:
 *
 * <ol>
 *   <li><b>Resemblance:</b> LSH banding. For each band, the (key, article) entries are packed into
 *       longs and sorted; runs of equal keys are buckets whose members become pairs.
 *   <li><b>Containment:</b> a content-defined sample of each article's shingles (the hashes that
 *       are 0 modulo the sample rate, so a copy samples the same shingles as its source). A sample
 *       index maps each sampled hash to its articles; an article S becomes a candidate with a
 *       longer article L when they share enough of S's sample ({@link ContainmentRule}). Unlike
 *       banding this does not depend on the length ratio, so a teaser inside a long page with
 *       comments (Jaccard 0.05) is still found.
 * </ol>
 *
 * <p>Pairs are encoded as {@code (long) i << 32 | j} with {@code i < j}. Stateless and thread-safe.
 */
public final class CandidateSearch {
  /** Buckets larger than this link each member to the first {@value} members only. */
  public static final int MAX_FULL_BUCKET = 200;

  /** Below this many articles both routes run on the caller's thread. */
  static final int MIN_FORKED_ARTICLES = 1024;

  private CandidateSearch() {}

  /**
   * Returns the sorted distinct candidate pairs of both routes. With more than one thread and at
   * least {@value #MIN_FORKED_ARTICLES} articles the containment route runs on a second thread.
   *
   * @param signatures one signature per article; {@code null} for articles without shingles
   * @param samples one containment sample per article; {@code null} for articles without shingles
   * @param shingleCounts each article's shingle count
   * @param bands the banding
   * @param rule the containment-candidate rule
   * @param parallel where the second route runs
   * @return sorted distinct pairs
   */
  public static long[] candidates(
      int[][] signatures,
      long[][] samples,
      int[] shingleCounts,
      LshBands bands,
      ContainmentRule rule,
      Parallel parallel) {
    if (parallel.threads() > 1 && signatures.length >= MIN_FORKED_ARTICLES) {
      Future<long[]> containment =
          parallel.submit(() -> containmentCandidates(samples, shingleCounts, rule));
      long[] banded = bandCandidates(signatures, bands);
      return union(banded, Futures.awaitUnchecked(containment, "candidates"));
    }
    return union(
        bandCandidates(signatures, bands), containmentCandidates(samples, shingleCounts, rule));
  }

  /**
   * Returns the sorted distinct candidate pairs that share at least one LSH band.
   *
   * @param signatures one signature per article; {@code null} entries are skipped
   * @param bands the banding
   * @return sorted distinct pairs
   */
  public static long[] bandCandidates(int[][] signatures, LshBands bands) {
    int n = signatures.length;
    int idBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    long idMask = (1L << idBits) - 1;
    LongList pairs = new LongList();
    long[] entries = new long[n];
    for (int b = 0; b < bands.bands(); b++) {
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (signatures[i] != null) {
          entries[m++] = (bands.bandKey(signatures[i], b) & ~idMask) | i;
        }
      }
      Arrays.sort(entries, 0, m);
      emitRuns(entries, m, idMask, pairs);
    }
    return pairs.toSortedDistinctArray();
  }

  /** Emits pairs for runs of entries with equal key bits. */
  static void emitRuns(long[] entries, int m, long idMask, LongList pairs) {
    int start = 0;
    while (start < m) {
      long key = entries[start] & ~idMask;
      int end = start + 1;
      while (end < m && (entries[end] & ~idMask) == key) {
        end++;
      }
      int size = end - start;
      if (size > 1) {
        int anchors = size <= MAX_FULL_BUCKET ? size : MAX_FULL_BUCKET;
        for (int x = start; x < start + anchors; x++) {
          int i = (int) (entries[x] & idMask);
          for (int y = x + 1; y < end; y++) {
            int j = (int) (entries[y] & idMask);
            pairs.add(i < j ? ((long) i << 32) | j : ((long) j << 32) | i);
          }
        }
      }
      start = end;
    }
  }

  /**
   * Returns the sorted distinct containment candidate pairs.
   *
   * @param samples each article's sorted distinct sample hashes; {@code null} entries are skipped
   * @param shingleCounts each article's shingle count
   * @param rule when a pair is a candidate
   * @return sorted distinct pairs
   */
  public static long[] containmentCandidates(
      long[][] samples, int[] shingleCounts, ContainmentRule rule) {
    int maxFrequency = rule.maxFrequency();
    int n = samples.length;
    int total = 0;
    for (long[] s : samples) {
      if (s != null) {
        total += s.length;
      }
    }
    // Postings sorted by hash, as parallel arrays of (hash bits, article).
    int idBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    long idMask = (1L << idBits) - 1;
    long[] packed = new long[total];
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (samples[i] != null) {
        for (long h : samples[i]) {
          // Mixed first: the low bits make room for the article id, and sample hashes may carry
          // all their information in the low 32 bits (the detector's alignment shingle hashes do);
          // masking them raw left 32 - idBits bits at scale (12 bits at a million articles), so
          // unrelated hashes shared runs, runs grew past maxFrequency and were dropped.
          packed[w++] = (Hashes.fmix64(h) & ~idMask) | i;
        }
      }
    }
    Arrays.sort(packed);
    // Runs of equal hash bits are the postings of one sampled hash. Only runs that can make a
    // pair are kept (two or more postings, at most maxFrequency), as article lists, and each
    // article gets the list of its kept runs: the collection pass then reads the postings of each
    // of its hashes directly. (A binary search per sampled hash over all postings, with a cache
    // miss per step, was nine tenths of grouping time at 50,000 articles.)
    int[] runsPerDoc = new int[n];
    int keptPostings = 0;
    int keptRuns = 0;
    for (int from = 0; from < total; ) {
      int to = runEnd(packed, from, idMask);
      int size = to - from;
      if (size >= 2 && size <= maxFrequency) {
        keptRuns++;
        keptPostings += size;
        for (int x = from; x < to; x++) {
          runsPerDoc[(int) (packed[x] & idMask)]++;
        }
      }
      from = to;
    }
    int[] runStart = new int[keptRuns + 1];
    int[] runDocs = new int[keptPostings];
    int[] docRunsStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      docRunsStart[i + 1] = docRunsStart[i] + runsPerDoc[i];
    }
    int[] docRuns = new int[keptPostings];
    int[] fill = Arrays.copyOf(docRunsStart, n);
    int r = 0;
    int p = 0;
    for (int from = 0; from < total; ) {
      int to = runEnd(packed, from, idMask);
      int size = to - from;
      if (size >= 2 && size <= maxFrequency) {
        runStart[r] = p;
        for (int x = from; x < to; x++) {
          int doc = (int) (packed[x] & idMask);
          runDocs[p++] = doc;
          docRuns[fill[doc]++] = r;
        }
        r++;
      }
      from = to;
    }
    runStart[keptRuns] = p;
    return collect(samples, shingleCounts, rule, runStart, runDocs, docRunsStart, docRuns);
  }

  /** Returns the end of the run of equal hash bits starting at {@code from}. */
  private static int runEnd(long[] packed, int from, long idMask) {
    long key = packed[from] & ~idMask;
    int to = from + 1;
    while (to < packed.length && (packed[to] & ~idMask) == key) {
      to++;
    }
    return to;
  }

  private static long[] collect(
      long[][] samples,
      int[] shingleCounts,
      ContainmentRule rule,
      int[] runStart,
      int[] runDocs,
      int[] docRunsStart,
      int[] docRuns) {
    int n = samples.length;
    int[] counts = new int[n];
    int[] touched = new int[n];
    LongList pairs = new LongList();
    for (int s = 0; s < n; s++) {
      long[] sample = samples[s];
      if (sample == null || !rule.mayBeContained(shingleCounts[s], sample.length)) {
        continue;
      }
      int need = rule.requiredShared(sample.length);
      int touchedCount = 0;
      for (int k = docRunsStart[s]; k < docRunsStart[s + 1]; k++) {
        int run = docRuns[k];
        for (int x = runStart[run]; x < runStart[run + 1]; x++) {
          int l = runDocs[x];
          if (l == s || !longerOrEqual(shingleCounts, l, s)) {
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

  private static boolean longerOrEqual(int[] counts, int l, int s) {
    return counts[l] > counts[s] || (counts[l] == counts[s] && l > s);
  }

  /**
   * Returns the sorted union of two sorted distinct pair arrays.
   *
   * @param a sorted distinct pairs
   * @param b sorted distinct pairs
   * @return the sorted distinct union
   */
  public static long[] union(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int w = 0;
    while (i < a.length || j < b.length) {
      long v;
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        v = a[i++];
      } else if (i == a.length || b[j] < a[i]) {
        v = b[j++];
      } else {
        v = a[i++];
        j++;
      }
      out[w++] = v;
    }
    return Arrays.copyOf(out, w);
  }
}
