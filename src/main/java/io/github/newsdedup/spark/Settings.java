package io.github.newsdedup.spark;

import io.github.newsdedup.DetectorConfig;
import java.io.Serializable;

/**
 * The detector configuration in a form Spark can ship to executors ({@link DetectorConfig} is not
 * serializable). Executors rebuild the configuration from it; {@code threads} is always 1 there,
 * since Spark runs one task per core.
 */
record Settings(
    int shingleSize,
    int signatureLength,
    int bands,
    int rows,
    long seed,
    int sampleRate,
    double resemblanceThreshold,
    double containmentThreshold,
    int minContainedShingles,
    double alignmentThreshold,
    int maxSampleFrequency,
    int boilerplateMinGroups,
    boolean exactVerification)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static Settings of(DetectorConfig config) {
    DetectorConfig.Shape s = config.shape();
    DetectorConfig.Thresholds t = config.thresholds();
    return new Settings(
        s.shingleSize(),
        s.signatureLength(),
        s.bands(),
        s.rows(),
        s.seed(),
        s.sampleRate(),
        t.resemblanceThreshold(),
        t.containmentThreshold(),
        t.minContainedShingles(),
        t.alignmentThreshold(),
        t.maxSampleFrequency(),
        t.boilerplateMinGroups(),
        config.exactVerification());
  }

  DetectorConfig config() {
    return new DetectorConfig(
        new DetectorConfig.Shape(shingleSize, signatureLength, bands, rows, seed, sampleRate),
        new DetectorConfig.Thresholds(
            resemblanceThreshold,
            containmentThreshold,
            minContainedShingles,
            alignmentThreshold,
            maxSampleFrequency,
            boilerplateMinGroups),
        exactVerification,
        1);
  }

  /** Whether the batch boilerplate rule runs (it needs exact verification, as in the library). */
  boolean boilerplate() {
    return exactVerification && boilerplateMinGroups > 0;
  }
}
