package io.github.newsdedup.store.lucene;

import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.cluster.StarGrouping;
import io.github.newsdedup.internal.Futures;
import io.github.newsdedup.lsh.CandidateSearch;
import io.github.newsdedup.lsh.LshBands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The index's {@code groups()}: the batch grouping of {@link
 * NearDuplicateDetector#groupFingerprints} over the stored fingerprints, without holding them all
 * in memory. Candidate search needs only each article's id, shingle count, signature and sample
 * (about 1 KB an article, read from the head of the stored fingerprint); the full fingerprints
 * (shingle set and alignment sequence, a few KB each) are read from the index for the two sides of
 * each candidate pair while it is verified. The candidates, the verification and the grouping are
 * those of the batch (same candidate search, same {@code verify}, same star rule, same order), so
 * the groups are equal.
 */
final class IndexGrouping {
  /** Verification work is split into chunks of this many candidate pairs. */
  private static final int CHUNK = 4096;

  private IndexGrouping() {}

  /** The fields of a stored fingerprint that candidate search needs. */
  private record Head(String id, int shingleCount, int[] signature, long[] sample) {}

  static List<DuplicateGroup> group(IndexReader reader, NearDuplicateDetector detector)
      throws IOException {
    DetectorConfig config = detector.config();
    int n = reader.numDocs();
    String[] ids = new String[n];
    int[] docs = new int[n];
    int[] counts = new int[n];
    int[][] signatures = new int[n][];
    long[][] samples = new long[n][];
    int i = 0;
    for (LeafReaderContext ctx : reader.leaves()) {
      Bits live = ctx.reader().getLiveDocs();
      BinaryDocValues values = ctx.reader().getBinaryDocValues(LuceneDedupIndex.FINGERPRINT);
      for (int d = 0; d < ctx.reader().maxDoc(); d++) {
        if (live != null && !live.get(d)) {
          continue;
        }
        if (values == null || !values.advanceExact(d)) {
          throw new IOException(
              "corrupt index: document " + (ctx.docBase + d) + " has no stored fingerprint");
        }
        Head h = head(values.binaryValue());
        ids[i] = h.id();
        docs[i] = ctx.docBase + d;
        counts[i] = h.shingleCount();
        if (h.shingleCount() > 0) {
          signatures[i] = h.signature();
          samples[i] = h.sample();
        }
        i++;
      }
    }
    // Id order, as the batch sees the fingerprints.
    Integer[] boxed = new Integer[n];
    for (int k = 0; k < n; k++) {
      boxed[k] = k;
    }
    Arrays.sort(boxed, Comparator.comparing(k -> ids[k]));
    int[] order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    boxed = null;
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
    long[] band =
        CandidateSearch.bandCandidates(
            sortedSignatures, new LshBands(config.bands(), config.rows()));
    sortedSignatures = null;
    signatures = null;
    long[] containment =
        CandidateSearch.containmentCandidates(
            sortedSamples,
            sortedCounts,
            config.minContainedShingles(),
            config.containmentThreshold() * CandidateSearch.CONTAINMENT_SAMPLE_SLACK,
            config.maxSampleFrequency());
    sortedSamples = null;
    samples = null;
    long[] candidates = CandidateSearch.union(band, containment);
    band = null;
    containment = null;
    Match[] verdicts = verify(reader, detector, sortedDocs, candidates);
    int kept = 0;
    for (Match m : verdicts) {
      if (m != null) {
        kept++;
      }
    }
    long[] pairs = new long[kept];
    Match[] keptVerdicts = new Match[kept];
    int w = 0;
    for (int c = 0; c < candidates.length; c++) {
      if (verdicts[c] != null) {
        pairs[w] = candidates[c];
        keptVerdicts[w] = verdicts[c];
        w++;
      }
    }
    int[] rep = StarGrouping.representatives(sortedIds, sortedCounts, pairs);
    return StarGrouping.groups(
        sortedIds,
        rep,
        pairs,
        (c, first, second) -> {
          Match v = keptVerdicts[c];
          return new Match(first, second, v.similarity(), v.rule(), v.score());
        });
  }

  /** Verifies every candidate pair; the result holds the match of each accepted pair, else null. */
  private static Match[] verify(
      IndexReader reader, NearDuplicateDetector detector, int[] docs, long[] candidates)
      throws IOException {
    Match[] verdicts = new Match[candidates.length];
    int chunks = (candidates.length + CHUNK - 1) / CHUNK;
    int threads = Math.max(1, detector.config().threads());
    if (threads == 1 || chunks <= 1) {
      for (int c = 0; c < chunks; c++) {
        verifyChunk(reader, detector, docs, candidates, c, verdicts);
      }
      return verdicts;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      Futures.await(
          pool.submit(
              () ->
                  IntStream.range(0, chunks)
                      .parallel()
                      .forEach(
                          c -> {
                            try {
                              verifyChunk(reader, detector, docs, candidates, c, verdicts);
                            } catch (IOException e) {
                              throw new UncheckedIOException(e);
                            }
                          })),
          "grouping");
    } finally {
      pool.shutdown();
    }
    return verdicts;
  }

  private static void verifyChunk(
      IndexReader reader,
      NearDuplicateDetector detector,
      int[] docs,
      long[] candidates,
      int chunk,
      Match[] verdicts)
      throws IOException {
    // Pairs are sorted by their first side, so it is read once per run; the second side is read
    // by a reader of its own, so that the first side's leaf is not reopened for every pair.
    StoredFingerprints first = new StoredFingerprints(reader);
    StoredFingerprints second = new StoredFingerprints(reader);
    int lastA = -1;
    Fingerprint a = null;
    int end = Math.min(candidates.length, (chunk + 1) * CHUNK);
    for (int c = chunk * CHUNK; c < end; c++) {
      int i = (int) (candidates[c] >>> 32);
      int j = (int) candidates[c];
      if (i != lastA) {
        a = first.fingerprint(docs[i]);
        lastA = i;
      }
      verdicts[c] = detector.verify(a, second.fingerprint(docs[j])).orElse(null);
    }
  }

  /**
   * Reads id, shingle count, signature and sample from the head of a serialized fingerprint ({@link
   * Fingerprint#toBytes()} format 1) without decoding its shingle set; other formats are decoded in
   * full.
   */
  private static Head head(BytesRef b) {
    if (b.length > 0 && b.bytes[b.offset] == 1) {
      ByteBuffer in = ByteBuffer.wrap(b.bytes, b.offset, b.length); // big-endian, as written
      in.get(); // format
      in.getInt(); // hash scheme: the index's, checked when it was opened
      int idLength = in.getInt();
      if (idLength > 0 && idLength <= in.remaining()) {
        String id = new String(b.bytes, in.position(), idLength, StandardCharsets.UTF_8);
        in.position(in.position() + idLength);
        in.getInt(); // shingle size
        in.getLong(); // seed
        int shingleCount = in.getInt();
        int[] signature = new int[in.getInt()];
        in.asIntBuffer().get(signature);
        in.position(in.position() + 4 * signature.length);
        long[] sample = new long[in.getInt()];
        in.asLongBuffer().get(sample);
        return new Head(id, shingleCount, signature, sample);
      }
    }
    Fingerprint f =
        Fingerprint.fromBytes(Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
    return new Head(f.id(), f.shingleCount(), f.signature().toIntArray(), f.sample());
  }
}
