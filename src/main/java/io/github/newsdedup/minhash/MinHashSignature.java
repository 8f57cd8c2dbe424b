package io.github.newsdedup.minhash;

import io.github.newsdedup.internal.Checks;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable MinHash signature: {@code length()} 32-bit values whose agreement rate between two
 * signatures estimates the Jaccard resemblance of the underlying shingle sets.
 *
 * <p>Array-backed, so a final class rather than a record: {@link #equals} compares values. The
 * standard error of {@link #estimateJaccard} is about {@code sqrt(J(1-J)/length)}, i.e. at most
 * 0.044 at 128 values.
 */
public final class MinHashSignature {
  private final HashScheme scheme;
  private final int[] values;

  private MinHashSignature(HashScheme scheme, int[] values) {
    this.scheme = scheme;
    this.values = values;
  }

  /**
   * Returns a signature holding a copy of {@code values}.
   *
   * @param scheme the hash scheme that produced the values
   * @param values the signature values; at least one
   * @return the signature
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code values} is empty
   */
  public static MinHashSignature of(HashScheme scheme, int[] values) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(values, "values");
    Checks.checkArgument(values.length > 0, "signature length must be positive, got %d", 0);
    return new MinHashSignature(scheme, values.clone());
  }

  /** {@return the hash scheme that produced this signature} */
  public HashScheme scheme() {
    return scheme;
  }

  /** {@return the number of values} */
  public int length() {
    return values.length;
  }

  /**
   * Returns value {@code i}.
   *
   * @param i the index, {@code 0 <= i < length()}
   * @return the value
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public int value(int i) {
    return values[Objects.checkIndex(i, values.length)];
  }

  /** {@return a copy of the values} */
  public int[] toIntArray() {
    return values.clone();
  }

  /**
   * Returns the estimated Jaccard resemblance: the share of positions where both signatures agree.
   *
   * @param other a signature of the same scheme and length
   * @return the estimate in {@code [0, 1]}
   * @throws IllegalArgumentException if the schemes or lengths differ
   */
  public double estimateJaccard(MinHashSignature other) {
    Objects.requireNonNull(other, "other");
    Checks.checkArgument(
        scheme == other.scheme,
        "cannot compare signatures of different hash schemes: %s vs %s",
        scheme,
        other.scheme);
    Checks.checkArgument(
        values.length == other.values.length,
        "cannot compare signatures of different lengths: %d vs %d",
        values.length,
        other.values.length);
    int[] b = other.values;
    int same = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == b[i]) {
        same++;
      }
    }
    return same / (double) values.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature s && s.scheme == scheme && Arrays.equals(s.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * scheme.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MinHashSignature[scheme=" + scheme + ", length=" + values.length + "]";
  }
}
