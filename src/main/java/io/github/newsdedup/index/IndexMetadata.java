package io.github.newsdedup.index;

import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.minhash.HashScheme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The commit metadata of an index: format version, hash scheme and detector configuration, written
 * into every commit's user data and checked when an index is opened.
 */
final class IndexMetadata {
  /**
   * The index format this version writes and the only one it reads: the version of the document
   * layout ({@link IndexSchema}), raised whenever the layout changes, so that an index of another
   * layout is refused rather than misread.
   */
  static final int FORMAT_VERSION = 3;

  static final String FORMAT = "newsdedup.format";
  static final String SCHEME = "newsdedup.hashScheme";
  static final String SHINGLE_SIZE = "newsdedup.shingleSize";
  static final String SIGNATURE_LENGTH = "newsdedup.signatureLength";
  static final String BANDS = "newsdedup.bands";
  static final String ROWS = "newsdedup.rows";
  static final String SEED = "newsdedup.seed";
  static final String SAMPLE_RATE = "newsdedup.sampleRate";
  static final String RESEMBLANCE = "newsdedup.resemblanceThreshold";
  static final String CONTAINMENT = "newsdedup.containmentThreshold";
  static final String MIN_CONTAINED = "newsdedup.minContainedShingles";
  static final String ALIGNMENT = "newsdedup.alignmentThreshold";
  static final String MAX_SAMPLE_FREQUENCY = "newsdedup.maxSampleFrequency";
  static final String BOILERPLATE = "newsdedup.boilerplateMinGroups";
  static final String EXACT = "newsdedup.exactVerification";

  /** The keys whose values shape what is stored: they must match to reuse an index. */
  private static final List<String> STORED_SHAPE =
      List.of(SCHEME, SHINGLE_SIZE, SIGNATURE_LENGTH, BANDS, ROWS, SEED, SAMPLE_RATE);

  private IndexMetadata() {}

