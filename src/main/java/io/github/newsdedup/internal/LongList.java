package io.github.newsdedup.internal;

import java.util.Arrays;

/** A growable list of primitive longs, to avoid boxing in hot paths. Not thread-safe. */
public final class LongList {
  private long[] values;
  private int size;

  /** Creates an empty list. */
  public LongList() {
    this(16);
  }

  /**
   * Creates an empty list with the given capacity.
   *
   * @param capacity initial capacity
   */
  public LongList(int capacity) {
    values = new long[Math.max(1, capacity)];
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

  /**
   * Appends all values of another list.
   *
   * @param other the list
   */
  public void addAll(LongList other) {
    if (size + other.size > values.length) {
      values = Arrays.copyOf(values, Math.max(size + other.size, size + (size >> 1)));
    }
    System.arraycopy(other.values, 0, values, size, other.size);
    size += other.size;
  }

  /** Returns the number of values. */
  public int size() {
    return size;
  }

  /**
   * Returns value {@code i}.
   *
   * @param i the index
   * @return the value
   */
  public long get(int i) {
    return values[i];
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
