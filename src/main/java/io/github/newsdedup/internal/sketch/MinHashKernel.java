package io.github.newsdedup.internal.sketch;

import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.internal.Hashes;
import java.util.Arrays;

/**
 * One-permutation MinHash with optimal densification (Li, Owen and Zhang 2012; Shrivastava, ICML
 * 2017): each shingle hash is evaluated once, its top 32 bits pick one of {@code length} bins and
 * its low 32 bits compete for that bin's minimum; an empty bin borrows the value of the first
 * non-empty bin along a probe sequence that depends only on the bin and the seed, which keeps the
 * collision probability of every position equal to the Jaccard resemblance. About 40× fewer
 * operations than {@code length} independent hash functions.
 *
 * <p>Values are stored with the sign bit flipped, so that signed comparison orders them as
 * unsigned; the empty set gives all {@code -1}. Immutable and thread-safe; the array-level kernel
 * behind {@code MinHasher} and the detector.
 */
public final class MinHashKernel {
  private final int length;
  private final long seed;

  /**
   * Creates a kernel.
   *
   * @param length values per signature, at least 1
   * @param seed seed of the densification probe sequence
   * @throws IllegalArgumentException if {@code length} is not positive
   */
  public MinHashKernel(int length, long seed) {
    Checks.checkArgument(length >= 1, "length must be positive, got %d", length);
    this.length = length;
    this.seed = seed;
  }

  /** Returns the signature length. */
  public int length() {
    return length;
  }

  /** Returns the bin of a shingle hash: its top 32 bits scaled to {@code [0, length)}. */
  public int bin(long hash) {
    return (int) (((hash >>> 32) * length) >>> 32);
  }

  /** Returns the value a shingle hash offers its bin: its low 32 bits, sign bit flipped. */
  public static int value(long hash) {
    return ((int) hash) ^ Integer.MIN_VALUE;
  }

  /** Returns bins ready for {@link #bin}/{@link #value} minima: every value at its maximum. */
  public int[] emptyBins() {
    int[] bins = new int[length];
    Arrays.fill(bins, Integer.MAX_VALUE);
    return bins;
  }

  /**
   * Returns the signature of a set of shingle hashes.
   *
   * @param hashes distinct shingle hashes (any order)
   * @param count how many of them to use
   * @return the signature values
   */
  public int[] signature(long[] hashes, int count) {
    int[] bins = emptyBins();
    boolean[] filled = new boolean[length];
    // Branch-free: which value wins a bin is random, so a branch on it is mispredicted often.
    for (int i = 0; i < count; i++) {
      long h = hashes[i];
      int bin = bin(h);
      bins[bin] = Math.min(bins[bin], value(h));
      filled[bin] = true;
    }
    finish(bins, filled);
    return bins;
  }

  /**
   * Completes bins filled by {@link #bin}/{@link #value} minima: all {@code -1} when none is
   * filled, else the empty ones densified. Works in place.
   *
   * @param bins the bins
   * @param filled which bins received a value
   */
  public void finish(int[] bins, boolean[] filled) {
    int filledCount = 0;
    for (boolean f : filled) {
      filledCount += f ? 1 : 0;
    }
    if (filledCount == 0) {
      Arrays.fill(bins, -1);
    } else if (filledCount < length) {
      densify(bins, filled);
    }
  }

  private void densify(int[] bins, boolean[] filled) {
    for (int i = 0; i < length; i++) {
      if (filled[i]) {
        continue;
      }
      long state = Hashes.fmix64(seed ^ (0x9E3779B97F4A7C15L * (i + 1)));
      for (int attempt = 0; ; attempt++) {
        state = Hashes.fmix64(state + attempt + 1);
        int j = bin(state);
        if (filled[j]) {
          bins[i] = bins[j];
          break;
        }
      }
    }
  }
}
