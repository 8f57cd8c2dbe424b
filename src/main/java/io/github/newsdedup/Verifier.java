package io.github.newsdedup;

import java.util.Arrays;

/**
 * Verification of a candidate pair: its similarity (exact on shingle sets, else estimated from
 * signatures and samples) and the three rules, tried in order: resemblance (Jaccard), containment
 * of the shorter in the longer, and alignment of the shorter's words with the longer. Immutable and
 * thread-safe.
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
      double coverage =
          alignedCoverage(
              shorter.alignmentView(), shingleSize, longer.alignmentSetView(), ALIGNMENT_GAP);
      if (coverage >= thresholds.alignmentThreshold()) {
        return new Verdict(s, MatchRule.ALIGNMENT, coverage);
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
   * Returns the share of the shorter text's words that align with the longer text: words covered by
   * a shingle of {@code sequence} (the shorter text's alignment sequence) that the longer text's
   * sorted set {@code longer} also has, after filling uncovered runs of at most {@code gap} words
   * between covered words. An isolated changed word (OCR noise, a synonym swap) only breaks the k
   * shingles around it, so a noisy copy aligns almost everywhere, while two different articles
   * sharing background paragraphs align only along those paragraphs.
   */
  static double alignedCoverage(int[] sequence, int k, int[] longer, int gap) {
    int shingles = sequence.length;
    if (shingles == 0) {
      return 0;
    }
    int words = shingles + k - 1;
    boolean[] covered = new boolean[words];
    int coverEnd = -1;
    for (int i = 0; i < shingles; i++) {
      if (Arrays.binarySearch(longer, sequence[i]) >= 0) {
        for (int w = Math.max(i, coverEnd + 1); w < i + k; w++) {
          covered[w] = true;
        }
        coverEnd = i + k - 1;
      }
    }
    int count = 0;
    int lastCovered = -1;
    for (int w = 0; w < words; w++) {
      if (covered[w]) {
        int run = w - lastCovered - 1;
        if (lastCovered >= 0 && run <= gap) {
          count += run;
        }
        count++;
        lastCovered = w;
      }
    }
    return count / (double) words;
  }
}
