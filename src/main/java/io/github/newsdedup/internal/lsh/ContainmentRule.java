package io.github.newsdedup.internal.lsh;

import io.github.newsdedup.internal.Checks;

/**
 * When two articles are a containment candidate: the shorter side (by shingle count) has at least
 * {@code minContained} shingles and shares at least a slackened share of the containment threshold
 * of its containment sample with the longer side; sampled hashes held by more than {@code
 * maxFrequency} articles are ignored. The one definition used by the batch search and the
 * persistent index, so that both find the same candidates.
 *
 * @param minContained articles with fewer shingles are never the contained side
 * @param threshold the containment threshold of verification, in {@code (0, 1]}
 * @param maxFrequency sampled hashes in more articles than this make no candidates, at least 2
 */
public record ContainmentRule(int minContained, double threshold, int maxFrequency) {
  /**
   * Share of the containment threshold that the overlap with the contained side's sample must
   * reach. The slack covers sampling noise (a sample of about six hashes at the minimum article
   * size); verification is exact anyway.
   */
  public static final double SAMPLE_SLACK = 0.5;

  /** Checks the ranges. */
  public ContainmentRule {
    Checks.checkArgument(minContained >= 1, "minContained must be positive, got %d", minContained);
    Checks.checkArgument(
        threshold > 0 && threshold <= 1, "threshold must be in (0, 1], got %s", threshold);
    Checks.checkArgument(
        maxFrequency >= 2, "maxFrequency must be at least 2, got %d", maxFrequency);
  }

  /** Returns whether an article of this size can be the contained side of a candidate. */
  public boolean mayBeContained(int shingleCount, int sampleSize) {
    return sampleSize > 0 && shingleCount >= minContained;
  }

  /** Returns how many sampled hashes the contained side must share, for a sample of this size. */
  public int requiredShared(int sampleSize) {
    return Math.max(1, (int) Math.ceil(threshold * SAMPLE_SLACK * sampleSize));
  }

  /**
   * Returns whether a pair is a candidate, given the sizes of the shorter side and how many of its
   * sampled hashes the longer side holds.
   */
  public boolean isCandidate(int shorterCount, int shorterSample, int shared) {
    return mayBeContained(shorterCount, shorterSample) && shared >= requiredShared(shorterSample);
  }
}
