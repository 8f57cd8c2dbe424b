package io.github.newsdedup;

import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.internal.lsh.LshBands;
import java.util.Objects;

/**
 * The complete, resolved configuration of a {@link NearDuplicateDetector}, made by {@link
 * NearDuplicateDetector.Builder} (see there for the meaning and default of every option). It is
 * split by what may change between runs: the {@link Shape} decides what a fingerprint and an index
 * hold, so fingerprints and indexes are only comparable under the same shape; the {@link
 * Thresholds} decide what is accepted as a copy and may differ from run to run over the same stored
 * fingerprints.
 *
 * @param shape what fingerprints hold and how candidates are keyed
 * @param thresholds what verification and grouping accept
 * @param exactVerification verify candidates on full shingle sets (exact) rather than on estimates
 *     from signatures and samples, which keeps about a tenth of the memory per article
 * @param threads worker threads for fingerprinting and verification
 */
public record DetectorConfig(
    Shape shape, Thresholds thresholds, boolean exactVerification, int threads) {

  /**
   * Checks the components.
   *
   * @param shape what fingerprints hold and how candidates are keyed
   * @param thresholds what verification and grouping accept
   * @param exactVerification verify candidates on full shingle sets (exact) rather than on
   *     estimates
   *     from signatures and samples, which keeps about a tenth of the memory per article
   * @param threads worker threads for fingerprinting and verification
   * @throws NullPointerException if {@code shape} or {@code thresholds} is null
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public DetectorConfig {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(thresholds, "thresholds");
    ConfigChecks.threads(threads);
  }

  /**
   * What a fingerprint holds and how candidates are keyed. Fingerprints and indexes made under
   * different shapes are not comparable.
   *
   * @param shingleSize words per shingle
   * @param signatureLength MinHash values per signature
   * @param bands LSH bands
   * @param rows signature values per band; {@code bands * rows <= signatureLength} (values past the
   *     last band are used for estimates only)
   * @param seed seed of the hash family
   * @param sampleRate one in {@code sampleRate} shingles is kept in the containment sample
   */
  public record Shape(
      int shingleSize, int signatureLength, int bands, int rows, long seed, int sampleRate) {

    /**
     * Checks the ranges, as the builder options do.
     *
     * @param shingleSize words per shingle
     * @param signatureLength MinHash values per signature
     * @param bands LSH bands
     * @param rows signature values per band; {@code bands * rows <= signatureLength} (values past
     *     the last band are used for estimates only)
     * @param seed seed of the hash family
     * @param sampleRate one in {@code sampleRate} shingles is kept in the containment sample
     * @throws IllegalArgumentException if a component is out of range, or {@code bands * rows >
     *     signatureLength}
     */
    public Shape {
      ConfigChecks.shingleSize(shingleSize);
      ConfigChecks.signatureLength(signatureLength);
      ConfigChecks.bands(bands);
      ConfigChecks.rows(rows);
      ConfigChecks.sampleRate(sampleRate);
      Checks.checkArgument(
          (long) bands * rows <= signatureLength,
          "bands * rows must not exceed signatureLength (%d), got %d * %d",
          signatureLength,
          bands,
          rows);
    }
  }

  /**
   * What verification and grouping accept; may change between runs over the same fingerprints.
   *
   * @param resemblanceThreshold Jaccard at or above which a pair matches
   * @param containmentThreshold containment of the shorter at or above which a pair matches
   * @param minContainedShingles shingles the shorter article needs for a containment or alignment
   *     match
   * @param alignmentThreshold share of the shorter article's words that must align with the longer
   *     (isolated changed words tolerated) for an alignment match, and of each short text's words
   *     for a short match; 0 disables these rules and the lead rule
   * @param maxSampleFrequency sampled shingles shared by more articles than this are not used to
   *     find containment candidates (they are page templates or huge copy clusters)
   * @param boilerplateMinGroups a sentence found in articles of at least this many different groups
   *     is page boilerplate and is removed before the final grouping; 0 disables the batch rule
   */
  public record Thresholds(
      double resemblanceThreshold,
      double containmentThreshold,
      int minContainedShingles,
      double alignmentThreshold,
      int maxSampleFrequency,
      int boilerplateMinGroups) {

    /**
     * Checks the ranges, as the builder options do.
     *
     * @param resemblanceThreshold Jaccard at or above which a pair matches
     * @param containmentThreshold containment of the shorter at or above which a pair matches
     * @param minContainedShingles shingles the shorter article needs for a containment or alignment
     *     match
     * @param alignmentThreshold share of the shorter article's words that must align with the
     *     longer (isolated changed words tolerated) for an alignment match; 0 disables the rule
     * @param maxSampleFrequency sampled shingles shared by more articles than this are not used to
     *     find containment candidates (they are page templates or huge copy clusters)
     * @param boilerplateMinGroups a sentence found in articles of at least this many different
     *     groups is page boilerplate and is removed before the final grouping; 0 disables the batch
     *     rule
     * @throws IllegalArgumentException if a component is out of range
     */
    public Thresholds {
      ConfigChecks.resemblanceThreshold(resemblanceThreshold);
      ConfigChecks.containmentThreshold(containmentThreshold);
      ConfigChecks.minContainedShingles(minContainedShingles);
      ConfigChecks.alignmentThreshold(alignmentThreshold);
      ConfigChecks.maxSampleFrequency(maxSampleFrequency);
      ConfigChecks.boilerplateMinGroups(boilerplateMinGroups);
    }
  }

  /**
   * Returns this configuration with other thresholds, for example to re-verify stored fingerprints
   * more strictly.
   *
   * @param thresholds the new thresholds
   * @return the configuration
   * @throws NullPointerException if {@code thresholds} is null
   */
  public DetectorConfig withThresholds(Thresholds thresholds) {
    return new DetectorConfig(shape, thresholds, exactVerification, threads);
  }

  /**
   * Returns this configuration with another worker count.
   *
   * @param threads at least 1
   * @return the configuration
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public DetectorConfig withThreads(int threads) {
    return new DetectorConfig(shape, thresholds, exactVerification, threads);
  }

  /**
   * Returns the probability that a pair with Jaccard resemblance {@code jaccard} becomes an LSH
   * candidate under this banding: {@code 1 - (1 - jaccard^rows)^bands}.
   *
   * @param jaccard a resemblance in {@code [0, 1]}
   * @return the probability
   */
  public double candidateProbability(double jaccard) {
    return LshBands.candidateProbability(jaccard, shape.bands(), shape.rows());
  }
}
