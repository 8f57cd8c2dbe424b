package io.github.newsdedup;

import io.github.newsdedup.internal.Checks;

/**
 * How alike two articles are: Jaccard resemblance of their shingle sets and containment of the
 * shorter article's shingles in the longer one.
 *
 * <p><b>Note:</b> containment is asymmetric; this record always reports it for the article with
 * fewer shingles, so a teaser inside a long page with comments scores high while the page's Jaccard
 * with it stays low.
 *
 * @param jaccard {@code |A ∩ B| / |A ∪ B|}, in {@code [0, 1]}
 * @param containment {@code |S ∩ L| / |S|} for the shorter article S and the longer L, in {@code
 *     [0, 1]}
 * @param estimated {@code true} when both values are MinHash/sample estimates, {@code false} when
 *     they were computed exactly from the full shingle sets
 */
public record Similarity(double jaccard, double containment, boolean estimated) {

  /**
   * Validates the components.
   *
   * @param jaccard {@code |A ∩ B| / |A ∪ B|}, in {@code [0, 1]}
   * @param containment {@code |S ∩ L| / |S|} for the shorter article S and the longer L, in
   *     {@code [0, 1]}
   * @param estimated {@code true} when both values are MinHash/sample estimates, {@code false} when
   *     they were computed exactly from the full shingle sets
   * @throws IllegalArgumentException if a value is outside {@code [0, 1]} or NaN
   */
  public Similarity {
    Checks.checkArgument(
        jaccard >= 0 && jaccard <= 1, "jaccard must be in [0, 1], got %s", jaccard);
    Checks.checkArgument(
        containment >= 0 && containment <= 1, "containment must be in [0, 1], got %s", containment);
  }

  /** {@return whether the values are exact} */
  public boolean exact() {
    return !estimated;
  }
}
