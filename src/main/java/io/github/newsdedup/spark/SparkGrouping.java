package io.github.newsdedup.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;

import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.ProgressListener;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Groups copies among the articles of a Spark {@code Dataset<Row>}, with exactly the groups and
 * matches of {@link io.github.newsdedup.NearDuplicateDetector#group} on the same articles in the
 * same order, for corpora that do not fit one machine.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().parquet("archive.parquet"); // id, text, ...
 * SparkGrouping.Result result =
 *     SparkGrouping.of(NearDuplicateDetector.builder().build().config()).group(articles);
 * result.groups().write().json("out/groups");   // id, representative, size
 * result.matches().write().json("out/matches"); // a, b, jaccard, containment, rule, score
 * }</pre>
 *
 * <p>Input columns: {@code id} (any type, read as a string) and {@code text} (a string), both
 * required; optional {@code format} ({@code "auto"}, {@code "text"} or {@code "html"}, default
 * auto) and {@code input} (where the row came from, used in skip reasons); other columns such as
 * {@code title}, {@code url} and {@code published} are ignored, as grouping does not use them. Rows
 * with a missing or blank id or text and rows repeating an earlier id are not grouped and are
 * listed in {@link Result#skipped()}, as {@code group} lists them.
 *
 * <p>The stages run on the executors: fingerprints with the library's own code (one detector per
 * executor, rebuilt from the configuration), candidates from LSH band keys and containment-sample
 * hashes grouped by key under the library's bounds, verification of each candidate with both
 * fingerprints joined to it, connected components of the verified pairs (alternating large-star and
 * small-star), then the library's star grouping inside each component, and the batch boilerplate
 * rule as a second pass when enabled. Only counts reach the driver.
 *
 * <p>Intermediate results are checkpointed (reliably when the session has a checkpoint folder, else
 * locally on the executors) to keep query plans small; Spark frees them once the returned Datasets
 * are no longer referenced. Immutable and thread-safe.
 */
public final class SparkGrouping {
  private final Settings settings;

  private SparkGrouping(Settings settings) {
    this.settings = settings;
  }

  /**
   * Returns a grouping with the given detector configuration ({@code threads} is ignored: Spark
   * decides the parallelism).
   *
   * @param config the detector configuration, e.g. {@code builder.config()}
   * @return the grouping
   * @throws NullPointerException if {@code config} is null
   */
  public static SparkGrouping of(DetectorConfig config) {
    return new SparkGrouping(Settings.of(Objects.requireNonNull(config, "config")));
  }

