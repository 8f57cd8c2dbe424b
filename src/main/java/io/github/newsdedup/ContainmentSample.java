package io.github.newsdedup;

import io.github.newsdedup.internal.shingle.ShingleHashing;
import java.util.Arrays;

/**
 * Picks an article's containment sample: the alignment shingles whose mixed hash is 0 modulo the
 * sample rate. The choice depends on the shingle alone, so a copy samples the same shingles as its
 * source wherever they occur; alignment shingles survive OCR noise, so noisy and truncated copies
 * still share their sample.
 */
final class ContainmentSample {
  private static final long SAMPLE_MULTIPLIER = 0xD6E8FEB86659FD93L;

  private ContainmentSample() {}

  /**
   * Returns the sorted distinct sampled hashes of an alignment sequence.
   *
   * @param alignment alignment shingle hashes, any order
   * @param rate one in {@code rate} distinct shingles is kept on average
   * @return the sample, sorted ascending
   */
  static long[] of(int[] alignment, int rate) {
    int[] picked = new int[alignment.length];
    int w = 0;
    // The shifted product is below 2^40, so a plain remainder (a mask for a power-of-two rate,
    // the default) equals the unsigned one without a division per hash.
    long mask = (rate & (rate - 1)) == 0 ? rate - 1 : -1;
    if (mask >= 0) {
      // Branch-free: which hash is picked is random, so a branch on it was mispredicted.
      for (int h : alignment) {
        long x = ((h & 0xFFFFFFFFL) * SAMPLE_MULTIPLIER) >>> 24;
        picked[w] = h;
        w += (int) (((x & mask) - 1) >>> 63);
      }
    } else {
      for (int h : alignment) {
        long x = ((h & 0xFFFFFFFFL) * SAMPLE_MULTIPLIER) >>> 24;
        if (x % rate == 0) {
          picked[w++] = h;
        }
      }
    }
    int[] distinct = ShingleHashing.sortedDistinct(Arrays.copyOf(picked, w));
    long[] out = new long[distinct.length];
    for (int i = 0; i < distinct.length; i++) {
      out[i] = distinct[i];
    }
    return out;
  }
}
