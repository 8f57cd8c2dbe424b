package io.github.newsdedup;

import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.minhash.HashScheme;
import io.github.newsdedup.minhash.MinHashSignature;
import java.util.Arrays;
import java.util.Objects;

/**
 * Everything the detector computes for one article: its MinHash signature, its shingle count, a
 * content-defined sample of its alignment shingles (for containment candidates), and optionally the
 * full sorted shingle-hash set and the alignment sequence (for exact verification and the alignment
 * rule).
 *
 * <p>Alignment shingles are hashes of word k-grams over <em>folded</em> words (their first
 * letters), so that an OCR or spelling change in a word mostly keeps them; the alignment sequence
 * lists them in text order.
 *
 * <p>Immutable and thread-safe. A fingerprint can be stored with {@link #toBytes()} and compared
 * later; it records the {@link HashScheme}, shingle size and seed, and comparisons between
 * fingerprints that differ in any of them throw {@link IllegalArgumentException}. {@link
 * #withoutShingles()} drops the full set to save memory (about 8 bytes a shingle); similarities are
 * then estimated rather than exact.
 */
public final class Fingerprint {
  private final String id;
  private final HashScheme scheme;
  private final int shingleSize;
  private final long seed;
  private final int[] signature;
  private final int shingleCount;
  private final long[] sample;
  private final long[] shingles;
  private final int[] alignment;

  /**
   * The position index of the alignment sequence and of its start, computed on first use by the
   * alignment-based rules (only pairs that reach them need them). Caches, not state: racy
   * single-check is safe because every thread computes the same value.
   */
  private Verifier.PositionIndex alignmentIndex;

  private Verifier.PositionIndex leadIndex;

  private Fingerprint(
      String id,
      HashScheme scheme,
      int shingleSize,
      long seed,
      int[] signature,
      int shingleCount,
      long[] sample,
      long[] shingles,
      int[] alignment) {
    this.id = id;
    this.scheme = scheme;
    this.shingleSize = shingleSize;
    this.seed = seed;
    this.signature = signature;
    this.shingleCount = shingleCount;
    this.sample = sample;
    this.shingles = shingles;
    this.alignment = alignment;
  }

  /**
   * Creates a fingerprint from its parts without copying the arrays; for the library's own code.
   * {@code sample} and {@code shingles} must be sorted ascending without duplicates; {@code
   * shingles} and {@code alignment} are empty when the full data is not kept.
   */
  static Fingerprint create(
      String id,
      HashScheme scheme,
      int shingleSize,
      long seed,
      int[] signature,
      int shingleCount,
      long[] sample,
      long[] shingles,
      int[] alignment) {
    return new Fingerprint(
        id, scheme, shingleSize, seed, signature, shingleCount, sample, shingles, alignment);
  }

  /** {@return the article id} */
  public String id() {
    return id;
  }

  /** {@return the hash scheme the fingerprint was computed with} */
  public HashScheme scheme() {
    return scheme;
  }

  /** {@return the shingle size in words} */
  public int shingleSize() {
    return shingleSize;
  }

  /** {@return the hash seed} */
  public long seed() {
    return seed;
  }

  /** {@return the MinHash signature (a new immutable value on each call)} */
  public MinHashSignature signature() {
    return MinHashSignature.of(scheme, signature);
  }

  /** {@return the number of distinct shingles of the normalized text} */
  public int shingleCount() {
    return shingleCount;
  }

  /**
   * Returns whether the full shingle set is present, so that similarities are exact. An article
   * without shingles trivially has its (empty) set.
   *
   * @return whether the full shingle set is present
   */
  public boolean hasShingles() {
    return shingles.length > 0 || shingleCount == 0;
  }

  /**
   * {@return a copy of the sorted containment sample (the alignment shingles selected by content)}
   */
  public long[] sample() {
    return sample.clone();
  }

  /** {@return a copy of the sorted full shingle-hash set, empty if it was dropped} */
  public long[] shingles() {
    return shingles.clone();
  }

  /**
   * {@return a copy of the alignment sequence (alignment shingles in text order), empty if dropped}
   */
  public int[] alignmentSequence() {
    return alignment.clone();
  }

  int[] signatureView() {
    return signature;
  }

  long[] sampleView() {
    return sample;
  }

  long[] shinglesView() {
    return shingles;
  }

  int[] alignmentView() {
    return alignment;
  }

