package io.github.newsdedup;

/** The verification rule that accepted a pair of articles as copies. */
public enum MatchRule {
  /** Jaccard resemblance reached the resemblance threshold: an edited copy. */
  RESEMBLANCE,
  /**
   * The shorter article's shingles lie in the longer at a share reaching the containment threshold,
   * and the shorter has at least the minimum shingle count: a copy inside a longer page.
   */
  CONTAINMENT,
  /**
   * The shorter article's words align, in order, with the longer one along at least the alignment
   * threshold of their length, isolated changed words tolerated: an OCR-noisy or lightly spun copy
   * whose shingles are broken every few words.
   */
  ALIGNMENT,
  /**
   * The leads of both articles (their first sentences) align with the start of the other, isolated
   * changed words tolerated: a teaser (the first part of an article followed by "read more", often
   * with a comment thread glued on) and its source. Both articles need the minimum shingle count.
   */
  LEAD,
  /**
   * Two short articles (the shorter below the minimum shingle count: flashes, captions, feed items)
   * align with each other both ways along at least the alignment threshold of their length: a
   * near-identical short text, a changed word or two tolerated. Never a short text inside a longer
   * one, which aligns one way only.
   */
  SHORT
}
