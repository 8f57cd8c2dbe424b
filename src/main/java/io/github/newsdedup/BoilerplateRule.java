package io.github.newsdedup;

import io.github.newsdedup.internal.shingle.TokenizedText;
import java.util.Arrays;

/**
 * The batch boilerplate rule: a sentence of at least {@value #MIN_SENTENCE_WORDS} words that occurs
 * in articles of at least {@code minGroups} different groups is a site's template (cookie and
 * newsletter lines, footers, stock comment phrases), not article text. Copies of one article share
 * their sentences within one group, so sentences of the article itself are never removed by copies
 * alone. Immutable and thread-safe.
 */
final class BoilerplateRule {
  /** Sentences shorter than this (in words) never count as boilerplate. */
  static final int MIN_SENTENCE_WORDS = 4;

  private final long seed;
  private final long groupMask;
  private final long[] keys;

  private BoilerplateRule(long seed, long groupMask, long[] keys) {
    this.seed = seed;
    this.groupMask = groupMask;
    this.keys = keys;
  }

  /**
   * Finds the boilerplate sentences of a batch.
   *
   * @param texts each article's tokenized text
   * @param rep each article's group, as the index of its representative
   * @param minGroups distinct groups a sentence must occur in, at least 2
   * @param seed the hash seed
   * @return the rule; {@link #isEmpty()} when no sentence qualifies
   */
  static BoilerplateRule find(TokenizedText[] texts, int[] rep, int minGroups, long seed) {
    int n = texts.length;
    int groupBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    long groupMask = (1L << groupBits) - 1;
    int total = 0;
    for (TokenizedText t : texts) {
      total += t.sentenceCount();
    }
    // (sentence hash bits, group) entries; runs of one hash with enough distinct groups qualify.
    long[] entries = new long[total];
    int m = 0;
    for (int i = 0; i < n; i++) {
      TokenizedText t = texts[i];
      for (int s = 0; s < t.sentenceCount(); s++) {
        if (t.sentenceEnd(s) - t.sentenceStart(s) >= MIN_SENTENCE_WORDS) {
          entries[m++] = (t.sentenceHash(s, seed) & ~groupMask) | rep[i];
        }
      }
    }
    Arrays.sort(entries, 0, m);
    long[] boilerplate = new long[m];
    int b = 0;
    int start = 0;
    while (start < m) {
      long key = entries[start] & ~groupMask;
      int distinct = 1;
      int end = start + 1;
      while (end < m && (entries[end] & ~groupMask) == key) {
        if (entries[end] != entries[end - 1]) {
          distinct++;
        }
        end++;
      }
      if (distinct >= minGroups) {
        boilerplate[b++] = key;
      }
      start = end;
    }
    return new BoilerplateRule(seed, groupMask, Arrays.copyOf(boilerplate, b));
  }

  /** Returns whether no sentence of the batch is boilerplate. */
  boolean isEmpty() {
    return keys.length == 0;
  }

  /**
   * Returns which sentences of {@code text} are boilerplate, or {@code null} when none is.
   *
   * @param text a tokenized text of the batch
   * @return a flag per sentence, or {@code null}
   */
  boolean[] boilerplateSentences(TokenizedText text) {
    boolean[] drop = new boolean[text.sentenceCount()];
    boolean any = false;
    for (int s = 0; s < drop.length; s++) {
      if (text.sentenceEnd(s) - text.sentenceStart(s) >= MIN_SENTENCE_WORDS
          && Arrays.binarySearch(keys, text.sentenceHash(s, seed) & ~groupMask) >= 0) {
        drop[s] = true;
        any = true;
      }
    }
    return any ? drop : null;
  }
}
