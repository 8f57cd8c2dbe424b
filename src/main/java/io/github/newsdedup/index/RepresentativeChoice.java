package io.github.newsdedup.index;

import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.internal.grouping.StarGrouping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns an article's verified matches into its {@link IndexResult}: orders the matches (best score
 * first, then id) and picks the representative by the batch's star rule ({@link StarGrouping}) on
 * the neighbourhood of the article and its matches, so that the index names the representative the
 * batch grouping would name for the same articles, as far as the neighbourhood shows it.
 */
final class RepresentativeChoice {
  /**
   * Matches beyond this many are not verified among themselves (only with the article): those
   * verifications grow with the square of the matches.
   */
  static final int MAX_PAIRWISE = 64;

  private RepresentativeChoice() {}

  /**
   * Returns the result of adding or matching {@code p}.
   *
   * @param detector verifies the pairs among the matches
   * @param p the article
   * @param found its verified matches; sorted in place
   * @param replaced whether {@code p}'s id was stored already
   * @return the result
   */
  static IndexResult result(
      NearDuplicateDetector detector, PreparedArticle p, List<FoundMatch> found, boolean replaced) {
    found.sort(
        Comparator.comparingDouble((FoundMatch x) -> -x.match().score())
            .thenComparing(x -> x.fingerprint().id()));
    int n = found.size() + 1;
    String[] ids = new String[n];
    int[] counts = new int[n];
    ids[0] = p.id();
    counts[0] = p.shingleCount;
    for (int i = 1; i < n; i++) {
      Fingerprint f = found.get(i - 1).fingerprint();
      ids[i] = f.id();
      counts[i] = f.shingleCount();
    }
    int[] rep = StarGrouping.representatives(ids, counts, pairs(detector, found));
    String representative = ids[rep[0]];
    List<IndexMatch> matches = new ArrayList<>(found.size());
    for (FoundMatch x : found) {
      Match m = x.match();
      String id = x.fingerprint().id();
      matches.add(
          new IndexMatch(
              id,
              x.title(),
              x.source(),
              m.similarity(),
              m.rule(),
              m.score(),
              id.equals(representative)));
    }
    return new IndexResult(p.id(), matches, representative, replaced);
  }

  /**
   * The verified pairs of the neighbourhood, article 0 being {@code p} and article {@code i} the
   * match {@code i - 1}: {@code p} with each match, and the matches among themselves.
   */
  private static long[] pairs(NearDuplicateDetector detector, List<FoundMatch> found) {
    int n = found.size() + 1;
    List<Long> pairs = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      pairs.add((long) i); // (0, i)
    }
    if (found.size() > 1 && found.size() <= MAX_PAIRWISE) {
      for (int i = 1; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (detector
              .verify(found.get(i - 1).fingerprint(), found.get(j - 1).fingerprint())
              .isPresent()) {
            pairs.add(((long) i << 32) | j);
          }
        }
      }
    }
    return pairs.stream().mapToLong(Long::longValue).toArray();
  }
}
