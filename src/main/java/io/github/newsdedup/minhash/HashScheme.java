package io.github.newsdedup.minhash;

/**
 * The versioned definition of how text becomes hash values: token hashing, shingle combination,
 * MinHash binning and densification, and the normalizer version they run after.
 *
 * <p>Every persisted {@link io.github.newsdedup.Fingerprint} records its scheme; fingerprints of
 * different schemes are never compared. Constants have fixed ids and are never reordered or
 * removed: a change in behaviour is a new constant (as Guava's {@code BloomFilterStrategies}).
 */
public enum HashScheme {
  /**
   * Version 1: tokens hashed with a seeded 64-bit Murmur3-style mix over their UTF-16 code units;
   * word k-shingles as a seeded fold of k token hashes finished with the Murmur3 {@code fmix64};
   * one-permutation MinHash (bin from the top bits, 32-bit value from the low bits) with optimal
   * densification (Shrivastava, ICML 2017); normalizer version 1.
   */
  NEWSDEDUP_V1(1);

  private final int id;

  HashScheme(int id) {
    this.id = id;
  }

  /**
   * Returns the stable numeric id written into persisted fingerprints and indexes.
   *
   * @return the id
   */
  public int id() {
    return id;
  }

  /**
   * Returns the scheme with the given id.
   *
   * @param id a persisted scheme id
   * @return the scheme
   * @throws IllegalArgumentException if no scheme of this library version has that id (the data was
   *     written by a newer version)
   */
  public static HashScheme fromId(int id) {
    for (HashScheme s : values()) {
      if (s.id == id) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown hash scheme id " + id + ": written by a newer news-dedup? Supported: 1");
  }

  /** {@return the scheme this library version writes} */
  public static HashScheme current() {
    return NEWSDEDUP_V1;
  }
}
