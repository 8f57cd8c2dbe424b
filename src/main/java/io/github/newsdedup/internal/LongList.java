package io.github.newsdedup.internal;

import java.util.Arrays;

/** A growable list of primitive longs, to avoid boxing in hot paths. Not thread-safe. */
public final class LongList {
  private long[] values;
  private int size;

  /** Creates an empty list. */
  public LongList() {
    values = new long[16];
  }

  /**
   * Appends a value.
   *
   * @param v the value
   */
  public void add(long v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.max(16, size + (size >> 1)));
    }
    values[size++] = v;
  }

  /** Returns the values sorted ascending without duplicates, as a new array. */
  public long[] toSortedDistinctArray() {
    long[] a = Arrays.copyOf(values, size);
    Arrays.sort(a);
    int w = 0;
    for (int i = 0; i < a.length; i++) {
      if (i == 0 || a[i] != a[i - 1]) {
        a[w++] = a[i];
      }
    }
    return w == a.length ? a : Arrays.copyOf(a, w);
  }
}
