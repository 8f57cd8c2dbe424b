package io.github.newsdedup;

import java.util.Arrays;

/**
 * Verification of a candidate pair: its similarity (exact on shingle sets, else estimated from
 * signatures and samples) and the rules of {@link MatchRule}, tried in order: resemblance
 * (Jaccard); when the shorter article is below the minimum shingle count, only the short rule (both
 * texts align with each other); else containment of the shorter in the longer, alignment of the
 * shorter's words with the longer, and agreement of the two leads. The alignment-based rules need
 * the alignment sequences (exact verification) and are off when the alignment threshold is 0.
 * Immutable and thread-safe.
 */
final class Verifier {
  /**
   * Uncovered runs of at most this many words between aligned words are bridged: a changed word
   * breaks the k shingles around it, and two or three nearby changes leave a run of this order.
   */
  static final int ALIGNMENT_GAP = 8;

  /**
   * The alignment rule is only tried when at least this share of the shorter article's shingles lie
   * in the longer: below it no copy is left to align, and the cost is saved.
   */
  static final double MIN_ALIGNMENT_CONTAINMENT = 0.2;

  /**
   * Uncovered runs up to this many words are filled when the words on both sides sit at the same
   * offset between the two texts: dense OCR noise breaks every shingle of a stretch but keeps the
   * words where they were.
   */
  static final int MAX_SUBSTITUTION_RUN = 24;

  /**
   * Words of an article's lead for the lead rule: about three sentences, the part a teaser always
   * keeps and a follow-up article rewrites.
   */
  static final int LEAD_WORDS = 60;

  /** A lead aligns with the shingles starting in the other text's first this many words. */
  static final int LEAD_START_SHINGLES = 2 * LEAD_WORDS;

  /**
   * Lead agreement at or above which the lead rule accepts a pair. Two different articles about one
   * story (a follow-up and its predecessor) rewrite their leads even when they share background
   * paragraphs further down: on the 26 hand-graded follow-up pairs of the BBC development set the
   * agreement is at most 0.53, while teasers, even OCR-noisy or missing a sentence, mostly reach
   * 0.75 and more.
   */
  static final double LEAD_THRESHOLD = 0.75;

  /**
   * Uncovered runs of at most this many words are bridged in a lead: a changed word, a split or
   * merged one, a name of two words. Tighter than {@link #ALIGNMENT_GAP}: leads written from one
   * template (results, earnings) differ every few words, in their slots, and wider bridges join
   * them (measured on generated phrase-grammar stories: 8 merged such a pair, 6 none).
   */
  static final int LEAD_GAP = 6;

  /** Split or merged words a substitution run may shift the offset by. */
  static final int OFFSET_TOLERANCE = 2;

  private final DetectorConfig.Thresholds thresholds;
  private final int shingleSize;

  Verifier(DetectorConfig config) {
    this.thresholds = config.thresholds();
    this.shingleSize = config.shape().shingleSize();
  }

  /** A verification outcome: the similarity, and the accepting rule with its score, or no rule. */
  record Verdict(Similarity similarity, MatchRule rule, double score) {
    boolean accepted() {
      return rule != null;
    }

    Match toMatch(String a, String b) {
      return new Match(a, b, similarity, rule, score);
    }
  }

  /** Returns the similarity of two comparable fingerprints: exact when both have shingle sets. */
  static Similarity similarity(Fingerprint a, Fingerprint b) {
    if (a.hasShingles() && b.hasShingles()) {
      return exactSimilarity(a.shinglesView(), b.shinglesView());
    }
    return estimatedSimilarity(a, b);
  }

