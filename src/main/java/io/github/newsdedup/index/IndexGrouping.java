package io.github.newsdedup.index;

import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.internal.Parallel;
import io.github.newsdedup.internal.Progress;
import io.github.newsdedup.internal.grouping.BatchGrouping;
import io.github.newsdedup.internal.grouping.VerifiedPairs;
import io.github.newsdedup.internal.lsh.ContainmentRule;
import io.github.newsdedup.internal.lsh.LshBands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The index's {@code groups()}: the batch grouping of {@link
 * NearDuplicateDetector#groupFingerprints} over the stored fingerprints, without holding them all
 * in memory. Candidate search needs only each article's id, shingle count, signature and sample
 * (about 1 KB an article); the full fingerprints (shingle set and alignment sequence, a few KB
 * each) are read from the index for the two sides of each candidate pair while it is verified. The
 * pipeline is the batch's own ({@link BatchGrouping}), so the groups are equal.
 */
final class IndexGrouping {
  private IndexGrouping() {}

  /** Returns the groups of the live articles of {@code reader}. */
  static List<DuplicateGroup> group(IndexReader reader, NearDuplicateDetector detector)
      throws IOException {
    DetectorConfig config = detector.config();
    DetectorConfig.Thresholds t = config.thresholds();
    Stored stored = Stored.read(reader);
    try (Parallel parallel = Parallel.of(config.threads())) {
      BatchGrouping pipeline =
          new BatchGrouping(
              new LshBands(config.shape().bands(), config.shape().rows()),
              new ContainmentRule(
                  t.minContainedShingles(), t.containmentThreshold(), t.maxSampleFrequency()),
              parallel,
              Progress.NONE);
      return pipeline.group(
          stored.articles(),
          () -> new StoredJudge(reader, detector, stored.docs()),
          (m, first, second) -> new Match(first, second, m.similarity(), m.rule(), m.score()),
          DuplicateGroup::new);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * What candidate search needs of the stored articles, in id order (as the batch sees them), and
   * each article's doc id.
   */
  private record Stored(BatchGrouping.Articles articles, int[] docs) {
    static Stored read(IndexReader reader) throws IOException {
      int n = reader.numDocs();
      String[] ids = new String[n];
      int[] docs = new int[n];
      int[] counts = new int[n];
      int[][] signatures = new int[n][];
      long[][] samples = new long[n][];
      int i = 0;
      for (LeafReaderContext ctx : reader.leaves()) {
        Bits live = ctx.reader().getLiveDocs();
        BinaryDocValues values = ctx.reader().getBinaryDocValues(IndexSchema.FINGERPRINT);
        for (int d = 0; d < ctx.reader().maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          if (values == null || !values.advanceExact(d)) {
            throw new IOException(
                "corrupt index: document " + (ctx.docBase + d) + " has no stored fingerprint");
          }
          BytesRef b = values.binaryValue();
          Fingerprint f = Fingerprint.fromBytes(b.bytes, b.offset, b.length);
          ids[i] = f.id();
          docs[i] = ctx.docBase + d;
          counts[i] = f.shingleCount();
          if (f.shingleCount() > 0) {
            signatures[i] = f.signature().toIntArray();
            samples[i] = f.sample();
          }
          i++;
        }
      }
      Integer[] order = new Integer[n];
      for (int k = 0; k < n; k++) {
        order[k] = k;
      }
      Arrays.sort(order, Comparator.comparing(k -> ids[k]));
      String[] sortedIds = new String[n];
      int[] sortedDocs = new int[n];
      int[] sortedCounts = new int[n];
      int[][] sortedSignatures = new int[n][];
      long[][] sortedSamples = new long[n][];
      for (int k = 0; k < n; k++) {
        int from = order[k];
        sortedIds[k] = ids[from];
        sortedDocs[k] = docs[from];
        sortedCounts[k] = counts[from];
        sortedSignatures[k] = signatures[from];
        sortedSamples[k] = samples[from];
      }
      return new Stored(
          new BatchGrouping.Articles(sortedIds, sortedCounts, sortedSignatures, sortedSamples),
          sortedDocs);
    }
  }

  /**
   * Verifies pairs of stored articles. Pairs come sorted by their first side, so it is read once
   * per run; the second side is read by a reader of its own, so that the first side's leaf is not
   * reopened for every pair. Not thread-safe: one per chunk of pairs.
   */
  private static final class StoredJudge implements VerifiedPairs.PairJudge<Match> {
    private final NearDuplicateDetector detector;
    private final int[] docs;
    private final StoredFingerprints first;
    private final StoredFingerprints second;
    private int lastA = -1;
    private Fingerprint a;

    StoredJudge(IndexReader reader, NearDuplicateDetector detector, int[] docs) {
      this.detector = detector;
      this.docs = docs;
      this.first = new StoredFingerprints(reader);
      this.second = new StoredFingerprints(reader);
    }

    @Override
    public Match judge(int i, int j) {
      try {
        if (i != lastA) {
          a = first.fingerprint(docs[i]);
          lastA = i;
        }
        return detector.verify(a, second.fingerprint(docs[j])).orElse(null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
