package io.github.newsdedup.cli;

import io.github.newsdedup.NearDuplicateDetector;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The detector options shared by every command that groups or matches. */
final class DetectorOptions {
  private final NearDuplicateDetector.Builder builder = NearDuplicateDetector.builder();

  /**
   * Tries to consume the option at {@code args.get(i)}.
   *
   * @return the number of arguments consumed (0 if the option is not a detector option)
   */
  int consume(List<String> args, int i) throws UsageException {
    String flag = args.get(i);
    try {
      switch (flag) {
        case "--shingle-size":
          builder.shingleSize(intValue(args, i));
          return 2;
        case "--signature-length":
          builder.signatureLength(intValue(args, i));
          return 2;
        case "--bands":
          builder.bands(intValue(args, i));
          return 2;
        case "--rows":
          builder.rows(intValue(args, i));
          return 2;
        case "--seed":
          builder.seed(longValue(args, i));
          return 2;
        case "--resemblance":
        case "--jaccard":
          builder.resemblanceThreshold(doubleValue(args, i));
          return 2;
        case "--containment":
          builder.containmentThreshold(doubleValue(args, i));
          return 2;
        case "--alignment":
          builder.alignmentThreshold(doubleValue(args, i));
          return 2;
        case "--min-contained-shingles":
          builder.minContainedShingles(intValue(args, i));
          return 2;
        case "--sample-rate":
          builder.sampleRate(intValue(args, i));
          return 2;
        case "--max-sample-frequency":
          builder.maxSampleFrequency(intValue(args, i));
          return 2;
        case "--boilerplate-min-groups":
          builder.boilerplateMinGroups(intValue(args, i));
          return 2;
        case "--threads":
          builder.threads(intValue(args, i));
          return 2;
        case "--estimate":
          builder.exactVerification(false);
          return 1;
        default:
          return 0;
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(flag + ": " + e.getMessage());
    }
  }

  /** Returns the builder holding the parsed options. */
  NearDuplicateDetector.Builder builder() {
    return builder;
  }

  /** Prints the detector options with their defaults. */
  static void printHelp(PrintStream s) {
    s.println("Detector options (defaults in brackets):");
    s.printf(
        Locale.ROOT,
        "  --shingle-size N            words per shingle [%d]%n",
        NearDuplicateDetector.Builder.DEFAULT_SHINGLE_SIZE);
    s.printf(
        Locale.ROOT,
        "  --signature-length N        MinHash values per signature [%d]%n",
        NearDuplicateDetector.Builder.DEFAULT_SIGNATURE_LENGTH);
    s.println(
        "  --bands N                   LSH bands [derived from --resemblance: 42 at defaults]");
    s.println(
        "  --rows N                    signature values per LSH band [derived: 3 at defaults]");
    s.printf(
        Locale.ROOT,
        "  --seed N                    hash seed [%d]%n",
        NearDuplicateDetector.Builder.DEFAULT_SEED);
    s.printf(
        Locale.ROOT,
        "  --resemblance T             Jaccard threshold for edited copies [%s]%n",
        NearDuplicateDetector.Builder.DEFAULT_RESEMBLANCE_THRESHOLD);
    s.printf(
        Locale.ROOT,
        "  --containment T             containment threshold for copies inside longer pages [%s]%n",
        NearDuplicateDetector.Builder.DEFAULT_CONTAINMENT_THRESHOLD);
    s.printf(
        Locale.ROOT,
        "  --min-contained-shingles N  shingles the shorter needs to match by containment [%d]%n",
        NearDuplicateDetector.Builder.DEFAULT_MIN_CONTAINED_SHINGLES);
    s.printf(
        Locale.ROOT,
        "  --alignment T               aligned share of the shorter for noisy copies, 0=off [%s]%n",
        NearDuplicateDetector.Builder.DEFAULT_ALIGNMENT_THRESHOLD);
    s.printf(
        Locale.ROOT,
        "  --sample-rate N             containment sample: one shingle in N [%d]%n",
        NearDuplicateDetector.Builder.DEFAULT_SAMPLE_RATE);
    s.printf(
        Locale.ROOT,
        "  --max-sample-frequency N    ignore sampled shingles in more articles than N [%d]%n",
        NearDuplicateDetector.Builder.DEFAULT_MAX_SAMPLE_FREQUENCY);
    s.printf(
        Locale.ROOT,
        "  --boilerplate-min-groups N  sentences in N+ different groups are boilerplate, 0=off"
            + " [%d]%n",
        NearDuplicateDetector.Builder.DEFAULT_BOILERPLATE_MIN_GROUPS);
    s.println("  --threads N                 worker threads [available processors]");
    s.println("  --estimate                  verify on estimates instead of exact shingle sets");
  }

  /** Returns the value after option {@code args[i]}, or throws naming the option. */
  static String value(List<String> args, int i) throws UsageException {
    if (i + 1 >= args.size()) {
      throw new UsageException(args.get(i) + " needs a value");
    }
    return args.get(i + 1);
  }

  /** Parses a command-line path, or throws a usage error naming it. */
  static Path path(String arg) throws UsageException {
    try {
      return Path.of(arg);
    } catch (InvalidPathException e) {
      throw new UsageException("invalid path '" + arg + "': " + e.getReason());
    }
  }

  private static int intValue(List<String> args, int i) throws UsageException {
    String v = value(args, i);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException(args.get(i) + " needs an integer, got '" + v + "'");
    }
  }

  private static long longValue(List<String> args, int i) throws UsageException {
    String v = value(args, i);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new UsageException(args.get(i) + " needs an integer, got '" + v + "'");
    }
  }

  private static double doubleValue(List<String> args, int i) throws UsageException {
    String v = value(args, i);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new UsageException(args.get(i) + " needs a number, got '" + v + "'");
    }
  }
}