  /** Computes the similarity of a pair and applies the rules in order. */
  Verdict judge(Fingerprint a, Fingerprint b) {
    Similarity s = similarity(a, b);
    if (s.jaccard() >= thresholds.resemblanceThreshold()) {
      return new Verdict(s, MatchRule.RESEMBLANCE, s.jaccard());
    }
    if (Math.min(a.shingleCount(), b.shingleCount()) < thresholds.minContainedShingles()) {
      if (thresholds.alignmentThreshold() > 0 && a.hasShingles() && b.hasShingles()) {
        double mutual = mutualAlignment(a, b);
        if (mutual >= thresholds.alignmentThreshold()) {
          return new Verdict(s, MatchRule.SHORT, mutual);
        }
      }
      return new Verdict(s, null, 0);
    }
    if (s.containment() >= thresholds.containmentThreshold()) {
      return new Verdict(s, MatchRule.CONTAINMENT, s.containment());
    }
    if (thresholds.alignmentThreshold() > 0
        && a.hasShingles()
        && b.hasShingles()
        && s.containment() >= MIN_ALIGNMENT_CONTAINMENT) {
      boolean aShorter =
          a.shingleCount() < b.shingleCount()
              || (a.shingleCount() == b.shingleCount() && a.id().compareTo(b.id()) < 0);
      Fingerprint shorter = aShorter ? a : b;
      Fingerprint longer = aShorter ? b : a;
      int[] sequence = shorter.alignmentView();
      double coverage =
          alignedCoverage(
              sequence,
              sequence.length,
              shingleSize,
              longer.alignmentIndex(),
              ALIGNMENT_GAP,
              MAX_SUBSTITUTION_RUN);
      if (coverage >= thresholds.alignmentThreshold()) {
        return new Verdict(s, MatchRule.ALIGNMENT, coverage);
      }
    }
    if (thresholds.alignmentThreshold() > 0 && a.hasShingles() && b.hasShingles()) {
      double lead = leadAgreement(a, b);
      if (lead >= LEAD_THRESHOLD) {
        return new Verdict(s, MatchRule.LEAD, lead);
      }
    }
    return new Verdict(s, null, 0);
  }

