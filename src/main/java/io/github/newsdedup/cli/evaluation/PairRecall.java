package io.github.newsdedup.cli.evaluation;

import io.github.newsdedup.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How many of a set of labelled pairs a grouping put together: for copy–source pairs this is the
 * recall of one slice of an evaluation set (a tier, a transform); for hard negatives it is the
 * number wrongly merged.
 *
 * @param label what the pairs are, for example {@code tier:hard} or {@code transform:ocr_noise}
 * @param pairs number of pairs
 * @param together number of pairs whose two ids share a predicted group
 */
public record PairRecall(String label, int pairs, int together) {
  /**
   * Validates the components.
   *
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if {@code together} is not in {@code [0, pairs]}
   */
  public PairRecall {
    Objects.requireNonNull(label, "label");
    Checks.checkArgument(
        together >= 0 && together <= pairs,
        "together must be in [0, pairs (%d)], got %d",
        pairs,
        together);
  }

  /**
   * Returns the share of pairs put together, 1 when there are no pairs.
   *
   * @return {@code together / pairs}
   */
  public double recall() {
    return pairs == 0 ? 1.0 : (double) together / pairs;
  }

  /** Returns the number of pairs kept apart. */
  public int apart() {
    return pairs - together;
  }

  /**
   * Counts how many pairs share a predicted group. An id without a predicted label is never
   * together with anything.
   *
   * @param label the label of the result
   * @param pairs the pairs
   * @param predicted the predicted group label of each id
   * @return the count
   */
  public static PairRecall of(
      String label, Collection<IdPair> pairs, Map<String, String> predicted) {
    Objects.requireNonNull(pairs, "pairs");
    Objects.requireNonNull(predicted, "predicted");
    int together = 0;
    for (IdPair pair : pairs) {
      if (together(pair.a(), pair.b(), predicted)) {
        together++;
      }
    }
    return new PairRecall(label, pairs.size(), together);
  }

  /**
   * Returns the recall of (copy, source) pairs overall ({@code all}), per tier ({@code tier:x}, in
   * the order easy, medium, hard, then other tiers sorted) and per transform ({@code transform:x},
   * sorted).
   *
   * @param variants the labelled copies
   * @param predicted the predicted group label of each id
   * @return the recalls, overall first
   */
  public static List<PairRecall> ofVariants(
      Collection<Variant> variants, Map<String, String> predicted) {
    Objects.requireNonNull(variants, "variants");
    Objects.requireNonNull(predicted, "predicted");
    Map<String, int[]> tiers = new TreeMap<>(PairRecall::compareTiers);
    Map<String, int[]> transforms = new TreeMap<>();
    int together = 0;
    for (Variant v : variants) {
      boolean ok = together(v.id(), v.sourceId(), predicted);
      together += ok ? 1 : 0;
      count(tiers, v.tier(), ok);
      for (String t : v.transforms()) {
        count(transforms, t, ok);
      }
    }
    List<PairRecall> result = new ArrayList<>();
    result.add(new PairRecall("all", variants.size(), together));
    tiers.forEach((k, c) -> result.add(new PairRecall("tier:" + k, c[0], c[1])));
    transforms.forEach((k, c) -> result.add(new PairRecall("transform:" + k, c[0], c[1])));
    return List.copyOf(result);
  }

  private static boolean together(String a, String b, Map<String, String> predicted) {
    String ga = predicted.get(a);
    return ga != null && ga.equals(predicted.get(b));
  }

  private static void count(Map<String, int[]> counts, String key, boolean ok) {
    int[] c = counts.computeIfAbsent(key, k -> new int[2]);
    c[0]++;
    c[1] += ok ? 1 : 0;
  }

  private static int compareTiers(String x, String y) {
    int c = Integer.compare(tierRank(x), tierRank(y));
    return c != 0 ? c : x.compareTo(y);
  }

  private static int tierRank(String tier) {
    switch (tier) {
      case "easy":
        return 0;
      case "medium":
        return 1;
      case "hard":
        return 2;
      default:
        return 3;
    }
  }
}
