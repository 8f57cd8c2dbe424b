package io.github.newsdedup.bench;

import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.bench.StageBench.Sample;
import io.github.newsdedup.minhash.MinHashSignature;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Retained heap per article of signatures and fingerprints, measured with full GCs. */
final class MemoryBench {
  private MemoryBench() {}

  /** Measures the sample's fingerprints, prints one line and returns the figures for the report. */
  static Map<String, Object> run(NearDuplicateDetector det, Sample s, PrintStream out) {
    Map<String, Object> memory = measure(det, s);
    out.printf(
        Locale.ROOT,
        "Memory: %.0f bytes per signature (MinHashSignature, %d values); %.0f bytes per"
            + " fingerprint without shingle set; %.0f bytes per fingerprint with it%n%n",
        (double) memory.get("signatureBytesPerArticle"),
        det.config().shape().signatureLength(),
        (double) memory.get("fingerprintWithoutShinglesBytesPerArticle"),
        (double) memory.get("fingerprintBytesPerArticle"));
    return memory;
  }

  private static Map<String, Object> measure(NearDuplicateDetector det, Sample s) {
    int n = s.articles.length;
    Map<String, Object> m = new LinkedHashMap<>();
    Fingerprint[] full = new Fingerprint[n];
    long base = Meters.usedAfterGc();
    for (int i = 0; i < n; i++) {
      full[i] = det.fingerprint(s.articles[i]);
    }
    long withFull = Meters.usedAfterGc();
    Fingerprint[] slim = new Fingerprint[n];
    MinHashSignature[] sigs = new MinHashSignature[n];
    for (int i = 0; i < n; i++) {
      slim[i] = full[i].withoutShingles();
      sigs[i] = MinHashSignature.of(full[i].scheme(), full[i].signature().toIntArray());
    }
    // Drop the full fingerprints; slim ones share their signature objects.
    Arrays.fill(full, null);
    long withSlimAndSigs = Meters.usedAfterGc();
    Arrays.fill(sigs, null);
    long withSlim = Meters.usedAfterGc();
    m.put("fingerprintBytesPerArticle", (withFull - base) / (double) n);
    m.put("fingerprintWithoutShinglesBytesPerArticle", (withSlim - base) / (double) n);
    m.put("signatureBytesPerArticle", (withSlimAndSigs - withSlim) / (double) n);
    m.put("articles", n);
    StageBench.Blackhole.consume(slim.length + (slim[0] == null ? 0 : 1));
    return m;
  }
}
