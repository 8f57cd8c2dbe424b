package io.github.newsdedup.cli.evaluation;

import io.github.newsdedup.internal.Checks;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well a predicted grouping agrees with a true one: pairwise and B-cubed precision, recall and
 * F1, and the Adjusted Rand Index. A grouping is a labelling {@code id -> group label}; only
 * equality of labels matters, not their values.
 *
 * <p>Definitions (n items):
 *
 * <ul>
 *   <li><b>pairwise</b>: over unordered pairs of items; a pair is positive when both items share a
 *       group. Precision = correct predicted pairs / predicted pairs, recall = correct predicted
 *       pairs / true pairs. With no predicted (true) pairs precision (recall) is 1.
 *   <li><b>B-cubed</b> (Bagga and Baldwin 1998): for each item, precision is the share of its
 *       predicted group (itself included) that is in its true group, recall the share of its true
 *       group that is in its predicted group; both are averaged over items.
 *   <li><b>Adjusted Rand Index</b> (Hubert and Arabie 1985): the Rand index corrected for chance,
 *       computed from the contingency table in O(n); 1 for identical groupings, about 0 for random
 *       ones, possibly negative. Degenerate case: when the expected and the maximum index coincide
 *       (both groupings all singletons, or both one group, or n &lt; 2) the groupings are identical
 *       and the index is 1, as in scikit-learn and the project's reference scorer.
 * </ul>
 *
 * <p>F1 is the harmonic mean of precision and recall, 0 when both are 0. Pair counts are {@code
 * long}, so a million items in one group (about 5·10<sup>11</sup> pairs) do not overflow.
 *
 * <pre>{@code
 * ClusteringMetrics m = ClusteringMetrics.of(
 *     Map.of("a", "x", "b", "x", "c", "y", "d", "y"),
 *     Map.of("a", "1", "b", "1", "c", "2", "d", "3"));
 * m.adjustedRandIndex(); // 0.5714...
 * }</pre>
 *
 * @param items number of items
 * @param trueGroups number of distinct true labels
 * @param predictedGroups number of distinct predicted labels
 * @param truePairs pairs of items that share a true group
 * @param predictedPairs pairs of items that share a predicted group
 * @param correctPairs pairs that share both a true and a predicted group
 * @param pairwisePrecision {@code correctPairs / predictedPairs}
 * @param pairwiseRecall {@code correctPairs / truePairs}
 * @param pairwiseF1 harmonic mean of pairwise precision and recall
 * @param bcubedPrecision B-cubed precision, averaged over items
 * @param bcubedRecall B-cubed recall, averaged over items
 * @param bcubedF1 harmonic mean of B-cubed precision and recall
 * @param adjustedRandIndex the Adjusted Rand Index, in {@code [-1, 1]}
 */
