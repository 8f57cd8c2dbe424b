package io.github.newsdedup;

import io.github.newsdedup.internal.Checks;

/**
 * The range check of every detector option, written once: the builder checks each option as it is
 * set and the configuration records check their components with the same code and messages.
 */
final class ConfigChecks {
  private ConfigChecks() {}

  static int shingleSize(int value) {
    Checks.checkArgument(
        value >= 1 && value <= 16, "shingleSize must be in [1, 16], got %d", value);
    return value;
  }

  static int signatureLength(int value) {
    Checks.checkArgument(
        value >= 8 && value <= 4096, "signatureLength must be in [8, 4096], got %d", value);
    return value;
  }

  static int bands(int value) {
    Checks.checkArgument(value >= 1, "bands must be positive, got %d", value);
    return value;
  }

  static int rows(int value) {
    Checks.checkArgument(value >= 1, "rows must be positive, got %d", value);
    return value;
  }

  static int sampleRate(int value) {
    Checks.checkArgument(
        value >= 1 && value <= 1024, "sampleRate must be in [1, 1024], got %d", value);
    return value;
  }

  static double resemblanceThreshold(double value) {
    Checks.checkArgument(
        value > 0 && value <= 1, "resemblanceThreshold must be in (0, 1], got %s", value);
    return value;
  }

  static double containmentThreshold(double value) {
    Checks.checkArgument(
        value > 0 && value <= 1, "containmentThreshold must be in (0, 1], got %s", value);
    return value;
  }

  static int minContainedShingles(int value) {
    Checks.checkArgument(value >= 1, "minContainedShingles must be positive, got %d", value);
    return value;
  }

  static double alignmentThreshold(double value) {
    Checks.checkArgument(
        value == 0 || (value > 0 && value <= 1),
        "alignmentThreshold must be 0 (off) or in (0, 1], got %s",
        value);
    return value;
  }

  static int maxSampleFrequency(int value) {
    Checks.checkArgument(value >= 2, "maxSampleFrequency must be at least 2, got %d", value);
    return value;
  }

  static int boilerplateMinGroups(int value) {
    Checks.checkArgument(
        value == 0 || value >= 2,
        "boilerplateMinGroups must be 0 (off) or at least 2, got %d",
        value);
    return value;
  }

  static int threads(int value) {
    Checks.checkArgument(
        value >= 1 && value <= NearDuplicateDetector.Builder.MAX_THREADS,
        "threads must be in [1, %d], got %d",
        NearDuplicateDetector.Builder.MAX_THREADS,
        value);
    return value;
  }
}
