package io.github.newsdedup.internal.shingle;

import io.github.newsdedup.internal.Hashes;

/**
 * The seeded 64-bit hashes of {@link io.github.newsdedup.minhash.HashScheme#NEWSDEDUP_V1}: tokens
 * and word shingles, computed without building shingle strings.
 *
 * <ul>
 *   <li>Token: FNV-1a 64 over the token's UTF-16 code units in little-endian byte order, XOR the
 *       seed, then Murmur3's {@code fmix64}.
 *   <li>Shingle of k token hashes t<sub>0</sub>..t<sub>k-1</sub>: {@code h = seed}; for each token
 *       {@code h = rotl(h, 21) ^ t; h *= 0x9E3779B97F4A7C15}; then {@code Hashes.fmix64(h ^ k)}.
 *       Order matters, so "a b" and "b a" differ.
 * </ul>
 *
 * <p>Known-answer vectors are in {@code ShingleHashingTest}, computed with an independent
 * implementation.
 */
public final class ShingleHashing {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private ShingleHashing() {}

  /**
   * Returns the hash of a token held in {@code chars[offset, offset + length)}.
   *
   * @param chars the buffer
   * @param offset the first char
   * @param length the number of chars
   * @param seed the hash seed
   * @return the token hash
   */
  public static long tokenHash(char[] chars, int offset, int length, long seed) {
    long h = FNV_OFFSET;
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = chars[i];
      h = (h ^ (c & 0xFF)) * FNV_PRIME;
      h = (h ^ (c >>> 8)) * FNV_PRIME;
    }
    return Hashes.fmix64(h ^ seed);
  }

  /**
   * Returns the alignment hash of a token held in {@code chars[offset, offset + length)}: for
   * tokens of at least {@value #ALIGNMENT_MIN_LENGTH} chars a hash of (length, first char, last
   * char), so a character changed inside the word keeps it; shorter tokens keep their exact hash.
   *
   * @param chars the buffer
   * @param offset the token's first char
   * @param length the token length
   * @param exactHash the token's exact hash
   * @param seed the hash seed
   * @return the alignment hash
   */
  public static long alignmentTokenHash(
      char[] chars, int offset, int length, long exactHash, long seed) {
    if (length < ALIGNMENT_MIN_LENGTH) {
      return exactHash;
    }
    long key = ((long) length << 32) | ((long) chars[offset] << 16) | chars[offset + length - 1];
    return Hashes.fmix64(key ^ seed ^ ALIGNMENT_SALT);
  }

  /** Minimum token length for an alignment hash. */
  public static final int ALIGNMENT_MIN_LENGTH = 4;

  static final long ALIGNMENT_SALT = 0x2C6FE96EE78B6955L;

  /**
   * Returns the hash of the shingle {@code tokens[from, from + k)}.
   *
   * @param tokens token hashes
   * @param from the first token
   * @param k the number of tokens
   * @param seed the hash seed
   * @return the shingle hash
   */
  public static long shingleHash(long[] tokens, int from, int k, long seed) {
    long h = seed;
    for (int i = from, end = from + k; i < end; i++) {
      h = Long.rotateLeft(h, 21) ^ tokens[i];
      h *= GOLDEN;
    }
    return Hashes.fmix64(h ^ k);
  }

  /**
   * Returns the sorted, distinct hashes of all word k-shingles of {@code tokens[0, count)}. A text
   * with fewer than k tokens (but at least one) has one shingle of all its tokens.
   *
   * @param tokens token hashes
   * @param count the number of tokens to use
   * @param k words per shingle
   * @param seed the hash seed
   * @return sorted distinct shingle hashes
   */
  public static long[] shingles(long[] tokens, int count, int k, long seed) {
    return sortedDistinct(shingleHashes(tokens, count, k, seed));
  }

  /**
   * Returns the hashes of all word k-shingles of {@code tokens[0, count)} in text order, with
   * duplicates: {@link #shingleHash} at each start. A text with fewer than k tokens (but at least
   * one) has one shingle of all its tokens; an empty text has none.
   *
   * @param tokens token hashes
   * @param count the number of tokens to use
   * @param k words per shingle
   * @param seed the hash seed
   * @return the shingle hashes, one per start position
   */
  public static long[] shingleHashes(long[] tokens, int count, int k, long seed) {
    long[] out = new long[shingleStarts(count, k)];
    int width = Math.min(k, count);
    for (int i = 0; i < out.length; i++) {
      out[i] = shingleHash(tokens, i, width, seed);
    }
    return out;
  }

  /**
   * The number of shingles (start positions) of a text of {@code count} tokens: {@code count - k +
   * 1}, one for a text of fewer than k tokens but at least one, none for an empty text.
   *
   * @param count the number of tokens
   * @param k words per shingle
   * @return the number of shingle start positions
   */
  public static int shingleStarts(int count, int k) {
    return count == 0 ? 0 : count - Math.min(k, count) + 1;
  }

  /**
   * {@link #shingles} of {@code tokens} and, in the same pass over the positions, the high 32 bits
   * of {@link #shingleHashes} of {@code alignmentTokens} (the alignment shingles) into {@code
   * alignment}. Four positions at a time, eight independent multiply chains per token position
   * (about 1.4 times faster than a position at a time, and about 2 times faster than one shingle at
   * a time), and one loop for both kinds (faster than two).
   *
   * @param tokens exact token hashes
   * @param alignmentTokens alignment token hashes, as many
   * @param count the number of tokens to use
   * @param k words per shingle
   * @param seed the hash seed
   * @param alignment receives {@code (int) (h >>> 32)} of each alignment shingle hash {@code h}, in
   *     text order; its length must be {@link #shingleStarts}{@code (count, k)}
   * @return sorted distinct exact shingle hashes
   */
  public static long[] shinglesAndAlignment(
      long[] tokens, long[] alignmentTokens, int count, int k, long seed, int[] alignment) {
    int n = shingleStarts(count, k);
    if (alignment.length != n) {
      throw new IllegalArgumentException(
          "alignment has length " + alignment.length + ", expected " + n);
    }
    if (n == 0) {
      return new long[0];
    }
    int width = Math.min(k, count);
    long[] out = new long[n];
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long h0 = seed;
      long h1 = seed;
      long h2 = seed;
      long h3 = seed;
      long c0 = seed;
      long c1 = seed;
      long c2 = seed;
      long c3 = seed;
      for (int j = 0; j < width; j++) {
        int t = i + j;
        h0 = (Long.rotateLeft(h0, 21) ^ tokens[t]) * GOLDEN;
        h1 = (Long.rotateLeft(h1, 21) ^ tokens[t + 1]) * GOLDEN;
        h2 = (Long.rotateLeft(h2, 21) ^ tokens[t + 2]) * GOLDEN;
        h3 = (Long.rotateLeft(h3, 21) ^ tokens[t + 3]) * GOLDEN;
        c0 = (Long.rotateLeft(c0, 21) ^ alignmentTokens[t]) * GOLDEN;
        c1 = (Long.rotateLeft(c1, 21) ^ alignmentTokens[t + 1]) * GOLDEN;
        c2 = (Long.rotateLeft(c2, 21) ^ alignmentTokens[t + 2]) * GOLDEN;
        c3 = (Long.rotateLeft(c3, 21) ^ alignmentTokens[t + 3]) * GOLDEN;
      }
      out[i] = Hashes.fmix64(h0 ^ width);
      out[i + 1] = Hashes.fmix64(h1 ^ width);
      out[i + 2] = Hashes.fmix64(h2 ^ width);
      out[i + 3] = Hashes.fmix64(h3 ^ width);
      alignment[i] = (int) (Hashes.fmix64(c0 ^ width) >>> 32);
      alignment[i + 1] = (int) (Hashes.fmix64(c1 ^ width) >>> 32);
      alignment[i + 2] = (int) (Hashes.fmix64(c2 ^ width) >>> 32);
      alignment[i + 3] = (int) (Hashes.fmix64(c3 ^ width) >>> 32);
    }
    for (; i < n; i++) {
      out[i] = shingleHash(tokens, i, width, seed);
      alignment[i] = (int) (shingleHash(alignmentTokens, i, width, seed) >>> 32);
    }
    return sortedDistinct(out);
  }

  /**
   * Sorts hash values ascending (signed order) and drops duplicates; sorts in place and returns the
   * distinct prefix (a copy when there were duplicates). Shingle hashes are uniform, so one pass of
   * bucket distribution by the top bits (at least as many buckets as values, most holding zero or
   * one) leaves each value at most a bucket's length from its place, and one insertion sort over
   * the whole array finishes it with few moves (the general sort would cost a fifth of
   * fingerprinting time). When a bucket is unexpectedly large (skewed input) the array goes to
   * {@link java.util.Arrays#sort(long[])} instead, so the worst case stays O(n log n).
   */
  static long[] sortedDistinct(long[] values) {
    int n = values.length;
    long[] out = n < 64 ? null : distributed(values);
    if (out == null) {
      java.util.Arrays.sort(values);
      int w = 0;
      for (int i = 0; i < n; i++) {
        if (i == 0 || values[i] != values[i - 1]) {
          values[w++] = values[i];
        }
      }
      return w == n ? values : java.util.Arrays.copyOf(values, w);
    }
    // Insertion sort that drops duplicates as it goes: out[0, w) is sorted and distinct, and
    // out[i] (i >= w) is read before anything is written there.
    int w = 1;
    for (int i = 1; i < n; i++) {
      long v = out[i];
      long last = out[w - 1];
      if (last < v) {
        out[w++] = v;
      } else if (last != v) {
        int j = w - 1;
        do {
          out[j + 1] = out[j];
          j--;
        } while (j >= 0 && out[j] > v);
        if (j >= 0 && out[j] == v) { // a duplicate after all: shift back (rare)
          for (int q = j + 1; q < w; q++) {
            out[q] = out[q + 1];
          }
        } else {
          out[j + 1] = v;
          w++;
        }
      }
    }
    return w == n ? out : java.util.Arrays.copyOf(out, w);
  }

  /**
   * The bucket distribution of {@link #sortedDistinct(long[])} for {@code a.length >= 64}: a new
   * array in which every value is within its bucket, or {@code null} when a bucket is too large
   * (skewed input).
   */
  private static long[] distributed(long[] a) {
    int n = a.length;
    int bits = Math.min(16, 32 - Integer.numberOfLeadingZeros(n));
    int buckets = 1 << bits;
    int shift = 64 - bits;
    int signFlip = 1 << (bits - 1);
    int[] start = new int[buckets + 1];
    for (long v : a) {
      start[((int) (v >>> shift) ^ signFlip) + 1]++;
    }
    int largest = 0;
    for (int b = 0; b < buckets; b++) {
      largest = Math.max(largest, start[b + 1]);
      start[b + 1] += start[b];
    }
    if (largest > 32) {
      return null;
    }
    long[] out = new long[n];
    for (long v : a) {
      out[start[(int) (v >>> shift) ^ signFlip]++] = v;
    }
    return out;
  }

  /**
   * Returns the values sorted ascending (signed order) without duplicates, in a new array; for the
   * 32-bit alignment shingle hashes of the alignment rule. Uniform hashes, so the same bucket sort
   * as {@link #sortedDistinct(long[])} (about five times faster than {@link
   * java.util.Arrays#sort(int[])} at a few hundred values), with the same O(n log n) fallback for
   * skewed input.
   *
   * @param values hash values (not modified)
   * @return sorted distinct values
   */
  public static int[] sortedDistinct(int[] values) {
    int n = values.length;
    int[] out;
    if (n < 64) {
      out = values.clone();
      java.util.Arrays.sort(out);
    } else {
      int bits = Math.min(16, 31 - Integer.numberOfLeadingZeros(n) - 1);
      int buckets = 1 << bits;
      int shift = 32 - bits;
      int signFlip = 1 << (bits - 1);
      int[] start = new int[buckets + 1];
      for (int v : values) {
        start[((v >>> shift) ^ signFlip) + 1]++;
      }
      for (int b = 0; b < buckets; b++) {
        start[b + 1] += start[b];
      }
      out = new int[n];
      int[] fill = java.util.Arrays.copyOf(start, buckets);
      for (int v : values) {
        out[fill[(v >>> shift) ^ signFlip]++] = v;
      }
      for (int b = 0; b < buckets; b++) {
        int from = start[b];
        int to = start[b + 1];
        if (to - from > 32) {
          java.util.Arrays.sort(out, from, to);
        } else {
          for (int i = from + 1; i < to; i++) {
            int v = out[i];
            int j = i - 1;
            while (j >= from && out[j] > v) {
              out[j + 1] = out[j];
              j--;
            }
            out[j + 1] = v;
          }
        }
      }
    }
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[w++] = out[i];
      }
    }
    return w == n ? out : java.util.Arrays.copyOf(out, w);
  }
}
