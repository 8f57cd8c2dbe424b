package io.github.newsdedup;

import io.github.newsdedup.internal.Checks;

/**
 * The complete, resolved configuration of a {@link NearDuplicateDetector}: one record so that it
 * round-trips through CLI flags and index metadata. Made by {@link NearDuplicateDetector.Builder};
 * see there for the meaning and default of every option.
 *
 * @param shingleSize words per shingle
 * @param signatureLength MinHash values per signature
 * @param bands LSH bands
 * @param rows signature values per band; {@code bands * rows <= signatureLength} (values past the
 *     last band are used for estimates only)
 * @param seed seed of the hash family
 * @param resemblanceThreshold Jaccard at or above which a pair matches
 * @param containmentThreshold containment of the shorter at or above which a pair matches
 * @param minContainedShingles shingles the shorter article needs for a containment or alignment
 *     match
 * @param alignmentThreshold share of the shorter article's words that must align with the longer
 *     (isolated changed words tolerated) for an alignment match; 0 disables the rule
 * @param sampleRate one in {@code sampleRate} shingles is kept in the containment sample
 * @param maxSampleFrequency sampled shingles shared by more articles than this are not used to find
 *     containment candidates (they are page templates or huge copy clusters)
 * @param boilerplateMinGroups a sentence found in articles of at least this many different groups
 *     is page boilerplate and is removed before the final grouping; 0 disables the batch rule
 * @param exactVerification verify candidates on full shingle sets (exact) rather than estimates
 * @param threads worker threads for fingerprinting and verification
 */
public record DetectorConfig(
    int shingleSize,
    int signatureLength,
    int bands,
    int rows,
    long seed,
    double resemblanceThreshold,
    double containmentThreshold,
    int minContainedShingles,
    double alignmentThreshold,
    int sampleRate,
    int maxSampleFrequency,
    int boilerplateMinGroups,
    boolean exactVerification,
    int threads) {

  /**
   * Validates every component and the rules between them.
   *
   * @throws IllegalArgumentException naming the first invalid option and its value
   */
  public DetectorConfig {
    Checks.checkArgument(
        shingleSize >= 1 && shingleSize <= 16,
        "shingleSize must be in [1, 16], got %d",
        shingleSize);
    Checks.checkArgument(
        signatureLength >= 8 && signatureLength <= 4096,
        "signatureLength must be in [8, 4096], got %d",
        signatureLength);
    Checks.checkArgument(bands >= 1, "bands must be positive, got %d", bands);
    Checks.checkArgument(rows >= 1, "rows must be positive, got %d", rows);
    Checks.checkArgument(
        (long) bands * rows <= signatureLength,
        "bands * rows must not exceed signatureLength (%d), got %d * %d",
        signatureLength,
        bands,
        rows);
    Checks.checkArgument(
        resemblanceThreshold > 0 && resemblanceThreshold <= 1,
        "resemblanceThreshold must be in (0, 1], got %s",
        resemblanceThreshold);
    Checks.checkArgument(
        containmentThreshold > 0 && containmentThreshold <= 1,
        "containmentThreshold must be in (0, 1], got %s",
        containmentThreshold);
    Checks.checkArgument(
        minContainedShingles >= 1,
        "minContainedShingles must be positive, got %d",
        minContainedShingles);
    Checks.checkArgument(
        alignmentThreshold == 0 || (alignmentThreshold > 0 && alignmentThreshold <= 1),
        "alignmentThreshold must be 0 (off) or in (0, 1], got %s",
        alignmentThreshold);
    Checks.checkArgument(
        sampleRate >= 1 && sampleRate <= 1024,
        "sampleRate must be in [1, 1024], got %d",
        sampleRate);
    Checks.checkArgument(
        maxSampleFrequency >= 2,
        "maxSampleFrequency must be at least 2, got %d",
        maxSampleFrequency);
    Checks.checkArgument(
        boilerplateMinGroups == 0 || boilerplateMinGroups >= 2,
        "boilerplateMinGroups must be 0 (off) or at least 2, got %d",
        boilerplateMinGroups);
    Checks.checkArgument(threads >= 1, "threads must be positive, got %d", threads);
  }

  /**
   * Returns the probability that a pair with the given Jaccard resemblance becomes an LSH candidate
   * by banding: {@code 1 - (1 - j^rows)^bands}, the S-curve.
   *
   * @param jaccard a resemblance in {@code [0, 1]}
   * @return the probability
   */
  public double candidateProbability(double jaccard) {
    return 1 - Math.pow(1 - Math.pow(jaccard, rows()), bands);
  }
}
