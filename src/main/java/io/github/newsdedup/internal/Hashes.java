package io.github.newsdedup.internal;

/** Hash mixing shared by the tokenizer, the MinHash kernel, candidate search and the index. */
public final class Hashes {
  private Hashes() {}

  /**
   * Murmur3's 64-bit finalizer: a bijection that spreads every input bit to every output bit.
   *
   * @param k the input
   * @return the mixed value
   */
  public static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