public record ClusteringMetrics(
    int items,
    int trueGroups,
    int predictedGroups,
    long truePairs,
    long predictedPairs,
    long correctPairs,
    double pairwisePrecision,
    double pairwiseRecall,
    double pairwiseF1,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    double adjustedRandIndex) {

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative or the correct pairs exceed the true or
   *     predicted pairs
   */
  public ClusteringMetrics {
    Checks.checkArgument(items >= 0, "items must not be negative, got %d", items);
    Checks.checkArgument(
        correctPairs >= 0 && correctPairs <= truePairs && correctPairs <= predictedPairs,
        "correctPairs (%d) must be in [0, min(truePairs %d, predictedPairs %d)]",
        correctPairs,
        truePairs,
        predictedPairs);
  }

  /**
   * Compares a predicted grouping with the true one.
   *
   * @param truth the true group label of every item
   * @param predicted the predicted group label of every item; same ids as {@code truth}
   * @return the metrics
   * @throws NullPointerException if an argument, id or label is null
   * @throws IllegalArgumentException if the two labellings do not cover the same ids (the message
   *     names one offending id)
   */
  public static ClusteringMetrics of(Map<String, String> truth, Map<String, String> predicted) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    for (String id : predicted.keySet()) {
      Checks.checkArgument(
          truth.containsKey(id), "predicted labels item %s, which has no true label", id);
    }
    // Intern labels into dense ints so that the contingency table is keyed by one long.
    Map<String, Integer> trueIndex = new HashMap<>();
    Map<String, Integer> predIndex = new HashMap<>();
    int n = truth.size();
    int[] t = new int[n];
    int[] p = new int[n];
    int k = 0;
    for (Map.Entry<String, String> e : truth.entrySet()) {
      String id = Objects.requireNonNull(e.getKey(), "id");
      String trueLabel = Objects.requireNonNull(e.getValue(), "true label of " + id);
      String predLabel = predicted.get(id);
      Checks.checkArgument(predLabel != null, "item %s has a true label but no predicted one", id);
      t[k] = trueIndex.computeIfAbsent(trueLabel, x -> trueIndex.size());
      p[k] = predIndex.computeIfAbsent(predLabel, x -> predIndex.size());
      k++;
    }
    return fromLabels(t, p, trueIndex.size(), predIndex.size());
  }

  /** Computes the metrics from dense labels {@code t[i] in [0, trueCount)}, {@code p[i]}. */
  static ClusteringMetrics fromLabels(int[] t, int[] p, int trueCount, int predCount) {
    int n = t.length;
    long[] trueSize = new long[trueCount];
    long[] predSize = new long[predCount];
    Map<Long, long[]> cells = new HashMap<>();
    for (int i = 0; i < n; i++) {
      trueSize[t[i]]++;
      predSize[p[i]]++;
      cells.computeIfAbsent(((long) t[i] << 32) | p[i], x -> new long[1])[0]++;
    }
    long truePairs = 0;
    for (long s : trueSize) {
      truePairs += pairs(s);
    }
    long predPairs = 0;
    for (long s : predSize) {
      predPairs += pairs(s);
    }
    long correct = 0;
    // B-cubed: item i in cell (T, P) of size c has precision c/|P| and recall c/|T|; all c items of
    // the cell share these values, so sum per cell: c*c/|P| and c*c/|T|.
    double bPrecisionSum = 0;
    double bRecallSum = 0;
    for (Map.Entry<Long, long[]> e : cells.entrySet()) {
      long c = e.getValue()[0];
      int ti = (int) (e.getKey() >>> 32);
      int pi = (int) (e.getKey() & 0xffffffffL);
      correct += pairs(c);
      bPrecisionSum += (double) c * c / predSize[pi];
      bRecallSum += (double) c * c / trueSize[ti];
    }
    double pairP = predPairs == 0 ? 1.0 : (double) correct / predPairs;
    double pairR = truePairs == 0 ? 1.0 : (double) correct / truePairs;
    double bP = n == 0 ? 1.0 : bPrecisionSum / n;
    double bR = n == 0 ? 1.0 : bRecallSum / n;
    return new ClusteringMetrics(
        n,
        trueCount,
        predCount,
        truePairs,
        predPairs,
        correct,
        pairP,
        pairR,
        f1(pairP, pairR),
        bP,
        bR,
        f1(bP, bR),
        adjustedRandIndex(correct, truePairs, predPairs, pairs(n)));
  }

  /**
   * ARI = (index - expected) / (max - expected) with index = sum over cells of C(c, 2), expected =
   * truePairs * predPairs / C(n, 2), max = (truePairs + predPairs) / 2. The product of two pair
   * counts can exceed a long for a million items, so it is taken in double.
   */
  private static double adjustedRandIndex(
      long index, long truePairs, long predPairs, long allPairs) {
    // max == expected exactly when both groupings are all singletons or both one group (AM-GM:
    // (a + b) / 2 >= sqrt(ab) >= ab / N); decided on the integers, as the doubles may round.
    if (truePairs == predPairs && (truePairs == 0 || truePairs == allPairs)) {
      return 1.0;
    }
    double expected = (double) truePairs * (double) predPairs / allPairs;
    double max = (truePairs + predPairs) / 2.0;
    return (index - expected) / (max - expected);
  }

  private static long pairs(long size) {
    return size * (size - 1) / 2;
  }

  private static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }
}
