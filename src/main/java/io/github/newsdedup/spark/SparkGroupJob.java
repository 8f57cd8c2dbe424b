package io.github.newsdedup.spark;

import static org.apache.spark.sql.functions.col;

import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.ProgressListener;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job behind {@code spark-submit --class io.github.newsdedup.cli.SparkMain}: reads
 * articles, groups them with {@link SparkGrouping} and writes {@code <output>/groups/} (one row per
 * grouped article: {@code id, representative, size}), {@code <output>/matches/} ({@code a, b,
 * jaccard, containment, rule, score}) and {@code <output>/skipped/} ({@code input, reason}) as JSON
 * lines or Parquet. Stateless; each run uses the active Spark session or starts one.
 */
public final class SparkGroupJob {
  private SparkGroupJob() {}

  /** The output file format. */
  public enum OutputFormat {
    /** JSON lines. */
    JSON,
    /** Parquet. */
    PARQUET
  }

  /** What the input path holds. */
  public enum InputFormat {
    /** By the path: {@code .parquet} or a folder of Parquet files, {@code .jsonl}, else files. */
    AUTO,
    /** JSON lines: {@code id}, {@code text}, optional {@code title}, {@code url}, ... */
    JSONL,
    /** Parquet with columns {@code id}, {@code text}, optional others. */
    PARQUET,
    /** A folder of {@code .txt}, {@code .html}/{@code .htm} and {@code .jsonl} files. */
    FILES
  }

  /**
   * The job's options.
   *
   * @param input the input path (local, HDFS, S3, ... as Spark reads it)
   * @param inputFormat what the input holds
   * @param output the output folder, which must not exist
   * @param outputFormat the output file format
   * @param master the Spark master to start a session with (e.g. {@code local[2]}); empty to use
   *     the one {@code spark-submit} configured, or {@code local[*]} when there is none
   * @param config the detector configuration
   * @param maxArticleBytes files larger than this are skipped
   */
  public record Options(
      String input,
      InputFormat inputFormat,
      String output,
      OutputFormat outputFormat,
      Optional<String> master,
      DetectorConfig config,
      long maxArticleBytes) {
    /** Checks the components. */
    public Options {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(inputFormat, "inputFormat");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(outputFormat, "outputFormat");
      Objects.requireNonNull(master, "master");
      Objects.requireNonNull(config, "config");
    }
  }

  /**
   * What a run did.
   *
   * @param articles articles grouped
   * @param groups groups, singletons included
   * @param matches verified matches inside groups
   * @param skipped input rows or files skipped (listed in {@code <output>/skipped/})
   */
  public record Summary(long articles, long groups, long matches, long skipped) {}

  /**
   * Runs the job.
   *
   * @param options the options
   * @param listener receives a report per finished stage, on the driver
   * @return what the run did
   */
  public static Summary run(Options options, ProgressListener listener) {
    SparkSession spark = session(options.master());
    Dataset<Row> rows =
        ArticleSources.read(
            spark,
            options.input(),
            ArticleSources.Kind.valueOf(options.inputFormat().name()),
            options.maxArticleBytes());
    Dataset<Row> unreadable =
        rows.filter(col("problem").isNotNull()).select(col("input"), col("problem").as("reason"));
    Dataset<Row> articles =
        rows.filter(col("problem").isNull()).select("id", "text", "format", "input");
    SparkGrouping.Result result = SparkGrouping.of(options.config()).group(articles, listener);
    Dataset<Row> skipped = unreadable.union(result.skipped());
    String format = options.outputFormat().name().toLowerCase(Locale.ROOT);
    String out = options.output().replaceAll("/+$", "");
    result.groups().write().format(format).save(out + "/groups");
    result.matches().write().format(format).save(out + "/matches");
    skipped.write().format(format).save(out + "/skipped");
    Dataset<Row> written = spark.read().format(format).load(out + "/groups");
    Summary summary =
        new Summary(
            written.count(),
            written.filter(col("id").equalTo(col("representative"))).count(),
            spark.read().format(format).load(out + "/matches").count(),
            spark.read().format(format).load(out + "/skipped").count());
    listener.progress("write", summary.articles(), summary.articles());
    return summary;
  }

  /**
   * Returns the active session, or starts one: with {@code master} when given, else the master
   * {@code spark-submit} configured, else {@code local[*]}. A local session binds to the loopback
   * interface, has no web UI and logs only errors, so that the job's own progress lines are what
   * the user sees.
   *
   * @param master the master URL, or empty
   * @return the session
   */
  public static SparkSession session(Optional<String> master) {
    // spark-submit passes its master as this system property.
    String m = master.orElse(System.getProperty("spark.master", "local[*]"));
    boolean local = m.startsWith("local");
    if (local) {
      quietLogs(); // before any Spark class logs
    }
    if (master.isEmpty() && SparkSession.getActiveSession().isDefined()) {
      return SparkSession.getActiveSession().get();
    }
    SparkSession.Builder builder = SparkSession.builder().appName("news-dedup").master(m);
    if (local) {
      int cores = Runtime.getRuntime().availableProcessors();
      builder
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * cores)));
    }
    return builder.getOrCreate();
  }

  /**
   * Logs errors only, on stderr, unless logging is configured already. Set before Spark starts:
   * Spark installs its own INFO-level defaults only when logging is still unconfigured.
   */
  private static void quietLogs() {
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty(
          "log4j2.configurationFile", "io/github/newsdedup/spark/log4j2-local.properties");
    }
  }
}