  /**
   * The output of a run.
   *
   * @param groups one row per grouped article: {@code id}, {@code representative} (the id of its
   *     group's representative, its own id for an article without copies), {@code size} (of its
   *     group)
   * @param matches one row per verified match inside a group: {@code a} (the representative when it
   *     is a side, otherwise the smaller id), {@code b}, {@code jaccard}, {@code containment},
   *     {@code rule} (RESEMBLANCE, CONTAINMENT or ALIGNMENT), {@code score}
   * @param skipped one row per input row not grouped: {@code input}, {@code reason}
   * @param articles the number of articles grouped
   */
  public record Result(
      Dataset<Row> groups, Dataset<Row> matches, Dataset<Row> skipped, long articles) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a Dataset is null
     */
    public Result {
      Objects.requireNonNull(groups, "groups");
      Objects.requireNonNull(matches, "matches");
      Objects.requireNonNull(skipped, "skipped");
    }
  }

  /**
   * Groups the articles, without progress reports.
   *
   * @param articles the articles, with columns as described above
   * @return the groups, matches and skipped rows
   * @throws NullPointerException if {@code articles} is null
   * @throws IllegalArgumentException if the {@code id} or {@code text} column is missing
   */
  public Result group(Dataset<Row> articles) {
    return group(articles, ProgressListener.NONE);
  }

  /**
   * Groups the articles, reporting each finished stage to {@code listener} on the driver.
   *
   * @param articles the articles, with columns as described above
   * @param listener receives a report per stage
   * @return the groups, matches and skipped rows
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the {@code id} or {@code text} column is missing
   */
  public Result group(Dataset<Row> articles, ProgressListener listener) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(listener, "listener");
    InputRows.Checked checked = InputRows.check(articles);
    Dataset<Row> valid = keep(checked.valid());
    long n = valid.count();
    listener.progress("read", n, n);

    Dataset<Row> fingerprints = keep(Stages.fingerprints(valid, settings, n));
    listener.progress("fingerprint", n, n);
    Pass pass = pass(fingerprints, n, listener);

    if (settings.boilerplate()) {
      Dataset<Row> keys =
          fingerprints
              .select(col("ord"), explode(col("sentences")).as("key"))
              .join(pass.representatives.select("ord", "rep"), "ord")
              .select("key", "rep")
              .distinct()
              .groupBy("key")
              .count()
              .filter(col("count").geq(settings.boilerplateMinGroups()))
              .select("key");
      Dataset<Row> affected =
          keep(
              fingerprints
                  .select(col("ord"), explode(col("sentences")).as("key"))
                  .join(keys, "key")
                  .groupBy("ord")
                  .agg(collect_set("key").as("keys")));
      long changed = affected.count();
      listener.progress("boilerplate", changed, n);
      if (changed > 0) {
        Dataset<Row> refingerprinted =
            Stages.withoutBoilerplate(affected.join(valid, "ord"), settings, n);
        Dataset<Row> second =
            keep(
                fingerprints
                    .join(affected.select("ord"), "ord", "left_anti")
                    .unionByName(refingerprinted));
        listener.progress("fingerprint", changed, changed);
        pass = pass(second, n, listener);
      }
    }
    return new Result(pass.groups(), pass.matches(), checked.skipped(), n);
  }

  /** One grouping pass: candidates, verification, components, stars. */
  private Pass pass(Dataset<Row> fingerprints, long n, ProgressListener listener) {
    Dataset<Row> bandEntries =
        fingerprints
            .filter(col("count").gt(0))
            .select(col("ord"), posexplode(col("bandKeys")).as(new String[] {"band", "key"}));
    Dataset<Row> buckets = bandEntries.groupBy("band", "key").agg(collect_list("ord").as("ords"));
    Dataset<Row> sampleEntries =
        fingerprints
            .filter(col("count").gt(0))
            .select(
                col("ord"), col("count"), col("sampleLen"), explode(col("sampleKeys")).as("key"));
    Dataset<Row> runs =
        sampleEntries
            .groupBy("key")
            .agg(collect_list(struct(col("ord"), col("count"), col("sampleLen"))).as("posts"));
    Dataset<Row> candidates = keep(Candidates.pairs(buckets, runs, settings).distinct());
    long candidateCount = candidates.count();
    listener.progress("candidates", candidateCount, candidateCount);

    Dataset<Row> verified =
        keep(Stages.verify(candidates, fingerprints.select("ord", "fp"), settings));
    long matchCount = verified.count();
    listener.progress("verify", matchCount, candidateCount);

    Dataset<Row> labels = Components.labels(verified.select("i", "j"));
    listener.progress("components", 1, 1);

    Dataset<Row> representatives =
        keep(
            Stars.representatives(
                labels, verified.select("i", "j"), fingerprints.select("ord", "id", "count")));
    listener.progress("groups", n, n);
    return new Pass(representatives, verified);
  }

  /**
   * Materializes an intermediate result and cuts its lineage, so that later plans stay small: a
   * reliable checkpoint when the session has a checkpoint folder, else a local one (kept by the
   * executors, faster, but lost with an executor).
   */
  static Dataset<Row> keep(Dataset<Row> d) {
    boolean reliable = d.sparkSession().sparkContext().getCheckpointDir().isDefined();
    return reliable ? d.checkpoint() : d.localCheckpoint();
  }

  /** A pass's outcome: each article's representative and the verified pairs. */
  private record Pass(Dataset<Row> representatives, Dataset<Row> verified) {
    Dataset<Row> groups() {
      return Stars.groups(representatives);
    }

    Dataset<Row> matches() {
      return Stars.matches(representatives, verified);
    }
  }
}
