package io.github.newsdedup.cli.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SweepTest {
  private static final Map<String, String> TRUTH = Map.of("a", "1", "b", "1", "c", "2", "d", "2");

  /** All four right: ARI 1, precision 1. */
  private static final ClusteringMetrics PERFECT = ClusteringMetrics.of(TRUTH, TRUTH);

  /** One true pair found, nothing wrong: precision 1, lower ARI. */
  private static final ClusteringMetrics HALF =
      ClusteringMetrics.of(TRUTH, Map.of("a", "x", "b", "x", "c", "y", "d", "z"));

  /** Everything in one group: lower precision. */
  private static final ClusteringMetrics MERGED =
      ClusteringMetrics.of(TRUTH, Map.of("a", "x", "b", "x", "c", "x", "d", "x"));

  private static SweepRow row(int size, double r, double c, ClusteringMetrics m, int merged) {
    return new SweepRow(
        size, r, c, m, List.of(), Optional.of(new PairRecall("hard negatives", 5, merged)), 0);
  }

  @Test
  void best_higherAriWins() {
    assertEquals(1, Sweep.best(List.of(row(3, 0.3, 0.6, HALF, 0), row(4, 0.4, 0.7, PERFECT, 0))));
    assertEquals(0, Sweep.best(List.of(row(3, 0.3, 0.6, HALF, 0), row(4, 0.4, 0.7, MERGED, 0))));
  }

  @Test
  void best_equalScores_fewerMergedHardNegativesWin() {
    assertEquals(
        1, Sweep.best(List.of(row(3, 0.3, 0.6, PERFECT, 2), row(4, 0.4, 0.7, PERFECT, 1))));
  }

  @Test
  void best_allElseEqual_defaultsWinThenFirst() {
    assertEquals(
        1,
        Sweep.best(
            List.of(
                row(3, 0.3, 0.6, PERFECT, 0),
                row(5, 0.5, 0.8, PERFECT, 0),
                row(4, 0.4, 0.7, PERFECT, 0))));
    assertEquals(
        0, Sweep.best(List.of(row(3, 0.3, 0.6, PERFECT, 0), row(4, 0.4, 0.7, PERFECT, 0))));
  }

  @Test
  void points_isTheGridSize() {
    Sweep sweep = new Sweep(Sweep.SHINGLE_SIZES, Sweep.RESEMBLANCE, new double[] {0.8}, false);
    assertEquals(Sweep.SHINGLE_SIZES.length * Sweep.RESEMBLANCE.length, sweep.points());
  }
}
