package io.github.newsdedup.store.lucene;

import io.github.newsdedup.shingle.ShingleHashing;
import java.util.ArrayList;
import java.util.List;

/**
 * A Bloom filter over the band keys and sample hashes of the articles added since the index was
 * opened, so that an add looks a key up in the segments written since then only when some article
 * may hold it: nearly every key of a new article is held by none, and one probe here replaces a
 * probe of every segment's own filter (a cache miss each; they were most of an add's search).
 *
 * <p>Grows without rehashing: when the newest part is full, a part of twice the capacity is
 * started, and lookups probe every part. About 8 bits a key, 4 probes (about 2 % false positives,
 * which cost only a lookup). No false negatives. Its memory grows with the adds of a session (about
 * 100 bytes an article), so past {@link #DEFAULT_MAX_KEYS} keys it gives up: the memory is released
 * and every lookup answers "may hold", which is correct and only slower (segments are then searched
 * through their own filters). Not thread-safe: guarded by the index's lock.
 */
final class KeyFilter {
  private static final int FIRST_CAPACITY = 1 << 22;
  private static final int BITS_PER_KEY = 8;
  private static final int PROBES = 4;
  private static final long SAMPLE_SALT = 0x9E3779B97F4A7C15L;

  /** Keys after which the filter gives up: 2^28 keys, 256 MB (about 2.5 M articles a session). */
  static final long DEFAULT_MAX_KEYS = 1L << 28;

  private final List<long[]> parts = new ArrayList<>();
  private final long maxKeys;
  private long[] current;
  private long capacity;
  private long count;
  private long total;
  private boolean saturated;

  KeyFilter() {
    this(DEFAULT_MAX_KEYS);
  }

  KeyFilter(long maxKeys) {
    this.maxKeys = maxKeys;
    startPart(Math.min(FIRST_CAPACITY, Math.max(64, Long.highestOneBit(maxKeys))));
  }

  /** Whether the filter has given up (too many keys): every lookup then answers true. */
  boolean saturated() {
    return saturated;
  }

  private void startPart(long keys) {
    capacity = keys;
    count = 0;
    current = new long[(int) (keys * BITS_PER_KEY / 64)];
    parts.add(current);
  }

  void addBand(long key) {
    add(ShingleHashing.fmix64(key));
  }

  void addSample(long hash) {
    add(ShingleHashing.fmix64(hash ^ SAMPLE_SALT));
  }

  boolean mightHoldBand(long key) {
    return mightHold(ShingleHashing.fmix64(key));
  }

  boolean mightHoldSample(long hash) {
    return mightHold(ShingleHashing.fmix64(hash ^ SAMPLE_SALT));
  }

  private void add(long h) {
    if (saturated) {
      return;
    }
    if (++total > maxKeys) {
      saturated = true;
      parts.clear();
      current = null;
      return;
    }
    if (count >= capacity) {
      startPart(Math.min(capacity * 2, 1L << 28)); // parts of at most 256 MB
    }
    set(current, h);
    count++;
  }

  private boolean mightHold(long h) {
    if (saturated) {
      return true;
    }
    for (int i = parts.size() - 1; i >= 0; i--) {
      if (holds(parts.get(i), h)) {
        return true;
      }
    }
    return false;
  }

  private static void set(long[] bits, long h) {
    long mask = (long) bits.length * 64 - 1;
    int h1 = (int) h;
    int h2 = (int) (h >>> 32) | 1;
    for (int i = 0; i < PROBES; i++) {
      long bit = (h1 + (long) i * h2) & mask;
      bits[(int) (bit >>> 6)] |= 1L << bit;
    }
  }

  private static boolean holds(long[] bits, long h) {
    long mask = (long) bits.length * 64 - 1;
    int h1 = (int) h;
    int h2 = (int) (h >>> 32) | 1;
    for (int i = 0; i < PROBES; i++) {
      long bit = (h1 + (long) i * h2) & mask;
      if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }
}
