package io.github.newsdedup.cli;

import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.spark.SparkGroupJob;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Spark job's command line: {@code spark-submit --class io.github.newsdedup.cli.SparkMain
 * news-dedup.jar --input <path> --output <dir> [options]}, or {@code java -jar news-dedup-spark.jar
 * ...} with Spark inside. Takes the detector options of {@code group}, with the same checks and
 * messages.
 */
public final class SparkMain {
  private SparkMain() {}

  /**
   * Runs the job and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // As Spark's launcher sets it: Netty's direct buffers on Java 17 (the jar opens the packages).
    if (System.getProperty("io.netty.tryReflectionSetAccessible") == null) {
      System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the job; the testable entry point.
   *
   * @param args the arguments
   * @param out receives the summary
   * @param err receives progress and diagnostics
   * @return the exit code: 0 done, 1 done with skipped inputs, 2 usage error, 3 failure
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      return runJob(Arrays.asList(args), out, err);
    } catch (UsageException e) {
      err.println("news-dedup spark: " + e.getMessage());
      err.println("Run with --help for the options.");
      return Main.EXIT_USAGE;
    } catch (Exception e) {
      err.println("news-dedup spark: failed: " + e);
      return Main.EXIT_FAILED;
    }
  }

  private static int runJob(List<String> args, PrintStream out, PrintStream err)
      throws UsageException {
    ArgumentParser parser =
        new ArgumentParser()
            .option("--input")
            .option("--output")
            .option("--master")
            .option("--output-format")
            .option("--input-format")
            .flag("--quiet", "-q");
    parser.option(InputOptions.MAX_ARTICLE_BYTES);
    DetectorOptions.declare(parser);
    ArgumentParser.Arguments a = parser.parse(args);
    if (a.help()) {
      printHelp(out);
      return Main.EXIT_OK;
    }
    if (!a.operands().isEmpty()) {
      throw new UsageException("unexpected argument '" + a.operands().get(0) + "'");
    }
    String input = a.value("--input").orElseThrow(() -> new UsageException("--input is required"));
    String output =
        a.value("--output").orElseThrow(() -> new UsageException("--output is required"));
    Optional<String> master = a.value("--master");
    SparkGroupJob.OutputFormat outputFormat = SparkGroupJob.OutputFormat.JSON;
    if (a.value("--output-format").isPresent()) {
      outputFormat =
          choice(
              SparkGroupJob.OutputFormat.class,
              "--output-format",
              a.value("--output-format").get());
    }
    SparkGroupJob.InputFormat inputFormat = SparkGroupJob.InputFormat.AUTO;
    if (a.value("--input-format").isPresent()) {
      inputFormat =
          choice(
              SparkGroupJob.InputFormat.class, "--input-format", a.value("--input-format").get());
    }
    long maxArticleBytes = InputOptions.readOptions(a).maxArticleBytes();
    boolean quiet = a.has("--quiet");
    NearDuplicateDetector.Builder builder = DetectorOptions.builder(a);
    DetectorConfig config;
    try {
      config = builder.config();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    ProgressListener progress = quiet ? ProgressListener.NONE : stageLines(err);
    SparkGroupJob.Summary summary =
        SparkGroupJob.run(
            new SparkGroupJob.Options(
                input, inputFormat, output, outputFormat, master, config, maxArticleBytes),
            progress);
    out.printf(
        Locale.ROOT,
        "%,d articles in %,d groups, %,d matches, %,d skipped; written to %s%n",
        summary.articles(),
        summary.groups(),
        summary.matches(),
        summary.skipped(),
        output);
    if (summary.skipped() > 0) {
      err.printf(
          Locale.ROOT,
          "spark: %,d %s skipped (listed in %s/skipped)%n",
          summary.skipped(),
          summary.skipped() == 1 ? "input" : "inputs",
          output);
      return Main.EXIT_SKIPPED;
    }
    return Main.EXIT_OK;
  }

  /** One line per finished stage, with the time since the previous one. */
  private static ProgressListener stageLines(PrintStream err) {
    long[] last = {System.nanoTime()};
    return (stage, done, total) -> {
      long now = System.nanoTime();
      err.printf(
          Locale.ROOT, "spark: %-12s %,d/%,d  %.1f s%n", stage, done, total, (now - last[0]) / 1e9);
      last[0] = now;
    };
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String flag, String value)
      throws UsageException {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    throw new UsageException(
        flag
            + " must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .toList()
            + ", got '"
            + value
            + "'");
  }

  static void printHelp(PrintStream s) {
    s.println(
        "Usage: spark-submit --class io.github.newsdedup.cli.SparkMain news-dedup.jar"
            + " --input <path> --output <dir> [options]");
    s.println("   or: java -jar news-dedup-spark.jar --input <path> --output <dir> [options]");
    s.println();
    s.println("Groups copies on Spark with the groups of 'group'. Writes <dir>/groups/ (id,");
    s.println("representative, size: one row per article), <dir>/matches/ (a, b, jaccard,");
    s.println("containment, rule, score) and <dir>/skipped/ (input, reason).");
    s.println();
    s.println("Options (defaults in brackets):");
    s.println("  --input PATH                JSONL file, Parquet file or folder, or a folder of");
    s.println("                              .txt/.html/.htm/.jsonl files");
    s.println("  --input-format F            auto, jsonl, parquet or files [auto]");
    s.println("  --output DIR                output folder; must not exist");
    s.println("  --output-format F           json or parquet [json]");
    s.println("  --master URL                Spark master, e.g. local[2] [spark-submit's, else");
    s.println("                              local[*]]");
    s.printf(
        Locale.ROOT,
        "  --max-article-bytes N       skip files larger than N bytes [%d]%n",
        ArticleReader.DEFAULT_MAX_ARTICLE_BYTES);
    s.println("  -q, --quiet                 no stage lines on stderr");
    s.println("  -h, --help                  show this help");
    s.println();
    DetectorOptions.printHelp(s);
    s.println();
    s.println("Exit codes: 0 done; 1 done, but some inputs were skipped; 2 usage error;");
    s.println("3 failure.");
  }
}
