package io.github.newsdedup.cli;

import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.cli.evaluation.ClusteringMetrics;
import io.github.newsdedup.cli.evaluation.Evaluation;
import io.github.newsdedup.cli.evaluation.PairError;
import io.github.newsdedup.cli.evaluation.PairRecall;
import io.github.newsdedup.cli.evaluation.Variant;
import io.github.newsdedup.internal.json.JsonWriter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints one {@code evaluate} run as text or as one line of JSON; also the metric and recall blocks
 * a sweep's rows share.
 */
final class EvaluationReport {
  private final Evaluation evaluation;
  private final DetectorConfig config;
  private final double readSeconds;
  private final int errors;
  private final Map<String, Variant> variants;

  /**
   * Creates the report of one run.
   *
   * @param errors how many false merges, missed pairs and missed copies to list (0: none)
   * @param variants the labelled copies in the corpus
   */
  EvaluationReport(
      Evaluation evaluation,
      DetectorConfig config,
      double readSeconds,
      int errors,
      List<Variant> variants) {
    this.evaluation = evaluation;
    this.config = config;
    this.readSeconds = readSeconds;
    this.errors = errors;
    this.variants =
        variants.stream().collect(Collectors.toMap(Variant::id, Function.identity(), (a, b) -> a));
  }

  /** Prints the readable report. */
  void text(PrintStream out, Path labels) {
    out.println("Evaluation against " + labels);
    printMetrics(out, evaluation.metrics());
    printRecalls(out, evaluation.recalls(), evaluation.merged());
    out.printf(
        Locale.ROOT,
        "  %-22s read %.2f s, group %.2f s%n",
        "time",
        readSeconds,
        evaluation.groupSeconds());
    out.printf(Locale.ROOT, "  %-22s %s%n", "detector", describe(config));
    if (errors > 0) {
      printErrors(out);
    }
  }

  /** Prints the report as one line of JSON. */
  void json(PrintStream out) {
    StringBuilder sb = new StringBuilder();
    JsonWriter j = new JsonWriter(sb, JsonWriter.COMPACT);
    j.beginObject();
    writeMetrics(j, evaluation.metrics());
    writeRecalls(j, evaluation.recalls(), evaluation.merged());
    j.name("seconds").beginObject();
    j.name("read");
    number(j, readSeconds);
    j.name("group");
    number(j, evaluation.groupSeconds());
    j.endObject();
    j.name("config");
    writeConfig(j, config);
    if (errors > 0) {
      writeErrors(j, "falseMerges", "falseMergeCount", evaluation.falseMerges());
      writeErrors(j, "missedPairs", "missedPairCount", evaluation.missed());
      if (!variants.isEmpty()) {
        writeErrors(j, "missedCopies", "missedCopyCount", evaluation.missedCopies());
      }
    }
    j.endObject();
    out.println(sb);
  }

  // ---- text

  static void printMetrics(PrintStream out, ClusteringMetrics m) {
    out.printf(Locale.ROOT, "  %-22s %d%n", "articles", m.items());
    out.printf(Locale.ROOT, "  %-22s %d%n", "true groups", m.trueGroups());
    out.printf(Locale.ROOT, "  %-22s %d%n", "predicted groups", m.predictedGroups());
    out.printf(
        Locale.ROOT,
        "  %-22s precision %.4f  recall %.4f  F1 %.4f  (pairs: true %d, predicted %d, correct"
            + " %d)%n",
        "pairwise",
        m.pairwisePrecision(),
        m.pairwiseRecall(),
        m.pairwiseF1(),
        m.truePairs(),
        m.predictedPairs(),
        m.correctPairs());
    out.printf(
        Locale.ROOT,
        "  %-22s precision %.4f  recall %.4f  F1 %.4f%n",
        "B-cubed",
        m.bcubedPrecision(),
        m.bcubedRecall(),
        m.bcubedF1());
    out.printf(Locale.ROOT, "  %-22s %.4f%n", "Adjusted Rand Index", m.adjustedRandIndex());
  }

