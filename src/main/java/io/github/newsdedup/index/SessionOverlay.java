package io.github.newsdedup.index;

import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.internal.lsh.ContainmentRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What this session added that the index's reader does not show yet: the articles entered since the
 * last reader refresh, with in-memory maps from band key and sample hash to them, so that a reader
 * need not be reopened after every add; and a {@link KeyFilter} of every key added since the index
 * was opened, which tells the keys not worth looking up in this session's segments.
 *
 * <p>Not thread-safe: guarded by the index's lock, except {@link #size()}.
 */
final class SessionOverlay {
  private final Map<String, PreparedArticle> byId = new HashMap<>();
  private final List<PreparedArticle> entries = new ArrayList<>();
  private final LongMultimap bands = new LongMultimap();
  private final LongMultimap samples = new LongMultimap();
  private final KeyFilter keyFilter = new KeyFilter();
  private volatile int size; // byId.size(), readable without the lock

  /** Returns the entry of {@code id}, or {@code null}. */
  PreparedArticle get(String id) {
    return byId.get(id);
  }

  /** Returns whether {@code id} has an entry. */
  boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** Returns the number of entries; readable without the lock, for deciding to refresh. */
  int size() {
    return size;
  }

  /** Returns whether there are no entries. */
  boolean isEmpty() {
    return byId.isEmpty();
  }

  /** Returns the position the next entry will get; a search may start there. */
  int end() {
    return entries.size();
  }

  /** Adds {@code p}'s keys to the session's key filter. */
  void addKeys(PreparedArticle p) {
    for (long k : p.bandKeys) {
      keyFilter.addBand(k);
    }
    for (long h : p.sample) {
      keyFilter.addSample(h);
    }
  }

  /** Enters {@code p}, superseding an earlier entry of its id. */
  void enter(PreparedArticle p) {
    byId.put(p.id(), p);
    size = byId.size();
    int position = entries.size();
    entries.add(p);
    for (long k : p.bandKeys) {
      bands.put(k, position);
    }
    for (long h : p.sample) {
      samples.put(h, position);
    }
  }

  /** Removes {@code p} unless a later entry superseded it (its document could not be written). */
  void removeIfCurrent(PreparedArticle p) {
    if (byId.get(p.id()) == p) {
      byId.remove(p.id());
      size = byId.size();
    }
  }

  /** Forgets the entries (the reader shows them now); the key filter stays. */
  void clear() {
    byId.clear();
    size = 0;
    entries.clear();
    bands.clear();
    samples.clear();
  }

  /** Returns how many entries hold sample hash {@code hash}. */
  int sampleFrequency(long hash) {
    return samples.count(hash);
  }

  /** Returns the hints of {@code p} for the key filter as it is now. */
  KeyHints hints(PreparedArticle p) {
    boolean[] band = new boolean[p.bandKeys.length];
    for (int i = 0; i < band.length; i++) {
      band[i] = keyFilter.mightHoldBand(p.bandKeys[i]);
    }
    boolean[] sample = new boolean[p.sample.length];
    for (int i = 0; i < sample.length; i++) {
      sample[i] = keyFilter.mightHoldSample(p.sample[i]);
    }
    return new KeyHints(band, sample);
  }

  /**
   * Finds and verifies the matches of {@code p} among the current entries at or after position
   * {@code from}: band-key collisions, and containment candidates by {@code rule} counted over
   * sample hashes held by at most {@code rule.maxFrequency() - 1} entries.
   */
  void search(
      PreparedArticle p,
      int from,
      KeyHints hints,
      ContainmentRule rule,
      NearDuplicateDetector detector,
      List<FoundMatch> found) {
    if (entries.size() <= from) {
      return;
    }
    Set<PreparedArticle> candidates = new HashSet<>();
    for (int b = 0; b < p.bandKeys.length; b++) {
      if (!hints.band()[b]) {
        continue; // in no entry
      }
      bands.forEach(
          p.bandKeys[b],
          i -> {
            if (i >= from) {
              candidates.add(entries.get(i));
            }
          });
    }
    Map<PreparedArticle, Integer> shared = new HashMap<>();
    for (int t = 0; t < p.sample.length; t++) {
      long h = p.sample[t];
      if (hints.sample()[t] && samples.count(h) + 1 <= rule.maxFrequency()) {
        samples.forEach(
            h,
            i -> {
              if (i >= from) {
                shared.merge(entries.get(i), 1, Integer::sum);
              }
            });
      }
    }
    for (Map.Entry<PreparedArticle, Integer> e : shared.entrySet()) {
      PreparedArticle o = e.getKey();
      if (rule.isCandidate(
          p.shingleCount, p.sample.length, o.shingleCount, o.sample.length, e.getValue())) {
        candidates.add(o);
      }
    }
    for (PreparedArticle o : candidates) {
      if (o.id().equals(p.id()) || byId.get(o.id()) != o) {
        continue;
      }
      Fingerprint f = o.fingerprint;
      Optional<Match> m = detector.verify(p.fingerprint, f);
      m.ifPresent(match -> found.add(new FoundMatch(f, o.title, o.source, match, o)));
    }
  }
}
