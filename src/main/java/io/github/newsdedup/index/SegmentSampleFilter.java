package io.github.newsdedup.index;

import io.github.newsdedup.internal.Hashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PointValues;

/**
 * An in-memory Bloom filter over the sample hashes of one segment, built once per segment core from
 * its sample points: nearly every sample lookup is for a hash the segment does not hold, and one
 * probe here (one cache line) replaces a walk down the segment's points tree (points have no
 * Bloom filter of their own, as the band terms have through {@link IndexCodec}). No false
 * negatives, a few per cent false positives (which cost only a lookup); 8 to 16 bits a hash.
 *
 * <p>Thread-safe: the filters are built at most once per segment and immutable afterwards.
 */
final class SegmentSampleFilter {
  private static final long SALT = 0xC2B2AE3D27D4EB4FL;
  private static final Map<IndexReader.CacheKey, SegmentSampleFilter> CACHE =
      new ConcurrentHashMap<>();

  private final long[] words;
  private final int mask;

  private SegmentSampleFilter(long points) {
    long bits = Math.max(64, Long.highestOneBit(Math.max(1, points * 8 - 1)) << 1);
    words = new long[(int) Math.min(1 << 27, bits >>> 6)];
    mask = words.length - 1;
  }

  /** The filter of {@code leaf}'s sample points, built on first use; null if it has none. */
  static SegmentSampleFilter of(LeafReader leaf, String field) throws IOException {
    PointValues points = leaf.getPointValues(field);
    if (points == null) {
      return null;
    }
    IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
    if (helper == null) {
      return build(points);
    }
    IndexReader.CacheKey key = helper.getKey();
    SegmentSampleFilter f = CACHE.get(key);
    if (f != null) {
      return f;
    }
    try {
      f =
          CACHE.computeIfAbsent(
              key,
              k -> {
                try {
                  helper.addClosedListener(CACHE::remove);
                  return build(points);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return f;
  }

  private static SegmentSampleFilter build(PointValues points) throws IOException {
    SegmentSampleFilter f = new SegmentSampleFilter(points.size());
    points.intersect(
        new PointValues.IntersectVisitor() {
          @Override
          public void visit(int docID) {
            throw new IllegalStateException("every cell is visited value by value");
          }

          @Override
          public void visit(int docID, byte[] packedValue) {
            f.add(LongPoint.decodeDimension(packedValue, 0));
          }

          @Override
          public PointValues.Relation compare(byte[] min, byte[] max) {
            return PointValues.Relation.CELL_CROSSES_QUERY;
          }
        });
    return f;
  }

  private void add(long hash) {
    long h = Hashes.fmix64(hash ^ SALT);
    words[(int) h & mask] |= bits(h);
  }

  /** Whether the segment may hold {@code hash}; false means it certainly does not. */
  boolean mightHold(long hash) {
    long h = Hashes.fmix64(hash ^ SALT);
    long b = bits(h);
    return (words[(int) h & mask] & b) == b;
  }

  /** Four bits of a 64-bit word, chosen by the high bits of the hash. */
  private static long bits(long h) {
    return (1L << (h >>> 40)) | (1L << (h >>> 46)) | (1L << (h >>> 52)) | (1L << (h >>> 58));
  }
}