  /** Returns the commit user data describing an index built with {@code config}. */
  static Map<String, String> of(DetectorConfig config) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(FORMAT, Integer.toString(FORMAT_VERSION));
    m.put(SCHEME, Integer.toString(HashScheme.current().id()));
    m.put(SHINGLE_SIZE, Integer.toString(config.shape().shingleSize()));
    m.put(SIGNATURE_LENGTH, Integer.toString(config.shape().signatureLength()));
    m.put(BANDS, Integer.toString(config.shape().bands()));
    m.put(ROWS, Integer.toString(config.shape().rows()));
    m.put(SEED, Long.toString(config.shape().seed()));
    m.put(SAMPLE_RATE, Integer.toString(config.shape().sampleRate()));
    m.put(RESEMBLANCE, Double.toString(config.thresholds().resemblanceThreshold()));
    m.put(CONTAINMENT, Double.toString(config.thresholds().containmentThreshold()));
    m.put(MIN_CONTAINED, Integer.toString(config.thresholds().minContainedShingles()));
    m.put(ALIGNMENT, Double.toString(config.thresholds().alignmentThreshold()));
    m.put(MAX_SAMPLE_FREQUENCY, Integer.toString(config.thresholds().maxSampleFrequency()));
    m.put(BOILERPLATE, Integer.toString(config.thresholds().boilerplateMinGroups()));
    m.put(EXACT, Boolean.toString(config.exactVerification()));
    return m;
  }

  /**
   * Checks that the stored metadata is ours and of a format this version reads.
   *
   * @throws IncompatibleIndexException if not
   */
  static void checkFormat(Path path, Map<String, String> stored) throws IncompatibleIndexException {
    String format = stored.get(FORMAT);
    if (format == null) {
      throw new IncompatibleIndexException(
          path,
          "this is a Lucene index that news-dedup did not write (its commit metadata has no "
              + FORMAT
              + "); open a news-dedup index, or give an empty or new directory to create one");
    }
    int version = parseInt(path, FORMAT, format);
    if (version > FORMAT_VERSION) {
      throw new IncompatibleIndexException(
          path,
          String.format(
              Locale.ROOT,
              "index format %d was written by a newer news-dedup; this version reads format %d:"
                  + " upgrade news-dedup, or rebuild the index with this version",
              version,
              FORMAT_VERSION));
    }
    if (version < 1) {
      throw new IncompatibleIndexException(path, "invalid index format " + version);
    }
    if (version < FORMAT_VERSION) {
      throw new IncompatibleIndexException(
          path,
          String.format(
              Locale.ROOT,
              "index format %d was written by an older news-dedup; this version reads format %d:"
                  + " rebuild the index with this version (or use the older version)",
              version,
              FORMAT_VERSION));
    }
    int scheme = parseInt(path, SCHEME, stored.get(SCHEME));
    try {
      HashScheme.fromId(scheme);
    } catch (IllegalArgumentException e) {
      throw new IncompatibleIndexException(
          path, e.getMessage() + ": upgrade news-dedup, or rebuild the index with this version");
    }
  }

  /**
   * Checks that an index whose metadata is {@code stored} can be used with {@code config}.
   *
   * @throws IncompatibleIndexException naming every differing option if not
   */
  static void checkCompatible(Path path, Map<String, String> stored, DetectorConfig config)
      throws IncompatibleIndexException {
    checkFormat(path, stored);
    Map<String, String> expected = of(config);
    List<String> diffs = new ArrayList<>();
    for (String key : STORED_SHAPE) {
      String found = stored.get(key);
      if (!expected.get(key).equals(found)) {
        diffs.add(
            key.substring("newsdedup.".length())
                + " is "
                + (found == null ? "missing" : found)
                + " in the index but "
                + expected.get(key)
                + " in the detector");
      }
    }
    if (!diffs.isEmpty()) {
      throw new IncompatibleIndexException(
          path,
          "the index was built with another configuration: "
              + String.join("; ", diffs)
              + ". Rebuild the index, or open it with the matching options (or without detector"
              + " options, to use the index's own)");
    }
  }

  /** Returns the configuration recorded in {@code stored}, with {@code threads} workers. */
  static DetectorConfig config(Path path, Map<String, String> stored, int threads)
      throws IncompatibleIndexException {
    checkFormat(path, stored);
    try {
      return new DetectorConfig(
          new DetectorConfig.Shape(
              parseInt(path, SHINGLE_SIZE, stored.get(SHINGLE_SIZE)),
              parseInt(path, SIGNATURE_LENGTH, stored.get(SIGNATURE_LENGTH)),
              parseInt(path, BANDS, stored.get(BANDS)),
              parseInt(path, ROWS, stored.get(ROWS)),
              parseLong(path, SEED, stored.get(SEED)),
              parseInt(path, SAMPLE_RATE, stored.get(SAMPLE_RATE))),
          new DetectorConfig.Thresholds(
              parseDouble(path, RESEMBLANCE, stored.get(RESEMBLANCE)),
              parseDouble(path, CONTAINMENT, stored.get(CONTAINMENT)),
              parseInt(path, MIN_CONTAINED, stored.get(MIN_CONTAINED)),
              parseDouble(path, ALIGNMENT, stored.get(ALIGNMENT)),
              parseInt(path, MAX_SAMPLE_FREQUENCY, stored.get(MAX_SAMPLE_FREQUENCY)),
              parseInt(path, BOILERPLATE, stored.get(BOILERPLATE))),
          Boolean.parseBoolean(stored.get(EXACT)),
          threads);
    } catch (IllegalArgumentException e) {
      throw new IncompatibleIndexException(
          path, "the index metadata holds an invalid configuration: " + e.getMessage());
    }
  }

  private static int parseInt(Path path, String key, String value)
      throws IncompatibleIndexException {
    return Math.toIntExact(parseLong(path, key, value));
  }

  private static long parseLong(Path path, String key, String value)
      throws IncompatibleIndexException {
    if (value == null) {
      throw new IncompatibleIndexException(path, "the index metadata has no " + key);
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IncompatibleIndexException(
          path, "the index metadata has an invalid " + key + ": '" + value + "'");
    }
  }

  private static double parseDouble(Path path, String key, String value)
      throws IncompatibleIndexException {
    if (value == null) {
      throw new IncompatibleIndexException(path, "the index metadata has no " + key);
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IncompatibleIndexException(
          path, "the index metadata has an invalid " + key + ": '" + value + "'");
    }
  }
}