  /** Returns the position index of the whole alignment sequence, computed once. */
  Verifier.PositionIndex alignmentIndex() {
    Verifier.PositionIndex index = alignmentIndex;
    if (index == null) {
      index = Verifier.PositionIndex.of(alignment, alignment.length);
      alignmentIndex = index;
    }
    return index;
  }

  /** Returns the position index of the start of the alignment sequence (the lead rule's). */
  Verifier.PositionIndex leadIndex() {
    Verifier.PositionIndex index = leadIndex;
    if (index == null) {
      index = Verifier.PositionIndex.of(alignment, Verifier.LEAD_START_SHINGLES);
      leadIndex = index;
    }
    return index;
  }

  /**
   * Returns this fingerprint without the full shingle set and alignment sequence: about 8 bytes per
   * shingle smaller; its similarities are then estimated from the signature and the sample.
   *
   * @return the smaller fingerprint, or this one if it has no shingle set
   */
  public Fingerprint withoutShingles() {
    if (shingles.length == 0 && alignment.length == 0) {
      return this;
    }
    return new Fingerprint(
        id, scheme, shingleSize, seed, signature, shingleCount, sample, new long[0], new int[0]);
  }

  /**
   * Checks that two fingerprints were made the same way and can be compared.
   *
   * @throws IllegalArgumentException naming the difference if not
   */
  void checkComparable(Fingerprint other) {
    Checks.checkArgument(
        scheme == other.scheme,
        "fingerprints %s and %s use different hash schemes: %s vs %s",
        id,
        other.id,
        scheme,
        other.scheme);
    Checks.checkArgument(
        shingleSize == other.shingleSize,
        "fingerprints %s and %s use different shingle sizes: %d vs %d",
        id,
        other.id,
        shingleSize,
        other.shingleSize);
    Checks.checkArgument(
        seed == other.seed,
        "fingerprints %s and %s use different seeds: %d vs %d",
        id,
        other.id,
        seed,
        other.seed);
    Checks.checkArgument(
        signature.length == other.signature.length,
        "fingerprints %s and %s have different signature lengths: %d vs %d",
        id,
        other.id,
        signature.length,
        other.signature.length);
  }

  /**
   * Serializes this fingerprint into a compact, versioned binary form read by {@link #fromBytes}
   * (layout: {@code FingerprintFormat}).
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    return FingerprintFormat.write(this);
  }

  /**
   * Reads a fingerprint written by {@link #toBytes()}.
   *
   * @param bytes the serialized form
   * @return the fingerprint
   * @throws NullPointerException if {@code bytes} is null
   * @throws IllegalArgumentException if the bytes are truncated, corrupt, or written by a newer
   *     format or hash scheme
   */
  public static Fingerprint fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return FingerprintFormat.read(bytes, 0, bytes.length);
  }

  /**
   * Reads a fingerprint written by {@link #toBytes()} from part of an array, without copying it
   * first (for stores that hand out slices, such as a Lucene {@code BytesRef}).
   *
   * @param bytes the array
   * @param offset where the serialized form starts
   * @param length its length
   * @return the fingerprint
   * @throws NullPointerException if {@code bytes} is null
   * @throws IndexOutOfBoundsException if the range is outside the array
   * @throws IllegalArgumentException if the bytes are truncated, corrupt, or written by a newer
   *     format or hash scheme
   */
  public static Fingerprint fromBytes(byte[] bytes, int offset, int length) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.checkFromIndexSize(offset, length, bytes.length);
    return FingerprintFormat.read(bytes, offset, length);
  }

  /**
   * Returns whether {@code o} is a fingerprint with the same id, scheme, shingle size, seed,
   * shingle count, signature, sample, shingle set and alignment sequence.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f
        && f.id.equals(id)
        && f.scheme == scheme
        && f.shingleSize == shingleSize
        && f.seed == seed
        && f.shingleCount == shingleCount
        && Arrays.equals(f.signature, signature)
        && Arrays.equals(f.sample, sample)
        && Arrays.equals(f.shingles, shingles)
        && Arrays.equals(f.alignment, alignment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, Arrays.hashCode(signature), shingleCount);
  }

  @Override
  public String toString() {
    return "Fingerprint[id="
        + id
        + ", scheme="
        + scheme
        + ", shingles="
        + shingleCount
        + ", signatureLength="
        + signature.length
        + "]";
  }
}