  private static void printRecalls(
      PrintStream out, List<PairRecall> recalls, Optional<PairRecall> merged) {
    String tiers = "";
    String transforms = "";
    for (PairRecall r : recalls) {
      String text =
          String.format(
              Locale.ROOT,
              "%s %.4f (%d, %d missed)",
              shortLabel(r),
              r.recall(),
              r.pairs(),
              r.apart());
      if (r.label().equals("all")) {
        out.printf(Locale.ROOT, "  %-22s %s%n", "copy-source recall", text);
      } else if (r.label().startsWith("tier:")) {
        tiers += (tiers.isEmpty() ? "" : "  ") + text;
      } else {
        transforms += (transforms.isEmpty() ? "" : "\n  " + " ".repeat(23)) + text;
      }
    }
    if (!tiers.isEmpty()) {
      out.printf(Locale.ROOT, "  %-22s %s%n", "  by tier", tiers);
    }
    if (!transforms.isEmpty()) {
      out.printf(Locale.ROOT, "  %-22s %s%n", "  by transform", transforms);
    }
    merged.ifPresent(
        n ->
            out.printf(
                Locale.ROOT,
                "  %-22s %d of %d merged%n",
                "hard negatives",
                n.together(),
                n.pairs()));
  }

  private static String shortLabel(PairRecall r) {
    int colon = r.label().indexOf(':');
    return colon < 0 ? r.label() : r.label().substring(colon + 1);
  }

  private void printErrors(PrintStream out) {
    List<PairError> falseMerges = evaluation.falseMerges();
    List<PairError> missed = evaluation.missed();
    out.println();
    out.printf(
        Locale.ROOT,
        "False merges: %d of %d wrong matches, highest score first%n",
        Math.min(errors, falseMerges.size()),
        falseMerges.size());
    for (PairError e : first(falseMerges)) {
      out.printf(
          Locale.ROOT,
          "  %.4f %-11s J %.4f C %.4f  %s [%s]%s  +  %s [%s]%s%n",
          e.score(),
          e.rule().map(Enum::name).orElse("-"),
          e.similarity().jaccard(),
          e.similarity().containment(),
          e.a(),
          e.trueGroupA(),
          describe(variants.get(e.a())),
          e.b(),
          e.trueGroupB(),
          describe(variants.get(e.b())));
    }
    out.printf(
        Locale.ROOT,
        "Missed pairs: %d of %d, lowest similarity first (score = max(J, C), exact)%n",
        Math.min(errors, missed.size()),
        missed.size());
    printMissed(out, first(missed));
    if (!variants.isEmpty()) {
      List<PairError> copies = evaluation.missedCopies();
      out.printf(
          Locale.ROOT,
          "Missed copies: %d of %d (copy, source) pairs, nearest misses first%n",
          Math.min(errors, copies.size()),
          copies.size());
      printMissed(out, first(copies));
    }
  }

  private void printMissed(PrintStream out, List<PairError> missed) {
    for (PairError e : missed) {
      out.printf(
          Locale.ROOT,
          "  %.4f J %.4f C %.4f  %s%s  /  %s%s  [%s]%n",
          e.score(),
          e.similarity().jaccard(),
          e.similarity().containment(),
          e.a(),
          describe(variants.get(e.a())),
          e.b(),
          describe(variants.get(e.b())),
          e.trueGroupA());
    }
  }

  private List<PairError> first(List<PairError> errorList) {
    return errorList.subList(0, Math.min(errors, errorList.size()));
  }

  private static String describe(Variant v) {
    return v == null ? "" : " (" + v.tier() + ": " + String.join(",", v.transforms()) + ")";
  }

  private static String describe(DetectorConfig c) {
    return String.format(
        Locale.ROOT,
        "shingle-size %d, signature-length %d, bands %d, resemblance %s, containment %s,"
            + " alignment %s, min-contained-shingles %d, boilerplate-min-groups %d%s",
        c.shape().shingleSize(),
        c.shape().signatureLength(),
        c.shape().bands(),
        c.thresholds().resemblanceThreshold(),
        c.thresholds().containmentThreshold(),
        c.thresholds().alignmentThreshold(),
        c.thresholds().minContainedShingles(),
        c.thresholds().boilerplateMinGroups(),
        c.exactVerification() ? "" : ", estimate");
  }

