package io.github.newsdedup.bench;

import io.github.newsdedup.bench.StageBench.Stage;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The peer sub-bench's report: each peer's throughput beside ours on the same sample (timed in
 * {@link StageComparison}'s rounds), plus the Python peer datasketch when asked for.
 */
final class PeerComparison {
  private PeerComparison() {}

  /**
   * Runs datasketch if asked, prints the peer table and returns the peers' report entries.
   *
   * @throws IOException if the Python peer cannot be run
   */
  static Map<String, Object> run(
      StageComparison.Result ours, int k, int length, BenchOptions o, PrintStream out)
      throws IOException, InterruptedException {
    int n = ours.sample().articles.length;
    List<Stage> peerStages = new ArrayList<>(ours.peers().values());
    DatasketchPeer.Result datasketch = null;
    // Best of up to 3 timed rounds: one round was noisy (a tenth either way from run to run).
    int datasketchRounds = Math.min(o.repeats, 3);
    if (o.datasketchPython != null) {
      datasketch =
          DatasketchPeer.run(o.datasketchPython, ours.sample(), k, length, datasketchRounds);
      peerStages.addAll(datasketch.stages());
    }
    Stage withoutNormalize =
        new Stage(
            "tokenizeShingleSignature",
            ours.tokenizeShingle().nanos() + ours.signature().nanos(),
            ours.sample().bytes,
            n);
    out.printf(
        Locale.ROOT,
        "Peers, 1 thread, best of %d, same %d articles, k=%d, %d values (@raw: fed the raw"
            + " bodies; @normalized: fed our normalized text)%n",
        o.repeats,
        n,
        k,
        length);
    out.printf(
        Locale.ROOT,
        "  %-40s %8s %11s %11s %10s %10s%n",
        "peer",
        "MB/s",
        "articles/s",
        "µs/article",
        "ours full",
        "ours -norm");
    Map<String, Stage> byName = new LinkedHashMap<>();
    for (Stage p : peerStages) {
      byName.put(p.name(), p);
      printPeer(out, p, ours, withoutNormalize);
    }
    out.println(
        "  (ours full = our fingerprint: normalize + tokenize + shingle + signature, from the"
            + " raw body; ours -norm = tokenize + shingle + signature from normalized text;"
            + " pre-hashed peers are compared with our signature stage alone)");
    if (datasketch != null) {
      out.printf(
          Locale.ROOT,
          "  (datasketch %s on Python %s: a child process, whitespace tokens, k-word shingles,"
              + " MinHash.update_batch; datasketch@: one set of permutations shared by all"
              + " sketches, datasketch-idiomatic@: MinHash(num_perm=128) per article as in"
              + " datasketch's README; best of %d timed rounds after a warm-up)%n",
          datasketch.datasketchVersion(),
          datasketch.pythonVersion(),
          datasketchRounds);
    } else {
      out.println(
          "  datasketch (Python) not run: add --datasketch python3 (needs pip install"
              + " datasketch)");
    }
    out.println();
    return report(byName, datasketch, ours, withoutNormalize);
  }

  private static void printPeer(
      PrintStream out, Stage p, StageComparison.Result ours, Stage withoutNormalize) {
    boolean pre = p.name().contains("prehashed");
    Stage compared = pre ? ours.signature() : ours.fingerprint();
    out.printf(
        Locale.ROOT,
        "  %-40s %8.1f %11.0f %11.1f %9.1fx %10s%n",
        p.name(),
        p.mbPerSec(),
        p.articlesPerSec(),
        p.microsPerArticle(),
        compared.articlesPerSec() / p.articlesPerSec(),
        pre
            ? ""
            : String.format(
                Locale.ROOT, "%.1fx", withoutNormalize.articlesPerSec() / p.articlesPerSec()));
  }

  private static Map<String, Object> report(
      Map<String, Stage> byName,
      DatasketchPeer.Result datasketch,
      StageComparison.Result ours,
      Stage withoutNormalize) {
    Map<String, Object> peerReport = new LinkedHashMap<>();
    for (String variant : List.of("@raw", "@normalized")) {
      String suffix = variant.equals("@raw") ? "" : "-normalizedInput";
      peerReport.put(
          "lucene-minhash" + suffix,
          peerJson(byName.get("lucene-minhash" + variant), null, ours, withoutNormalize));
      peerReport.put(
          "hash4j" + suffix,
          peerJson(
              byName.get("hash4j-superminhash-xxh3" + variant),
              byName.get("hash4j-superminhash-prehashed" + variant),
              ours,
              withoutNormalize));
      peerReport.put(
          "hash4j-minhash" + suffix,
          peerJson(
              byName.get("hash4j-minhash-xxh3" + variant),
              byName.get("hash4j-minhash-prehashed" + variant),
              ours,
              withoutNormalize));
      peerReport.put(
          "java-lsh" + suffix,
          peerJson(
              byName.get("java-lsh" + variant),
              byName.get("java-lsh-prehashed" + variant),
              ours,
              withoutNormalize));
    }
    if (datasketch != null) {
      Stage fingerprint = ours.fingerprint();
      peerReport.put(
          "datasketch", DatasketchPeer.json(datasketch, byName.get("datasketch@raw"), fingerprint));
      peerReport.put(
          "datasketch-normalizedInput",
          DatasketchPeer.json(datasketch, byName.get("datasketch@normalized"), fingerprint));
      peerReport.put(
          "datasketch-idiomatic",
          DatasketchPeer.json(datasketch, byName.get("datasketch-idiomatic@raw"), fingerprint));
    }
    return peerReport;
  }

  private static Map<String, Object> peerJson(
      Stage endToEnd, Stage prehashed, StageComparison.Result ours, Stage withoutNormalize) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("signatureMbPerSec", endToEnd.mbPerSec());
    m.put("articlesPerSec", endToEnd.articlesPerSec());
    m.put("microsPerArticle", endToEnd.microsPerArticle());
    m.put("oursFingerprintRatio", ours.fingerprint().articlesPerSec() / endToEnd.articlesPerSec());
    m.put(
        "oursWithoutNormalizeRatio", withoutNormalize.articlesPerSec() / endToEnd.articlesPerSec());
    if (prehashed != null) {
      m.put("prehashedSignatureMbPerSec", prehashed.mbPerSec());
      m.put("prehashedMicrosPerArticle", prehashed.microsPerArticle());
      m.put("oursSignatureRatio", ours.signature().articlesPerSec() / prehashed.articlesPerSec());
    }
    return m;
  }
}
