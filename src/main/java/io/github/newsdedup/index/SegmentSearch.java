package io.github.newsdedup.index;

import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.internal.lsh.ContainmentRule;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Finds and verifies an article's matches in a reader's segments, segment by segment: band
 * candidates by walking the postings of its band terms, containment candidates by one pass over
 * each segment's sample points (past a {@link SegmentSampleFilter}), counted over rare hashes only
 * and judged by the {@link ContainmentRule}; candidates are verified exactly by the detector on
 * the stored fingerprints. Segments written since the index was opened (told by their sequence
 * numbers) hold only keys of the session's {@link KeyFilter}, so keys the filter rules out ({@link
 * KeyHints}) are not looked up there; older segments are searched key by key through their own
 * Bloom filters.
 *
 * <p>Thread-safe: callers hold the index's read or write lock, which keeps the overlay still.
 */
final class SegmentSearch {
  private final NearDuplicateDetector detector;
  private final ContainmentRule rule;
  private final long sessionStart;

  /**
   * @param detector verifies candidates
   * @param rule when a pair is a containment candidate
   * @param sessionStart the first sequence number of this session
   */
  SegmentSearch(NearDuplicateDetector detector, ContainmentRule rule, long sessionStart) {
    this.detector = detector;
    this.rule = rule;
    this.sessionStart = sessionStart;
  }

  /**
   * Adds the verified matches of {@code p} in {@code reader} to {@code found}, skipping articles
   * that {@code overlay} holds a newer version of.
   */
  void search(
      IndexReader reader,
      PreparedArticle p,
      KeyHints hints,
      SessionOverlay overlay,
      List<FoundMatch> found)
      throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    long[] sampleFrequency = new long[p.sample.length];
    // Per leaf, per sample hash: the live docs holding it (only while the hash stays rare).
    int[][][] sampleDocs = new int[leaves.size()][][];
    Set<Integer> candidates = new HashSet<>();
    int[] sampleOrder = SampleVisitor.pointOrder(p.sample);
    for (int l = 0; l < leaves.size(); l++) {
      LeafReaderContext ctx = leaves.get(l);
      // Segments written in this session hold only keys of the filter: look up there only the
      // keys that the filter may hold.
      boolean filtered = IndexSchema.minSequence(ctx.reader()) >= sessionStart;
      addBandHits(ctx, p, filtered ? hints.band() : null, candidates);
      boolean[] sampleMaybe = filtered ? hints.sample() : null;
      sampleDocs[l] = sampleDocs(ctx.reader(), p, sampleOrder, sampleMaybe, sampleFrequency);
    }
    for (int l = 0; l < leaves.size(); l++) {
      if (sampleDocs[l] != null) {
        Map<Integer, Integer> shared =
            sharedCounts(p, sampleDocs[l], sampleFrequency, hints, overlay);
        addContainmentCandidates(leaves.get(l), p, shared, candidates);
      }
    }
    if (!candidates.isEmpty()) {
      verify(reader, p, candidates, overlay, found);
    }
  }

  /** Adds the live docs of {@code leaf} holding one of {@code p}'s band keys. */
  private static void addBandHits(
      LeafReaderContext ctx, PreparedArticle p, boolean[] maybe, Set<Integer> candidates)
      throws IOException {
    LeafReader leaf = ctx.reader();
    Terms bandTerms = leaf.terms(IndexSchema.BAND);
    if (bandTerms == null) {
      return;
    }
    Bits live = leaf.getLiveDocs();
    BytesRef term = new BytesRef(new byte[8]);
    TermsEnum te = bandTerms.iterator();
    PostingsEnum postings = null;
    for (int i = 0; i < p.bandKeys.length; i++) {
      if (maybe != null && !maybe[i]) {
        continue;
      }
      IndexSchema.encode(p.bandKeys[i], term.bytes);
      if (te.seekExact(term)) {
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            candidates.add(ctx.docBase + d);
          }
        }
      }
    }
  }

  /**
   * Returns, by sample position, the live docs of {@code leaf} holding each of {@code p}'s sample
   * hashes while it stays rare, adding each hash's count to {@code frequency}; null if none.
   */
  private int[][] sampleDocs(
      LeafReader leaf, PreparedArticle p, int[] order, boolean[] maybe, long[] frequency)
      throws IOException {
    PointValues samplePoints = leaf.getPointValues(IndexSchema.SAMPLE);
    if (samplePoints == null || p.shingleCount == 0) {
      return null;
    }
    SampleVisitor visitor =
        new SampleVisitor(
            p.sample, order, maybe, SegmentSampleFilter.of(leaf, IndexSchema.SAMPLE));
    if (visitor.size() == 0) {
      return null;
    }
    samplePoints.intersect(visitor);
    return visitor.docs(frequency, leaf.getLiveDocs(), rule.maxFrequency());
  }

  /**
   * Returns, per doc of one leaf, how many of {@code p}'s sample hashes it shares, counting only
   * hashes held by fewer than {@code rule.maxFrequency()} articles in all segments and the overlay.
   */
  private Map<Integer, Integer> sharedCounts(
      PreparedArticle p,
      int[][] sampleDocs,
      long[] frequency,
      KeyHints hints,
      SessionOverlay overlay) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int t = 0; t < p.sample.length; t++) {
      int[] docs = sampleDocs[t];
      if (docs == null
          || frequency[t] + (hints.sample()[t] ? overlay.sampleFrequency(p.sample[t]) : 0) + 1
              > rule.maxFrequency()) {
        continue;
      }
      for (int d : docs) {
        counts.merge(d, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Adds the docs of one leaf that are containment candidates with {@code p}. */
  private void addContainmentCandidates(
      LeafReaderContext ctx,
      PreparedArticle p,
      Map<Integer, Integer> shared,
      Set<Integer> candidates)
      throws IOException {
    if (shared.isEmpty()) {
      return;
    }
    NumericDocValues meta = ctx.reader().getNumericDocValues(IndexSchema.META);
    int[] docs = shared.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    for (int d : docs) {
      if (meta == null || !meta.advanceExact(d)) {
        continue;
      }
      long v = meta.longValue();
      if (rule.isCandidate(
          p.shingleCount,
          p.sample.length,
          IndexSchema.shingleCount(v),
          IndexSchema.sampleSize(v),
          shared.get(d))) {
        candidates.add(ctx.docBase + d);
      }
    }
  }

  /** Verifies the candidates in doc order and adds the matches. */
  private void verify(
      IndexReader reader,
      PreparedArticle p,
      Set<Integer> candidates,
      SessionOverlay overlay,
      List<FoundMatch> found)
      throws IOException {
    int[] docs = candidates.stream().mapToInt(Integer::intValue).sorted().toArray();
    StoredFingerprints fingerprints = new StoredFingerprints(reader);
    StoredFields storedFields = null;
    for (int doc : docs) {
      Fingerprint f = fingerprints.fingerprint(doc);
      String id = f.id();
      if (id.equals(p.id()) || overlay.contains(id)) {
        continue; // itself, or a version superseded by an add in the overlay
      }
      Optional<Match> m = detector.verify(p.fingerprint, f);
      if (m.isPresent()) {
        // Title and source only for the matches: most candidates are not.
        if (storedFields == null) {
          storedFields = reader.storedFields();
        }
        Document d = storedFields.document(doc, IndexSchema.TEXT_FIELDS);
        found.add(
            new FoundMatch(
                f,
                IndexSchema.orEmpty(d.get(IndexSchema.TITLE)),
                IndexSchema.orEmpty(d.get(IndexSchema.SOURCE)),
                m.get(),
                null));
      }
    }
  }
}
