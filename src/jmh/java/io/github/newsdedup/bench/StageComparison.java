package io.github.newsdedup.bench;

import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.bench.StageBench.Sample;
import io.github.newsdedup.bench.StageBench.Stage;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The single-thread sub-bench: per-stage throughput of our building blocks and the peers' on the
 * same sample, best of several rounds with ours and the peers interleaved, so that load from other
 * processes on a shared machine affects both alike. Prints the stage table and the output checksum
 * that pins what the stages compute.
 */
final class StageComparison {
  /**
   * The best time of each stage, ours and the peers'.
   *
   * @param fingerprint normalize + tokenize/shingle + signature with the building blocks
   * @param signature the signature stage alone
   * @param tokenizeShingle tokenize and shingle together
   * @param peers the peers' best stages by name, in the order they first ran
   */
  record Result(
      Sample sample,
      Stage fingerprint,
      Stage signature,
      Stage tokenizeShingle,
      Map<String, Stage> peers) {}

  private StageComparison() {}

  /** Runs one stage in a loop for 20 s, for a sampling profiler (e.g. JFR). */
  static void profile(StageBench sb, Sample sample, String stage, NearDuplicateDetector oneThread) {
    sb.warmUp(sample, 2);
    sb.normalize(sample); // the tokenize stage reads the normalized texts
    long until = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < until) {
      switch (stage) {
        case "normalize" -> sb.normalize(sample);
        case "tokenize" -> sb.tokenizeAndShingle(sample);
        case "api" -> StageBench.fingerprintApi(oneThread, sample);
        default -> throw new IllegalArgumentException("--profile-stage: " + stage);
      }
    }
  }

  /**
   * Times the stages (and the peers, if asked), prints the stage table, and puts each stage and the
   * checksum into the report.
   */
  static Result run(
      StageBench sb,
      Sample sample,
      Stage read,
      NearDuplicateDetector oneThread,
      BenchOptions o,
      Map<String, Object> stages,
      Map<String, Object> report,
      PrintStream out) {
    int n = sample.articles.length;
    int k = oneThread.config().shape().shingleSize();
    int length = oneThread.config().shape().signatureLength();
    sb.warmUp(sample, Math.max(1, Math.min(10, 10_000 / n)));
    Stage normalize = null;
    Stage tokenize = null;
    Stage shingle = null;
    Stage signature = null;
    Stage api = null;
    Map<String, Stage> peerBest = new LinkedHashMap<>();
    PeerBench pb = new PeerBench(k, length);
    for (int r = 0; r < o.repeats; r++) {
      normalize = best(normalize, sb.normalize(sample));
      Stage[] ts = sb.tokenizeAndShingle(sample);
      tokenize = best(tokenize, ts[0]);
      shingle = best(shingle, ts[1]);
      signature = best(signature, sb.signature(sample));
      api = best(api, StageBench.fingerprintApi(oneThread, sample));
      if (o.peers) {
        List<Stage> round = new ArrayList<>(pb.run(sample, true));
        round.addAll(pb.run(sample, false));
        for (Stage p : round) {
          peerBest.put(p.name(), best(peerBest.get(p.name()), p));
        }
      }
    }
    Stage tokenizeShingle =
        new Stage("tokenizeShingle", tokenize.nanos() + shingle.nanos(), sample.bytes, n);
    Stage fingerprint =
        new Stage(
            "fingerprint",
            normalize.nanos() + tokenizeShingle.nanos() + signature.nanos(),
            sample.bytes,
            n);
    List<Stage> rows =
        List.of(read, normalize, tokenize, shingle, tokenizeShingle, signature, fingerprint, api);
    out.printf(
        Locale.ROOT,
        "Per-stage throughput, 1 thread, best of %d, %d articles, %.1f MB, %.0f words/article,"
            + " %.0f shingles/article%n",
        o.repeats,
        n,
        sample.bytes / 1e6,
        wordsPerArticle(sample),
        sample.totalShingles / (double) n);
    out.printf(
        Locale.ROOT, "  %-28s %10s %12s %12s%n", "stage", "MB/s", "articles/s", "µs/article");
    for (Stage s : rows) {
      out.printf(
          Locale.ROOT,
          "  %-28s %10.1f %12.0f %12.1f%n",
          s.name(),
          s.mbPerSec(),
          s.articlesPerSec(),
          s.microsPerArticle());
      stages.put(s.name(), stageJson(s));
    }
    out.printf(
        Locale.ROOT,
        "  normalize detail: HTML articles %d: %.1f µs each; the other articles %.1f µs each%n",
        sample.htmlCount,
        sample.htmlNanos / 1e3 / Math.max(1, sample.htmlCount),
        (normalize.nanos() - sample.htmlNanos) / 1e3 / Math.max(1, n - sample.htmlCount));
    out.printf(Locale.ROOT, "  output checksum: %016x%n", sample.checksum);
    report.put("outputChecksum", String.format(Locale.ROOT, "%016x", sample.checksum));
    out.println(
        "  (fingerprint = normalize + tokenizeShingle + signature with the building blocks;"
            + " fingerprintApi = detector.fingerprint(), which also computes the containment"
            + " sample and Fingerprint object)");
    out.println();
    return new Result(sample, fingerprint, signature, tokenizeShingle, peerBest);
  }

  private static Stage best(Stage a, Stage b) {
    return a == null || b.nanos() < a.nanos() ? b : a;
  }

  private static double wordsPerArticle(Sample s) {
    long words = 0;
    for (String t : s.normalized) {
      words += t.isEmpty() ? 0 : t.split("\\s+").length;
    }
    return words / (double) s.normalized.length;
  }

  private static Map<String, Object> stageJson(Stage s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mbPerSec", s.mbPerSec());
    m.put("articlesPerSec", s.articlesPerSec());
    m.put("microsPerArticle", s.microsPerArticle());
    m.put("threads", 1);
    m.put("articles", s.articles());
    return m;
  }
}
