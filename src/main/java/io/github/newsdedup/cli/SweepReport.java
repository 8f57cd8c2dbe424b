package io.github.newsdedup.cli;

import io.github.newsdedup.cli.evaluation.ClusteringMetrics;
import io.github.newsdedup.cli.evaluation.PairRecall;
import io.github.newsdedup.cli.evaluation.Sweep;
import io.github.newsdedup.cli.evaluation.SweepRow;
import io.github.newsdedup.internal.json.JsonWriter;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints a threshold sweep as a table or as one line of JSON. */
final class SweepReport {
  private final Sweep.Result result;
  private final int articles;
  private final boolean fast;

  /**
   * Creates the report of a sweep.
   *
   * @param articles the number of labelled articles in the corpus
   * @param fast whether the sweep fingerprinted once per shingle size
   */
  SweepReport(Sweep.Result result, int articles, boolean fast) {
    this.result = result;
    this.articles = articles;
    this.fast = fast;
  }

  /** Returns the detector flags of the best row. */
  String bestFlags() {
    SweepRow b = result.bestRow();
    return String.format(
        Locale.ROOT,
        "--shingle-size %d --resemblance %s --containment %s",
        b.shingleSize(),
        b.resemblance(),
        b.containment());
  }

  /** Prints the sweep as one line of JSON. */
  void json(PrintStream out) {
    StringBuilder sb = new StringBuilder();
    JsonWriter j = new JsonWriter(sb, JsonWriter.COMPACT);
    j.beginObject();
    j.name("articles").value(articles);
    j.name("sweep").beginArray();
    List<SweepRow> rows = result.rows();
    for (int i = 0; i < rows.size(); i++) {
      SweepRow row = rows.get(i);
      j.beginObject();
      j.name("shingleSize").value(row.shingleSize());
      j.name("resemblance");
      EvaluationReport.number(j, row.resemblance());
      j.name("containment");
      EvaluationReport.number(j, row.containment());
      EvaluationReport.writeMetrics(j, row.metrics());
      EvaluationReport.writeRecalls(j, row.recalls(), row.merged());
      j.name("seconds");
      EvaluationReport.number(j, row.seconds());
      j.name("best").value(i == result.best());
      j.endObject();
    }
    j.endArray();
    j.name("best").beginObject();
    j.name("flags").value(bestFlags());
    if (result.withBoilerplateRule().isPresent()) {
      j.name("withBoilerplateRule").beginObject();
      EvaluationReport.writeMetrics(j, result.withBoilerplateRule().get());
      j.endObject();
    }
    j.endObject();
    j.name("seconds");
    EvaluationReport.number(j, result.seconds());
    j.endObject();
    out.println(sb);
  }

  /** Prints the sweep as a table, the best row marked with {@code *}. */
  void text(PrintStream out, boolean hasRecall, boolean hasNegatives) {
    List<SweepRow> rows = result.rows();
    out.printf(
        Locale.ROOT,
        "Sweep over %d articles (%d points%s)%n",
        articles,
        rows.size(),
        fast
            ? "; fast: fingerprints once per shingle size, grouped without the batch boilerplate"
                + " rule"
            : "");
    StringBuilder head =
        new StringBuilder("  shingle  resembl  contain     ARI   pairP   pairR  pairF1   b3-F1");
    if (hasRecall) {
      head.append("  easyR  mediumR  hardR");
    }
    if (hasNegatives) {
      head.append("  negMerged");
    }
    out.println(head);
    for (int i = 0; i < rows.size(); i++) {
      out.println(line(rows.get(i), i == result.best(), hasRecall, hasNegatives));
    }
    out.printf(
        Locale.ROOT,
        "* best by ARI: %s  (ARI %.4f)%n",
        bestFlags(),
        result.bestRow().metrics().adjustedRandIndex());
    if (result.withBoilerplateRule().isPresent()) {
      ClusteringMetrics full = result.withBoilerplateRule().get();
      out.printf(
          Locale.ROOT,
          "  with the batch boilerplate rule, as 'group' runs it: ARI %.4f, pairwise P %.4f R"
              + " %.4f%n",
          full.adjustedRandIndex(),
          full.pairwisePrecision(),
          full.pairwiseRecall());
    }
    out.printf(Locale.ROOT, "time: %.2f s%n", result.seconds());
  }

  private static String line(SweepRow row, boolean best, boolean hasRecall, boolean hasNegatives) {
    ClusteringMetrics m = row.metrics();
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s %7d  %7.2f  %7.2f  %6.4f  %6.4f  %6.4f  %6.4f  %6.4f",
                best ? "*" : " ",
                row.shingleSize(),
                row.resemblance(),
                row.containment(),
                m.adjustedRandIndex(),
                m.pairwisePrecision(),
                m.pairwiseRecall(),
                m.pairwiseF1(),
                m.bcubedF1()));
    if (hasRecall) {
      line.append(
          String.format(
              Locale.ROOT,
              "  %5s  %7s  %5s",
              tierRecall(row.recalls(), "easy"),
              tierRecall(row.recalls(), "medium"),
              tierRecall(row.recalls(), "hard")));
    }
    if (hasNegatives) {
      PairRecall n = row.merged().orElseThrow();
      line.append(String.format(Locale.ROOT, "  %9s", n.together() + "/" + n.pairs()));
    }
    return line.toString();
  }

  private static String tierRecall(List<PairRecall> recalls, String tier) {
    for (PairRecall r : recalls) {
      if (r.label().equals("tier:" + tier)) {
        return String.format(Locale.ROOT, "%.3f", r.recall());
      }
    }
    return "-";
  }
}
