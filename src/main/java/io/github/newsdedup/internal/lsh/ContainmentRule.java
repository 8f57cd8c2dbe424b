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
   * Returns whether a pair is a candidate: the shorter side (by shingle count; {@code a} on a tie)
   * may be contained and shares enough of its sample with the other side.
   *
   * @param countA shingle count of {@code a}
   * @param sampleA containment-sample size of {@code a}
   * @param countB shingle count of {@code b}
   * @param sampleB containment-sample size of {@code b}
   * @param shared how many sampled hashes of the shorter side the other side holds
   * @return whether the pair is a candidate
   */
  public boolean isCandidate(int countA, int sampleA, int countB, int sampleB, int shared) {
    boolean aShorter = countA <= countB;
    int shorterSample = aShorter ? sampleA : sampleB;
    return mayBeContained(aShorter ? countA : countB, shorterSample)
        && shared >= requiredShared(shorterSample);
  }
}
