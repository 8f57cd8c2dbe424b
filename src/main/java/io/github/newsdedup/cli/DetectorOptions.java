package io.github.newsdedup.cli;

import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.RepresentativePolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The detector options shared by every command that groups or matches: their declaration, their
 * help text and how they reach the builder, whose setters hold the range checks.
 */
final class DetectorOptions {
  private static final List<String> INT_OPTIONS =
      List.of(
          "--shingle-size",
          "--signature-length",
          "--bands",
          "--rows",
          "--min-contained-shingles",
          "--sample-rate",
          "--max-sample-frequency",
          "--boilerplate-min-groups",
          "--threads");
  private static final List<String> DOUBLE_OPTIONS =
      List.of("--resemblance", "--containment", "--alignment");
  private static final String SEED = "--seed";
  private static final String ESTIMATE = "--estimate";
  private static final String REPRESENTATIVE = "--representative";
  private static final String SOURCE_PRIORITY = "--source-priority";

  private DetectorOptions() {}

  /** Declares the detector options on {@code parser}. */
  static void declare(ArgumentParser parser) {
    for (String name : INT_OPTIONS) {
      parser.option(name);
    }
    parser.option("--resemblance", "--jaccard");
    parser.option("--containment");
    parser.option("--alignment");
    parser.option(SEED);
    parser.flag(ESTIMATE);
    parser.option(REPRESENTATIVE).option(SOURCE_PRIORITY);
  }

  /** Returns whether any detector option was given. */
  static boolean anyGiven(ArgumentParser.Arguments args) {
    return Stream.of(INT_OPTIONS, DOUBLE_OPTIONS, List.of(SEED, ESTIMATE))
        .flatMap(List::stream)
        .anyMatch(args::has);
  }

  /**
   * Returns a builder holding the detector options given in {@code args}; the builder checks each
   * value's range.
   *
   * @throws UsageException naming the option when a value is malformed or out of range
   */
  static NearDuplicateDetector.Builder builder(ArgumentParser.Arguments args)
      throws UsageException {
    NearDuplicateDetector.Builder b = NearDuplicateDetector.builder();
    for (String name : INT_OPTIONS) {
      Optional<Integer> v = args.intValue(name);
      if (v.isPresent()) {
        int n = v.get();
        apply(name, () -> setInt(b, name, n));
      }
    }
    for (String name : DOUBLE_OPTIONS) {
      Optional<Double> v = args.doubleValue(name);
      if (v.isPresent()) {
        double t = v.get();
        apply(name, () -> setDouble(b, name, t));
      }
    }
    Optional<Long> seed = args.longValue(SEED);
    if (seed.isPresent()) {
      apply(SEED, () -> b.seed(seed.get()));
    }
    if (args.has(ESTIMATE)) {
      b.exactVerification(false);
    }
    b.representative(policy(args));
    return b;
  }

  /**
   * Builds the detector, turning a cross-option error into a usage error.
   *
   * @throws UsageException if the options do not form a valid configuration
   */
  static NearDuplicateDetector build(NearDuplicateDetector.Builder builder) throws UsageException {
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static void setInt(NearDuplicateDetector.Builder b, String name, int n) {
    switch (name) {
      case "--shingle-size" -> b.shingleSize(n);
      case "--signature-length" -> b.signatureLength(n);
      case "--bands" -> b.bands(n);
      case "--rows" -> b.rows(n);
      case "--min-contained-shingles" -> b.minContainedShingles(n);
      case "--sample-rate" -> b.sampleRate(n);
      case "--max-sample-frequency" -> b.maxSampleFrequency(n);
      case "--boilerplate-min-groups" -> b.boilerplateMinGroups(n);
      case "--threads" -> b.threads(n);
      default -> throw new AssertionError(name);
    }
  }

  private static void setDouble(NearDuplicateDetector.Builder b, String name, double t) {
    switch (name) {
      case "--resemblance" -> b.resemblanceThreshold(t);
      case "--containment" -> b.containmentThreshold(t);
      case "--alignment" -> b.alignmentThreshold(t);
      default -> throw new AssertionError(name);
    }
  }

  private static void apply(String name, Runnable setter) throws UsageException {
    try {
      setter.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(name + ": " + e.getMessage());
    }
  }

  /**
   * Returns the representative policy: {@code --representative most-complete|earliest|
   * source-priority}, the last with {@code --source-priority FILE} (one host or source prefix a
   * line, most trusted first; blank lines and {@code #} comments ignored), which alone implies it.
   */
  static RepresentativePolicy policy(ArgumentParser.Arguments args) throws UsageException {
    String name =
        args.value(REPRESENTATIVE)
            .orElse(args.has(SOURCE_PRIORITY) ? "source-priority" : "most-complete");
    switch (name) {
      case "most-complete":
        return RepresentativePolicy.mostComplete();
      case "earliest":
        return RepresentativePolicy.earliest();
      case "source-priority":
        if (args.value(SOURCE_PRIORITY).isEmpty()) {
          throw new UsageException(
              REPRESENTATIVE + " source-priority needs " + SOURCE_PRIORITY + " FILE");
        }
        return RepresentativePolicy.sourcePriority(sources(args.value(SOURCE_PRIORITY).get()));
      default:
        throw new UsageException(
            REPRESENTATIVE
                + " must be most-complete, earliest or source-priority, got '"
                + name
                + "'");
    }
  }

  private static List<String> sources(String file) throws UsageException {
    List<String> sources = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(path(file), StandardCharsets.UTF_8)) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          sources.add(s);
        }
      }
    } catch (IOException e) {
      throw new UsageException(SOURCE_PRIORITY + " " + file + ": cannot read it (" + e + ")");
    }
    if (sources.isEmpty()) {
      throw new UsageException(SOURCE_PRIORITY + " " + file + " lists no source");
    }
    return sources;
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
    s.println("  --representative P          a group's representative: most-complete (most");
    s.println("                              matches, then longest), earliest (published first)");
    s.println("                              or source-priority [most-complete]");
    s.println(
        "  --source-priority F         file of trusted hosts or source prefixes, one a line,");
    s.println("                              most trusted first (implies source-priority)");
  }

  /** Parses a command-line path, or throws a usage error naming it. */
  static Path path(String arg) throws UsageException {
    try {
      return Path.of(arg);
    } catch (InvalidPathException e) {
      throw new UsageException("invalid path '" + arg + "': " + e.getReason());
    }
  }
}
