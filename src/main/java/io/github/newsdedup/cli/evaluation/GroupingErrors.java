package io.github.newsdedup.cli.evaluation;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.Similarity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lists the errors of a grouping against true labels so that a person can see why they happened.
 * Stateless.
 */
public final class GroupingErrors {
  private GroupingErrors() {}

  /**
   * Returns the verified matches that joined articles of different true groups, highest score first
   * (then by ids). Every false merge in a star group shows up here: a wrongly grouped member has a
   * wrong match with the representative.
   *
   * @param groups the predicted groups with their matches
   * @param truth the true group of every article
   * @return the false merges
   * @throws IllegalArgumentException if a matched id has no true label
   */
  public static List<PairError> falseMerges(
      Collection<DuplicateGroup> groups, Map<String, String> truth) {
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(truth, "truth");
    List<PairError> errors = new ArrayList<>();
    for (DuplicateGroup g : groups) {
      for (Match m : g.matches()) {
        String ta = label(truth, m.a());
        String tb = label(truth, m.b());
        if (!ta.equals(tb)) {
          errors.add(
              new PairError(
                  PairError.Kind.FALSE_MERGE,
                  m.a(),
                  m.b(),
                  ta,
                  tb,
                  m.similarity(),
                  Optional.of(m.rule()),
                  m.score()));
        }
      }
    }
    errors.sort(
        Comparator.comparingDouble(PairError::score)
            .reversed()
            .thenComparing(PairError::a)
            .thenComparing(PairError::b));
    return List.copyOf(errors);
  }

  /**
   * Returns the pairs of articles of one true group that the prediction put in different groups,
   * with their exact similarity, lowest score (the larger of Jaccard and containment) first, then
   * by ids. Each article involved is fingerprinted once.
   *
   * @param articles the articles by id
   * @param truth the true group of every article
   * @param predicted the predicted group of every article
   * @param detector computes fingerprints and their exact similarity
   * @return the missed pairs
   * @throws IllegalArgumentException if a labelled id has no article or no predicted label
   */
  public static List<PairError> missedPairs(
      Map<String, Article> articles,
      Map<String, String> truth,
      Map<String, String> predicted,
      NearDuplicateDetector detector) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(detector, "detector");
    // True group -> predicted group -> members, all sorted for a deterministic order.
    Map<String, Map<String, List<String>>> parts = new TreeMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(truth).entrySet()) {
      parts
          .computeIfAbsent(e.getValue(), k -> new TreeMap<>())
          .computeIfAbsent(label(predicted, e.getKey()), k -> new ArrayList<>())
          .add(e.getKey());
    }
    Map<String, Fingerprint> fingerprints = new HashMap<>();
    List<PairError> errors = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<String>>> group : parts.entrySet()) {
      List<List<String>> split = new ArrayList<>(group.getValue().values());
      for (int i = 0; i < split.size(); i++) {
        for (int j = i + 1; j < split.size(); j++) {
          for (String a : split.get(i)) {
            for (String b : split.get(j)) {
              Similarity s =
                  detector.similarity(
                      fingerprint(a, articles, fingerprints, detector),
                      fingerprint(b, articles, fingerprints, detector));
              String first = a.compareTo(b) < 0 ? a : b;
              String second = first.equals(a) ? b : a;
              errors.add(
                  new PairError(
                      PairError.Kind.MISSED,
                      first,
                      second,
                      group.getKey(),
                      group.getKey(),
                      s,
                      Optional.empty(),
                      Math.max(s.jaccard(), s.containment())));
            }
          }
        }
      }
    }
    errors.sort(
        Comparator.comparingDouble(PairError::score)
            .thenComparing(PairError::a)
            .thenComparing(PairError::b));
    return List.copyOf(errors);
  }

  private static Fingerprint fingerprint(
      String id,
      Map<String, Article> articles,
      Map<String, Fingerprint> cache,
      NearDuplicateDetector detector) {
    Fingerprint f = cache.get(id);
    if (f == null) {
      Article article = articles.get(id);
      if (article == null) {
        throw new IllegalArgumentException("no article with id " + id);
      }
      f = detector.fingerprint(article);
      cache.put(id, f);
    }
    return f;
  }

  private static String label(Map<String, String> labels, String id) {
    String label = labels.get(id);
    if (label == null) {
      throw new IllegalArgumentException("id " + id + " has no label");
    }
    return label;
  }
}
