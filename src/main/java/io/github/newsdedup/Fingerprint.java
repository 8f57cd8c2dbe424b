package io.github.newsdedup;

import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.minhash.HashScheme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Everything the detector computes for one article: its MinHash signature, its shingle count, a
 * content-defined sample of its coarse shingle hashes (for containment candidates), and optionally
 * the full sorted shingle-hash set and the coarse shingle sequence (for exact verification and the
 * alignment rule).
 *
 * <p>Immutable. A fingerprint can be stored with {@link #toBytes()} and compared later; it records
 * the {@link HashScheme}, shingle size and seed, and comparisons between fingerprints that differ
 * in any of them throw {@link IllegalArgumentException}. {@link #withoutShingles()} drops the full
 * set to save memory (about 8 bytes a shingle); similarities are then estimated rather than exact.
 */
public final class Fingerprint {
  private static final int FORMAT = 1;

  private final String id;
  private final HashScheme scheme;
  private final int shingleSize;
  private final long seed;
  private final MinHashSignature signature;
  private final int shingleCount;
  private final long[] sample;
  private final long[] shingles;
  private final int[] alignment;

  private Fingerprint(
      String id,
      HashScheme scheme,
      int shingleSize,
      long seed,
      MinHashSignature signature,
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
      MinHashSignature signature,
      int shingleCount,
      long[] sample,
      long[] shingles,
      int[] alignment) {
    return new Fingerprint(
        id, scheme, shingleSize, seed, signature, shingleCount, sample, shingles, alignment);
  }

  /** Returns the id of the article this fingerprint was computed from. */
  public String id() {
    return id;
  }

  /** Returns the hash scheme. */
  public HashScheme scheme() {
    return scheme;
  }

  /** Returns the number of words per shingle used. */
  public int shingleSize() {
    return shingleSize;
  }

  /** Returns the seed of the hash family used. */
  public long seed() {
    return seed;
  }

  /** Returns the MinHash signature. */
  public MinHashSignature signature() {
    return signature;
  }

  /** Returns the number of distinct shingles of the normalized article text. */
  public int shingleCount() {
    return shingleCount;
  }

  /** Returns whether the full shingle set is kept, so that similarities can be exact. */
  public boolean hasShingles() {
    return shingles.length > 0 || shingleCount == 0;
  }

  /** Returns a copy of the sorted containment sample (the shingle hashes selected by content). */
  public long[] sample() {
    return sample.clone();
  }

  /** Returns a copy of the sorted full shingle-hash set, empty if it was dropped. */
  public long[] shingles() {
    return shingles.clone();
  }

  /**
   * Returns a copy of the coarse shingle sequence in text order (32-bit hashes), empty if dropped;
   * it drives the alignment rule.
   */
  public int[] alignmentSequence() {
    return alignment.clone();
  }

  int[] alignmentView() {
    return alignment;
  }

  long[] sampleView() {
    return sample;
  }

  long[] shinglesView() {
    return shingles;
  }

  /**
   * Returns this fingerprint without the full shingle set: about 8 bytes per shingle smaller; its
   * similarities are then estimated from the signature and the sample.
   */
  public Fingerprint withoutShingles() {
    if (shingles.length == 0) {
      return this;
    }
    return new Fingerprint(
        id, scheme, shingleSize, seed, signature, shingleCount, sample, new long[0], new int[0]);
  }

  /**
   * Checks that two fingerprints were made the same way and can be compared.
   *
   * @throws IllegalArgumentException naming the first difference
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
        signature.length() == other.signature.length(),
        "fingerprints %s and %s have different signature lengths: %d vs %d",
        id,
        other.id,
        signature.length(),
        other.signature.length());
  }

  /**
   * Serializes this fingerprint into a compact, versioned binary form read by {@link #fromBytes}.
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    try {
      ByteArrayOutputStream bytes =
          new ByteArrayOutputStream(
              64
                  + 4 * (signature.length() + alignment.length)
                  + 8 * (sample.length + shingles.length));
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeByte(FORMAT);
      out.writeInt(scheme.id());
      byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
      out.writeInt(idBytes.length);
      out.write(idBytes);
      out.writeInt(shingleSize);
      out.writeLong(seed);
      out.writeInt(shingleCount);
      int[] values = signature.valuesView();
      out.writeInt(values.length);
      for (int v : values) {
        out.writeInt(v);
      }
      writeLongs(out, sample);
      writeLongs(out, shingles);
      out.writeInt(alignment.length);
      for (int v : alignment) {
        out.writeInt(v);
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen with a byte array
    }
  }

  private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    out.writeInt(values.length);
    for (long v : values) {
      out.writeLong(v);
    }
  }

  /**
   * Reads a fingerprint written by {@link #toBytes()}.
   *
   * @param bytes the serialized form
   * @return the fingerprint
   * @throws IllegalArgumentException if the bytes are truncated, corrupt, or written by a newer
   *     format or hash scheme
   */
  public static Fingerprint fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      int format = in.readUnsignedByte();
      Checks.checkArgument(
          format == FORMAT,
          "unsupported fingerprint format %d (this version reads %d): recompute the fingerprint",
          format,
          FORMAT);
      HashScheme scheme = HashScheme.fromId(in.readInt());
      int idLength = in.readInt();
      Checks.checkArgument(
          idLength > 0 && idLength <= bytes.length, "corrupt fingerprint: id length %d", idLength);
      byte[] idBytes = in.readNBytes(idLength);
      Checks.checkArgument(idBytes.length == idLength, "corrupt fingerprint: truncated id");
      String id = new String(idBytes, StandardCharsets.UTF_8);
      int shingleSize = in.readInt();
      long seed = in.readLong();
      int shingleCount = in.readInt();
      int length = in.readInt();
      Checks.checkArgument(
          length > 0 && length <= bytes.length / 4,
          "corrupt fingerprint: signature length %d",
          length);
      int[] values = new int[length];
      for (int i = 0; i < length; i++) {
        values[i] = in.readInt();
      }
      long[] sample = readLongs(in, bytes.length);
      long[] shingles = readLongs(in, bytes.length);
      int alignmentLength = in.readInt();
      Checks.checkArgument(
          alignmentLength >= 0 && alignmentLength <= bytes.length / 4,
          "corrupt fingerprint: alignment length %d",
          alignmentLength);
      int[] alignment = new int[alignmentLength];
      for (int i = 0; i < alignmentLength; i++) {
        alignment[i] = in.readInt();
      }
      Checks.checkArgument(
          in.available() == 0, "corrupt fingerprint: %d trailing bytes", in.available());
      return new Fingerprint(
          id,
          scheme,
          shingleSize,
          seed,
          MinHashSignature.wrap(scheme, values),
          shingleCount,
          sample,
          shingles,
          alignment);
    } catch (IOException e) {
      throw new IllegalArgumentException("corrupt fingerprint: truncated (" + e + ")", e);
    }
  }

  private static long[] readLongs(DataInputStream in, int limit) throws IOException {
    int n = in.readInt();
    Checks.checkArgument(n >= 0 && n <= limit / 8, "corrupt fingerprint: array length %d", n);
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = in.readLong();
    }
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f
        && f.id.equals(id)
        && f.scheme == scheme
        && f.shingleSize == shingleSize
        && f.seed == seed
        && f.shingleCount == shingleCount
        && f.signature.equals(signature)
        && Arrays.equals(f.sample, sample)
        && Arrays.equals(f.shingles, shingles)
        && Arrays.equals(f.alignment, alignment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, signature, shingleCount);
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
        + signature.length()
        + "]";
  }
}
