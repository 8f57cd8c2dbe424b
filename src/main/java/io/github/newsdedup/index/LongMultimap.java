package io.github.newsdedup.index;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A map from long keys to lists of int values without boxing: open addressing over the keys, each
 * key heading a linked list of entries. Only grows; {@link #clear()} empties it. Not thread-safe.
 */
final class LongMultimap {
  private static final int NONE = -1;

  private long[] keys;
  private int[] heads; // entry index of the newest value of each slot's key, NONE if empty
  private int[] counts; // values per slot
  private int used;
  private int[] values = new int[64];
  private int[] next = new int[64];
  private int size;

  LongMultimap() {
    allocate(1024);
  }

  private void allocate(int slots) {
    keys = new long[slots];
    heads = new int[slots];
    counts = new int[slots];
    Arrays.fill(heads, NONE);
    used = 0;
  }

  /** Adds {@code value} under {@code key}. */
  void put(long key, int value) {
    if ((used + 1) * 2 > keys.length) {
      grow();
    }
    int slot = slot(key);
    if (heads[slot] == NONE) {
      keys[slot] = key;
      used++;
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      next = Arrays.copyOf(next, size * 2);
    }
    values[size] = value;
    next[size] = heads[slot];
    heads[slot] = size;
    counts[slot]++;
    size++;
  }

  /** Returns the number of values under {@code key}. */
  int count(long key) {
    int slot = slot(key);
    return heads[slot] == NONE ? 0 : counts[slot];
  }

  /** Calls {@code action} with every value under {@code key}, newest first. */
  void forEach(long key, IntConsumer action) {
    int slot = slot(key);
    for (int e = heads[slot]; e != NONE; e = next[e]) {
      action.accept(values[e]);
    }
  }

  /** Removes every key and value, keeping the capacity. */
  void clear() {
    Arrays.fill(heads, NONE);
    Arrays.fill(counts, 0);
    used = 0;
    size = 0;
  }

  /** The slot holding {@code key}, or the empty slot where it would go. */
  private int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) mix(key) & mask;
    while (heads[i] != NONE && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    int[] oldCounts = counts;
    allocate(oldKeys.length * 2);
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldHeads[s] != NONE) {
        int slot = slot(oldKeys[s]);
        keys[slot] = oldKeys[s];
        heads[slot] = oldHeads[s];
        counts[slot] = oldCounts[s];
        used++;
      }
    }
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }
}