  static Similarity exactSimilarity(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return new Similarity(0, 0, false);
    }
    int inter = intersectionSize(a, b);
    double jaccard = inter / (double) (a.length + b.length - inter);
    double containment = inter / (double) Math.min(a.length, b.length);
    return new Similarity(jaccard, containment, false);
  }

  /**
   * Estimates Jaccard from signature agreement and containment from the shorter side's sample (or,
   * without samples, from Jaccard and the sizes).
   */
  static Similarity estimatedSimilarity(Fingerprint a, Fingerprint b) {
    int countA = a.shingleCount();
    int countB = b.shingleCount();
    if (countA == 0 || countB == 0) {
      return new Similarity(0, 0, true);
    }
    int[] sigA = a.signatureView();
    int[] sigB = b.signatureView();
    int same = 0;
    for (int i = 0; i < sigA.length; i++) {
      if (sigA[i] == sigB[i]) {
        same++;
      }
    }
    double jaccard = same / (double) sigA.length;
    long[] shorterSample = countA <= countB ? a.sampleView() : b.sampleView();
    long[] longerSample = countA <= countB ? b.sampleView() : a.sampleView();
    double containment;
    if (shorterSample.length > 0) {
      containment = intersectionSize(shorterSample, longerSample) / (double) shorterSample.length;
    } else {
      int small = Math.min(countA, countB);
      containment = Math.min(1, jaccard * (countA + countB) / ((1 + jaccard) * small));
    }
    return new Similarity(jaccard, containment, true);
  }

  /** Size of the intersection of two sorted distinct arrays. */
  static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int inter = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x == y) {
        inter++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return inter;
  }

  /**
   * Returns the mutual alignment of two texts: the smaller of the shares of each text's words that
   * align with the other (isolated changed words bridged, no substitution runs). A text inside a
   * much longer one aligns one way only, so a short stub is never matched by being contained.
   */
  double mutualAlignment(Fingerprint a, Fingerprint b) {
    int[] x = a.alignmentView();
    int[] y = b.alignmentView();
    double xy = alignedCoverage(x, x.length, shingleSize, b.alignmentIndex(), ALIGNMENT_GAP, 0);
    if (xy == 0) {
      return 0;
    }
    return Math.min(
        xy, alignedCoverage(y, y.length, shingleSize, a.alignmentIndex(), ALIGNMENT_GAP, 0));
  }

  /**
   * Returns the lead agreement of two texts: the share of the words of both leads (each text's
   * first {@value #LEAD_WORDS} words, or as many words as the shorter text has) that align with the
   * start of the other text (its shingles starting in its first {@value #LEAD_START_SHINGLES}
   * words).
   */
  double leadAgreement(Fingerprint a, Fingerprint b) {
    int[] x = a.alignmentView();
    int[] y = b.alignmentView();
    int shingles = Math.min(LEAD_WORDS - shingleSize + 1, Math.min(x.length, y.length));
    double xy = alignedCoverage(x, shingles, shingleSize, b.leadIndex(), LEAD_GAP, 0);
    if (xy < 2 * LEAD_THRESHOLD - 1) {
      return xy / 2; // the other half cannot make up for it
    }
    double yx = alignedCoverage(y, shingles, shingleSize, a.leadIndex(), LEAD_GAP, 0);
    return (xy + yx) / 2;
  }

  /**
   * The positions of an alignment sequence's first shingles ordered by hash, then position, so that
   * the positions of a hash are one binary search away; 4 bytes a shingle.
   *
   * @param sequence the alignment sequence, not copied
   * @param byHash positions of its indexed shingles, ordered by hash then position
   */
  record PositionIndex(int[] sequence, int[] byHash) {
    /**
     * Indexes the first {@code length} shingles of {@code sequence}.
     *
     * @param sequence alignment shingle hashes in text order, not copied
     * @param length how many of the first shingles to index
     * @return the index
     */
    static PositionIndex of(int[] sequence, int length) {
      int n = Math.min(length, sequence.length);
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = ((long) sequence[i] << 32) | i;
      }
      Arrays.sort(packed);
      int[] byHash = new int[n];
      for (int i = 0; i < n; i++) {
        byHash[i] = (int) packed[i];
      }
      return new PositionIndex(sequence, byHash);
    }

    /**
     * Returns the indexed position of {@code hash} nearest to {@code expected}, or -1 when the hash
     * is not indexed.
     */
    int nearest(int hash, int expected) {
      int lo = 0;
      int hi = byHash.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sequence[byHash[mid]] < hash) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int best = -1;
      for (int x = lo; x < byHash.length && sequence[byHash[x]] == hash; x++) {
        int position = byHash[x];
        if (best < 0 || Math.abs(position - expected) < Math.abs(best - expected)) {
          best = position;
        }
      }
      return best;
    }
  }

  /**
   * Returns the share of the words of a window of one text that align, in order, with another: the
   * words covered by a shingle of {@code sequence[0, shingles)} that the other text also has at a
   * indexed position, after filling the uncovered runs between covered words that are either at
   * most {@code gap} words long, or at most {@value #MAX_SUBSTITUTION_RUN} words long with the same
   * offset between the two texts on both sides (a substitution run: the words in between were
   * changed, not dropped or inserted, give or take {@value #OFFSET_TOLERANCE} split or merged
   * words). An isolated changed word (OCR noise, a synonym swap) only breaks the k shingles around
   * it, and dense noise leaves the offset unchanged, so a noisy copy aligns almost everywhere,
   * while two different articles sharing background paragraphs align only along those paragraphs.
   *
   * @param sequence the first text's alignment sequence
   * @param shingles how many of its first shingles form the window
   * @param k words per shingle
   * @param other the other text's index (of its first shingles only, to align with its start)
   * @param gap uncovered runs of at most this many words are always filled
   * @return the aligned share of the window's words, in [0, 1]
   */
  static double alignedCoverage(
      int[] sequence, int shingles, int k, PositionIndex other, int gap, int maxRun) {
    if (shingles == 0) {
      return 0;
    }
    int words = shingles + k - 1;
    boolean[] covered = new boolean[words];
    int[] offset = new int[words];
    int coverEnd = -1;
    int lastOffset = 0;
    for (int i = 0; i < shingles; i++) {
      int j = other.nearest(sequence[i], i + lastOffset);
      if (j >= 0) {
        lastOffset = j - i;
        for (int w = Math.max(i, coverEnd + 1); w < i + k; w++) {
          covered[w] = true;
          offset[w] = lastOffset;
        }
        coverEnd = i + k - 1;
      }
    }
    int count = 0;
    int lastCovered = -1;
    for (int w = 0; w < words; w++) {
      if (covered[w]) {
        int run = w - lastCovered - 1;
        if (lastCovered >= 0
            && (run <= gap
                || (run <= maxRun
                    && Math.abs(offset[w] - offset[lastCovered]) <= OFFSET_TOLERANCE))) {
          count += run;
        }
        count++;
        lastCovered = w;
      }
    }
    return count / (double) words;
  }
}
