package io.github.newsdedup.index;

import io.github.newsdedup.Article;
import io.github.newsdedup.Fingerprint;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * An article fingerprinted and ready to be matched and stored, without its body (the overlay holds
 * thousands of these). Made without a lock; the fields after {@link #added} are set by the index
 * as the add proceeds, under its lock.
 */
final class PreparedArticle {
  final String id;
  final String title;
  final String source;
  final Instant published; // null if none
  final Fingerprint fingerprint;
  final long[] bandKeys; // unsigned ascending
  final long[] sample; // unsigned ascending
  final int shingleCount;
  final long added;
  byte[] bytes; // the serialized fingerprint of an add, made in parallel; null once written

  boolean replaced; // whether the id was stored already
  long sequence; // the add's sequence number

  // Set by the pre-search: the matches found before the write lock, and what they covered.
  List<FoundMatch> preFound;
  long preGeneration = -1;
  int preOverlayEnd;

  PreparedArticle(Article article, Fingerprint fingerprint, long[] bandKeys, long added) {
    this.id = article.id();
    this.title = article.title();
    this.source = article.source();
    this.published = article.published().orElse(null);
    this.fingerprint = fingerprint;
    // In term order (unsigned big-endian), so that consecutive seeks share term-index frames.
    this.bandKeys = sortedUnsigned(bandKeys);
    this.sample = sortedUnsigned(fingerprint.sample());
    this.shingleCount = fingerprint.shingleCount();
    this.added = added;
  }

  String id() {
    return id;
  }

  private static long[] sortedUnsigned(long[] values) {
    long[] v = values.clone();
    for (int i = 0; i < v.length; i++) {
      v[i] ^= Long.MIN_VALUE;
    }
    Arrays.sort(v);
    for (int i = 0; i < v.length; i++) {
      v[i] ^= Long.MIN_VALUE;
    }
    return v;
  }
}
