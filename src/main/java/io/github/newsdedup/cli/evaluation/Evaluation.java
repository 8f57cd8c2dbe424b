package io.github.newsdedup.cli.evaluation;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One evaluation run: groups a labelled corpus with one detector and scores the groups against the
 * labels.
 *
 * @param groups the predicted groups
 * @param predicted the predicted group of each article, as {@link LabelFiles#fromGroups} gives it
 * @param metrics the clustering metrics
 * @param recalls copy-source recall overall, per tier and per transform (empty without variants)
 * @param merged hard negatives merged (empty without a hard-negatives file)
 * @param falseMerges wrong matches, highest score first (empty unless errors were asked for)
 * @param missed missed pairs, lowest similarity first (empty unless errors were asked for)
 * @param missedCopies missed pairs that are labelled (copy, source) pairs, nearest misses first
 * @param groupSeconds the time grouping took
 */
public record Evaluation(
    List<DuplicateGroup> groups,
    Map<String, String> predicted,
    ClusteringMetrics metrics,
    List<PairRecall> recalls,
    Optional<PairRecall> merged,
    List<PairError> falseMerges,
    List<PairError> missed,
    List<PairError> missedCopies,
    double groupSeconds) {

  /**
   * Groups {@code articles} with {@code detector} and scores the result.
   *
   * @param articles the corpus, every article labelled in {@code truth}
   * @param truth the true group of each article
   * @param pairs labelled pairs present in the corpus
   * @param withErrors whether to list false merges, missed pairs and missed copies (costs a second
   *     fingerprinting of the articles in missed pairs)
   * @param progress receives grouping progress
   */
  public static Evaluation run(
      NearDuplicateDetector detector,
      List<Article> articles,
      Map<String, String> truth,
      LabelledPairs pairs,
      boolean withErrors,
      ProgressListener progress) {
    long start = System.nanoTime();
    List<DuplicateGroup> groups = detector.group(articles, progress);
    double groupSeconds = (System.nanoTime() - start) / 1e9;
    Map<String, String> predicted = LabelFiles.fromGroups(groups);
    ClusteringMetrics metrics = ClusteringMetrics.of(truth, predicted);
    List<PairRecall> recalls =
        pairs.variants().isEmpty() ? List.of() : PairRecall.ofVariants(pairs.variants(), predicted);
    Optional<PairRecall> merged =
        pairs.hardNegativesGiven()
            ? Optional.of(PairRecall.of("hard negatives", pairs.hardNegatives(), predicted))
            : Optional.empty();
    List<PairError> falseMerges = List.of();
    List<PairError> missed = List.of();
    List<PairError> missedCopies = List.of();
    if (withErrors) {
      Map<String, Article> byId = new LinkedHashMap<>();
      for (Article a : articles) {
        byId.put(a.id(), a);
      }
      falseMerges = GroupingErrors.falseMerges(groups, truth);
      missed = GroupingErrors.missedPairs(byId, truth, predicted, detector);
      missedCopies = missedCopies(missed, pairs.variants());
    }
    return new Evaluation(
        groups,
        predicted,
        metrics,
        recalls,
        merged,
        falseMerges,
        missed,
        missedCopies,
        groupSeconds);
  }

  /**
   * Returns the missed pairs that are labelled (copy, source) pairs, nearest misses first: the
   * copies a threshold change might catch.
   */
  static List<PairError> missedCopies(List<PairError> missed, List<Variant> variantList) {
    Map<String, Variant> variants =
        variantList.stream()
            .collect(Collectors.toMap(Variant::id, Function.identity(), (a, b) -> a));
    List<PairError> copies = new ArrayList<>();
    for (PairError e : missed) {
      Variant va = variants.get(e.a());
      Variant vb = variants.get(e.b());
      if ((va != null && va.sourceId().equals(e.b()))
          || (vb != null && vb.sourceId().equals(e.a()))) {
        copies.add(e);
      }
    }
    Collections.reverse(copies);
    return copies;
  }
}
