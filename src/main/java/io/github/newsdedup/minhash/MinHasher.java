package io.github.newsdedup.minhash;

import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.shingle.ShingleHashing;

/**
 * Computes MinHash signatures by one-permutation hashing with optimal densification (Li, Owen and
 * Zhang 2012; Shrivastava, ICML 2017): each shingle hash is evaluated once, its top bits pick one
 * of {@code length} bins and its low 32 bits compete for that bin's minimum; empty bins borrow the
 * value of the first non-empty bin along a probe sequence that depends only on the bin and the
 * seed, which keeps the collision probability of every position equal to the Jaccard resemblance.
 * About 40× fewer operations than {@code length} independent hash functions.
 *
 * <p>Immutable and thread-safe.
 */
public final class MinHasher {
  private final int length;
  private final long seed;

  /**
   * Creates a MinHasher.
   *
   * @param length values per signature, at least 1
   * @param seed seed of the densification probe sequence
   * @throws IllegalArgumentException if {@code length} is not positive
   */
  public MinHasher(int length, long seed) {
    Checks.checkArgument(length >= 1, "length must be positive, got %d", length);
    this.length = length;
    this.seed = seed;
  }

  /** Returns the signature length. */
  public int length() {
    return length;
  }

  /**
   * Returns the signature of a set of shingle hashes. Values are stored with the sign bit flipped
   * so that signed comparison orders them as unsigned. The empty set gives all {@code -1}.
   *
   * @param shingles distinct shingle hashes (any order)
   * @param count how many of them to use
   * @return the signature values
   */
  public int[] signature(long[] shingles, int count) {
    int[] bins = new int[length];
    java.util.Arrays.fill(bins, Integer.MAX_VALUE);
    boolean[] filled = new boolean[length];
    // Branch-free: which value wins a bin is random, so a branch on it is mispredicted often.
    for (int i = 0; i < count; i++) {
      long h = shingles[i];
      int bin = (int) (((h >>> 32) * length) >>> 32);
      int v = ((int) h) ^ Integer.MIN_VALUE;
      bins[bin] = Math.min(bins[bin], v);
      filled[bin] = true;
    }
    int filledCount = 0;
    for (boolean f : filled) {
      filledCount += f ? 1 : 0;
    }
    if (filledCount == 0) {
      java.util.Arrays.fill(bins, -1);
      return bins;
    }
    if (filledCount < length) {
      densify(bins, filled);
    }
    return bins;
  }

  private void densify(int[] bins, boolean[] filled) {
    for (int i = 0; i < length; i++) {
      if (filled[i]) {
        continue;
      }
      long state = ShingleHashing.fmix64(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
      for (int attempt = 0; ; attempt++) {
        state = ShingleHashing.fmix64(state + attempt + 1);
        int j = (int) (((state >>> 32) * length) >>> 32);
        if (filled[j]) {
          bins[i] = bins[j];
          break;
        }
      }
    }
  }
}