  // ---- JSON

  /** Writes a number as {@code evaluate}'s JSON does: whole values without a fraction. */
  static void number(JsonWriter j, double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      j.value((long) v);
    } else if (Double.isFinite(v)) {
      j.value(v);
    } else {
      j.nullValue();
    }
  }

  static void writeMetrics(JsonWriter j, ClusteringMetrics m) {
    j.name("articles").value(m.items());
    j.name("trueGroups").value(m.trueGroups());
    j.name("predictedGroups").value(m.predictedGroups());
    j.name("pairwise").beginObject();
    j.name("precision");
    number(j, m.pairwisePrecision());
    j.name("recall");
    number(j, m.pairwiseRecall());
    j.name("f1");
    number(j, m.pairwiseF1());
    j.name("truePairs").value(m.truePairs());
    j.name("predictedPairs").value(m.predictedPairs());
    j.name("correctPairs").value(m.correctPairs());
    j.endObject();
    j.name("bcubed").beginObject();
    j.name("precision");
    number(j, m.bcubedPrecision());
    j.name("recall");
    number(j, m.bcubedRecall());
    j.name("f1");
    number(j, m.bcubedF1());
    j.endObject();
    j.name("adjustedRandIndex");
    number(j, m.adjustedRandIndex());
  }

  static void writeRecalls(JsonWriter j, List<PairRecall> recalls, Optional<PairRecall> merged) {
    if (!recalls.isEmpty()) {
      j.name("copySourceRecall").beginObject();
      for (PairRecall r : recalls) {
        j.name(r.label()).beginObject();
        j.name("pairs").value(r.pairs());
        j.name("together").value(r.together());
        j.name("recall");
        number(j, r.recall());
        j.endObject();
      }
      j.endObject();
    }
    merged.ifPresent(
        n -> {
          j.name("hardNegatives").beginObject();
          j.name("pairs").value(n.pairs());
          j.name("merged").value(n.together());
          j.endObject();
        });
  }

  private static void writeConfig(JsonWriter j, DetectorConfig c) {
    j.beginObject();
    j.name("shingleSize").value(c.shape().shingleSize());
    j.name("signatureLength").value(c.shape().signatureLength());
    j.name("bands").value(c.shape().bands());
    j.name("seed").value(c.shape().seed());
    j.name("resemblanceThreshold");
    number(j, c.thresholds().resemblanceThreshold());
    j.name("containmentThreshold");
    number(j, c.thresholds().containmentThreshold());
    j.name("minContainedShingles").value(c.thresholds().minContainedShingles());
    j.name("alignmentThreshold");
    number(j, c.thresholds().alignmentThreshold());
    j.name("sampleRate").value(c.shape().sampleRate());
    j.name("maxSampleFrequency").value(c.thresholds().maxSampleFrequency());
    j.name("boilerplateMinGroups").value(c.thresholds().boilerplateMinGroups());
    j.name("exactVerification").value(c.exactVerification());
    j.endObject();
  }

  private void writeErrors(JsonWriter j, String name, String countName, List<PairError> list) {
    j.name(name).beginArray();
    for (PairError e : first(list)) {
      j.beginObject();
      j.name("a").value(e.a());
      j.name("b").value(e.b());
      j.name("trueGroupA").value(e.trueGroupA());
      j.name("trueGroupB").value(e.trueGroupB());
      j.name("score");
      number(j, e.score());
      j.name("jaccard");
      number(j, e.similarity().jaccard());
      j.name("containment");
      number(j, e.similarity().containment());
      e.rule().ifPresent(r -> j.name("rule").value(r.name()));
      j.endObject();
    }
    j.endArray();
    j.name(countName).value(list.size());
  }
}
