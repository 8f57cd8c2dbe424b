package io.github.newsdedup.internal.lsh;

import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.internal.Hashes;

/**
 * LSH banding of MinHash signatures: the signature is cut into {@code bands} bands of {@code rows}
 * values, and two articles become candidates when all values of at least one band agree. A pair
 * with Jaccard resemblance J is a candidate with probability {@code 1 - (1 - J^rows)^bands} (the
 * S-curve, see {@link #candidateProbability}).
 *
 * <p>Immutable and thread-safe.
 */
public final class LshBands {
  private final int bands;
  private final int rows;

  /**
   * Creates a banding.
   *
   * @param bands the number of bands, positive
   * @param rows the number of values per band, positive
   * @throws IllegalArgumentException if either is not positive
   */
  public LshBands(int bands, int rows) {
    Checks.checkArgument(bands >= 1, "bands must be positive, got %d", bands);
    Checks.checkArgument(rows >= 1, "rows must be positive, got %d", rows);
    this.bands = bands;
    this.rows = rows;
  }

  /** Returns the number of bands. */
  public int bands() {
    return bands;
  }

  /** Returns the number of values per band. */
  public int rows() {
    return rows;
  }

  /**
   * Returns the probability that a pair with Jaccard resemblance {@code jaccard} shares a band.
   *
   * @param jaccard a resemblance in {@code [0, 1]}
   * @return the probability
   */
  public double candidateProbability(double jaccard) {
    return candidateProbability(jaccard, bands, rows);
  }

  /**
   * Returns the S-curve {@code 1 - (1 - jaccard^rows)^bands}: the probability that a pair with
   * resemblance {@code jaccard} shares at least one of {@code bands} bands of {@code rows} values.
   *
   * @param jaccard a resemblance in {@code [0, 1]}
   * @param bands the number of bands
   * @param rows the number of values per band
   * @return the probability
   */
  public static double candidateProbability(double jaccard, int bands, int rows) {
    return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
  }

  /**
   * Returns the key of band {@code band}: a 64-bit hash of the band index and its values.
   *
   * @param signature signature values, at least {@code bands * rows} of them
   * @param band the band index
   * @return the key
   */
  public long bandKey(int[] signature, int band) {
    long h = 0x6C5B4A3928170615L + band;
    int from = band * rows;
    for (int i = from; i < from + rows; i++) {
      h = Long.rotateLeft(h, 29) ^ (signature[i] & 0xFFFFFFFFL);
      h *= 0x9E3779B97F4A7C15L;
    }
    return Hashes.fmix64(h);
  }

  /**
   * Returns the keys of all bands.
   *
   * @param signature signature values, at least {@code bands * rows} of them
   * @return one key per band
   * @throws IllegalArgumentException if the signature is shorter than {@code bands * rows}
   */
  public long[] bandKeys(int[] signature) {
    Checks.checkArgument(
        signature.length >= bands * rows,
        "signature length must be at least bands * rows = %d, got %d",
        bands * rows,
        signature.length);
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      keys[b] = bandKey(signature, b);
    }
    return keys;
  }
}
