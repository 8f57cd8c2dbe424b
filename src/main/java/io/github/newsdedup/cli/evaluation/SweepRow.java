package io.github.newsdedup.cli.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * One grid point of a threshold sweep and what it scored.
 *
 * @param shingleSize the shingle size tried
 * @param resemblance the resemblance threshold tried
 * @param containment the containment threshold tried
 * @param metrics the clustering metrics at this point
 * @param recalls copy-source recall per tier and transform (empty without variants)
 * @param merged hard negatives merged (empty without hard negatives in the corpus)
 * @param seconds the time grouping took
 */
public record SweepRow(
    int shingleSize,
    double resemblance,
    double containment,
    ClusteringMetrics metrics,
    List<PairRecall> recalls,
    Optional<PairRecall> merged,
    double seconds) {

  /** Returns the number of hard negatives merged, 0 without hard negatives. */
  public int mergedCount() {
    return merged.map(PairRecall::together).orElse(0);
  }
}
