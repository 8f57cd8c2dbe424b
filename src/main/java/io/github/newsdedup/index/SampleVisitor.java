package io.github.newsdedup.index;

import java.util.Arrays;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.util.Bits;

/**
 * Collects, in one pass over a segment's sample points, the documents holding each of the query
 * sample hashes (sorted, so that a cell of the points tree is entered only when it may hold one),
 * and how many documents hold each, deleted ones included, as a term's document frequency would.
 */
final class SampleVisitor implements PointValues.IntersectVisitor {
  private final long[] values; // the query hashes looked up, ascending
  private final int[] positions; // their positions in the sample
  private final int size;
  private final int sampleSize;
  private long[] hits = new long[64]; // (index in values << 32) | doc
  private int hitCount;

  /**
   * Looks up the hashes of {@code sample} that {@code maybe} (if not null) and {@code filter} (if
   * not null) may hold.
   *
   * @param sample the query's sample, unsigned ascending
   * @param order the positions of {@code sample} in point order ({@link #pointOrder})
   * @param maybe per position, whether to look the hash up; null for all
   * @param filter the segment's sample filter, or null
   */
  SampleVisitor(long[] sample, int[] order, boolean[] maybe, SegmentSampleFilter filter) {
    sampleSize = sample.length;
    values = new long[sampleSize];
    positions = new int[sampleSize];
    int n = 0;
    for (int t : order) {
      if ((maybe == null || maybe[t]) && (filter == null || filter.mightHold(sample[t]))) {
        values[n] = sample[t];
        positions[n++] = t;
      }
    }
    size = n;
  }

  /** Returns the positions of {@code sample} (unsigned ascending) in signed, point order. */
  static int[] pointOrder(long[] sample) {
    // The sample is in unsigned order: the non-negative values, then the negative ones.
    int n = sample.length;
    int firstNegative = 0;
    while (firstNegative < n && sample[firstNegative] >= 0) {
      firstNegative++;
    }
    int[] order = new int[n];
    int j = 0;
    for (int t = firstNegative; t < n; t++) {
      order[j++] = t;
    }
    for (int t = 0; t < firstNegative; t++) {
      order[j++] = t;
    }
    return order;
  }

  /** Returns how many hashes are looked up; with none, the segment need not be visited. */
  int size() {
    return size;
  }

  @Override
  public PointValues.Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
    long min = LongPoint.decodeDimension(minPackedValue, 0);
    long max = LongPoint.decodeDimension(maxPackedValue, 0);
    int i = Arrays.binarySearch(values, 0, size, min);
    if (i >= 0) {
      return PointValues.Relation.CELL_CROSSES_QUERY;
    }
    i = -i - 1;
    return i < size && values[i] <= max
        ? PointValues.Relation.CELL_CROSSES_QUERY
        : PointValues.Relation.CELL_OUTSIDE_QUERY;
  }

  @Override
  public void visit(int docID) {
    throw new IllegalStateException("a sample cell is never inside the query");
  }

  @Override
  public void visit(int docID, byte[] packedValue) {
    int i = Arrays.binarySearch(values, 0, size, LongPoint.decodeDimension(packedValue, 0));
    if (i >= 0) {
      if (hitCount == hits.length) {
        hits = Arrays.copyOf(hits, hitCount * 2);
      }
      hits[hitCount++] = ((long) i << 32) | docID;
    }
  }

  /**
   * Adds each hash's document count to {@code frequency} (by sample position) and returns, by
   * sample position, the live documents holding each hash still within {@code maxFrequency}.
   */
  int[][] docs(long[] frequency, Bits live, int maxFrequency) {
    int[] counts = new int[size];
    for (int h = 0; h < hitCount; h++) {
      counts[(int) (hits[h] >>> 32)]++;
    }
    int[][] docs = new int[sampleSize][];
    int[] filled = new int[size];
    for (int i = 0; i < size; i++) {
      int t = positions[i];
      frequency[t] += counts[i];
      if (counts[i] > 0 && frequency[t] + 1 <= maxFrequency) {
        docs[t] = new int[counts[i]];
      }
    }
    for (int h = 0; h < hitCount; h++) {
      int i = (int) (hits[h] >>> 32);
      int d = (int) hits[h];
      int[] into = docs[positions[i]];
      if (into != null && (live == null || live.get(d))) {
        into[filled[i]++] = d;
      }
    }
    for (int i = 0; i < size; i++) {
      int t = positions[i];
      if (docs[t] != null && filled[i] < docs[t].length) {
        docs[t] = Arrays.copyOf(docs[t], filled[i]);
      }
    }
    return docs;
  }
}
