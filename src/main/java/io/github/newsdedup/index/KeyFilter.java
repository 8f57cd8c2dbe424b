package io.github.newsdedup.index;

import io.github.newsdedup.internal.Hashes;
import java.util.ArrayList;
import java.util.List;

/**
 * A Bloom filter over the band keys and sample hashes of the articles added since the index was
 * opened, so that an add looks a key up in the segments written since then only when some article
 * may hold it: nearly every key of a new article is held by none, and one probe here replaces a
 * probe of every segment's own filter (a cache miss each; they were most of an add's search).
 *
 * <p>Grows without rehashing: when the newest part is full, a part of twice the capacity is
 * started, and lookups probe every part. About 10 bits a key; a key's 4 bits lie in one 64-bit word
 * of a part, so a lookup costs one cache miss a part rather than up to four (measured, the probes
 * were a tenth of an add's CPU at 1,000,000 articles), at about 1.8 % false positives (which cost
 * only a lookup). No false negatives. Its memory grows with the adds of a session (about 125 bytes
 * an article), so past {@link #DEFAULT_MAX_KEYS} keys it gives up: the memory is released and every
 * lookup answers "may hold", which is correct and only slower (segments are then searched through
 * their own filters). Not thread-safe: guarded by the index's lock.
 */
final class KeyFilter {
  private static final int FIRST_CAPACITY = 1 << 22;
  private static final int BITS_PER_KEY = 10;
  private static final long SAMPLE_SALT = 0x9E3779B97F4A7C15L;

  /**
   * Keys after which the filter gives up: 2^28 keys, at most 320 MB (about 2.5 M articles a
   * session).
   */
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
    add(Hashes.fmix64(key));
  }

  void addSample(long hash) {
    add(Hashes.fmix64(hash ^ SAMPLE_SALT));
  }

  boolean mightHoldBand(long key) {
    return mightHold(Hashes.fmix64(key));
  }

  boolean mightHoldSample(long hash) {
    return mightHold(Hashes.fmix64(hash ^ SAMPLE_SALT));
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
      // Twice the capacity, but never past maxKeys in all: at most 10 bits for each key allowed.
      startPart(Math.max(64, Math.min(capacity * 2, maxKeys - total + 1)));
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

  private static void set(long[] words, long h) {
    words[word(words, h)] |= bits(h);
  }

  private static boolean holds(long[] words, long h) {
    long b = bits(h);
    return (words[word(words, h)] & b) == b;
  }

  /** The word of {@code h}: its high 32 bits scaled to the part's length (no division). */
  private static int word(long[] words, long h) {
    return (int) (((h >>> 32) * words.length) >>> 32);
  }

  /** Four bits of a word, chosen by the low 24 bits of the hash. */
  private static long bits(long h) {
    return (1L << h) | (1L << (h >>> 6)) | (1L << (h >>> 12)) | (1L << (h >>> 18));
  }
}
