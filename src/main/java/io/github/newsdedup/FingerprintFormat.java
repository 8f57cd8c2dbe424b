package io.github.newsdedup;

import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.minhash.HashScheme;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The one owner of the serialized fingerprint layout ({@link Fingerprint#toBytes()}). Format 1,
 * big-endian, no padding:
 *
 * <table>
 *   <caption>Fingerprint format 1</caption>
 *   <tr><th>bytes</th><th>field</th></tr>
 *   <tr><td>1</td><td>format version, {@value #FORMAT}</td></tr>
 *   <tr><td>4</td><td>{@link HashScheme#id()}</td></tr>
 *   <tr><td>4 + L</td><td>id: length L, then its UTF-8 bytes</td></tr>
 *   <tr><td>4</td><td>shingle size</td></tr>
 *   <tr><td>8</td><td>seed</td></tr>
 *   <tr><td>4</td><td>shingle count</td></tr>
 *   <tr><td>4 + 4 S</td><td>signature: length S, then S values</td></tr>
 *   <tr><td>4 + 8 N</td><td>containment sample: length N, then N sorted hashes</td></tr>
 *   <tr><td>4 + 8 M</td><td>shingle set: length M (0 when dropped), then M sorted hashes</td></tr>
 *   <tr><td>4 + 4 A</td><td>alignment sequence: length A (0 when dropped), then A hashes</td></tr>
 * </table>
 *
 * <p>A reader accepts exactly this format; a new layout is a new version, and readers refuse
 * versions they do not know with a message that says to recompute.
 */
final class FingerprintFormat {
  /** The format version this code writes and reads. */
  static final int FORMAT = 1;

  private FingerprintFormat() {}

  /** Returns the serialized form of {@code f}. */
  static byte[] write(Fingerprint f) {
    byte[] id = f.id().getBytes(StandardCharsets.UTF_8);
    int[] signature = f.signatureView();
    long[] sample = f.sampleView();
    long[] shingles = f.shinglesView();
    int[] alignment = f.alignmentView();
    int size =
        1
            + 4
            + 4
            + id.length
            + 4
            + 8
            + 4
            + 4
            + 4 * signature.length
            + 4
            + 8 * sample.length
            + 4
            + 8 * shingles.length
            + 4
            + 4 * alignment.length;
    ByteBuffer out = ByteBuffer.allocate(size); // big-endian
    out.put((byte) FORMAT);
    out.putInt(f.scheme().id());
    out.putInt(id.length);
    out.put(id);
    out.putInt(f.shingleSize());
    out.putLong(f.seed());
    out.putInt(f.shingleCount());
    out.putInt(signature.length);
    out.asIntBuffer().put(signature);
    out.position(out.position() + 4 * signature.length);
    putLongs(out, sample);
    putLongs(out, shingles);
    out.putInt(alignment.length);
    out.asIntBuffer().put(alignment);
    return out.array();
  }

  private static void putLongs(ByteBuffer out, long[] values) {
    out.putInt(values.length);
    out.asLongBuffer().put(values);
    out.position(out.position() + 8 * values.length);
  }

  /**
   * Reads a fingerprint from {@code bytes[offset, offset + length)}.
   *
   * @throws IllegalArgumentException if the bytes are truncated, corrupt, or of an unknown format
   *     or scheme
   */
  static Fingerprint read(byte[] bytes, int offset, int length) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    try {
      int format = in.get() & 0xFF;
      Checks.checkArgument(
          format == FORMAT,
          "unsupported fingerprint format %d (this version reads %d): recompute the fingerprint",
          format,
          FORMAT);
      HashScheme scheme = HashScheme.fromId(in.getInt());
      int idLength = in.getInt();
      Checks.checkArgument(
          idLength > 0 && idLength <= length, "corrupt fingerprint: id length %d", idLength);
      Checks.checkArgument(idLength <= in.remaining(), "corrupt fingerprint: truncated id");
      String id = new String(bytes, in.position(), idLength, StandardCharsets.UTF_8);
      in.position(in.position() + idLength);
      int shingleSize = in.getInt();
      long seed = in.getLong();
      int shingleCount = in.getInt();
      int signatureLength = in.getInt();
      Checks.checkArgument(
          signatureLength > 0 && signatureLength <= length / 4,
          "corrupt fingerprint: signature length %d",
          signatureLength);
      int[] signature = getInts(in, signatureLength);
      long[] sample = getLongs(in, length);
      long[] shingles = getLongs(in, length);
      int alignmentLength = in.getInt();
      Checks.checkArgument(
          alignmentLength >= 0 && alignmentLength <= length / 4,
          "corrupt fingerprint: alignment length %d",
          alignmentLength);
      int[] alignment = getInts(in, alignmentLength);
      Checks.checkArgument(
          in.remaining() == 0, "corrupt fingerprint: %d trailing bytes", in.remaining());
      return Fingerprint.create(
          id, scheme, shingleSize, seed, signature, shingleCount, sample, shingles, alignment);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("corrupt fingerprint: truncated (" + e + ")", e);
    }
  }

  private static int[] getInts(ByteBuffer in, int n) {
    if (4L * n > in.remaining()) {
      throw new BufferUnderflowException();
    }
    int[] values = new int[n];
    in.asIntBuffer().get(values);
    in.position(in.position() + 4 * n);
    return values;
  }

  private static long[] getLongs(ByteBuffer in, int limit) {
    int n = in.getInt();
    Checks.checkArgument(n >= 0 && n <= limit / 8, "corrupt fingerprint: array length %d", n);
    if (8L * n > in.remaining()) {
      throw new BufferUnderflowException();
    }
    long[] values = new long[n];
    in.asLongBuffer().get(values);
    in.position(in.position() + 8 * n);
    return values;
  }
}
