package io.github.newsdedup;

import java.util.Objects;

/**
 * A verified pair of copies: two article ids, their similarity, and the rule that accepted them.
 * Ids are ordered so that {@code a} is the representative side when one of them is a group's
 * representative, otherwise {@code a < b}.
 *
 * @param a the first article id
 * @param b the second article id
 * @param similarity the verified scores
 * @param rule the rule that accepted the pair (the first that holds of resemblance, containment,
 *     alignment)
 * @param score the value that passed the rule: Jaccard, containment, or aligned share
 */
public record Match(String a, String b, Similarity similarity, MatchRule rule, double score) {
  /**
   * Validates the components.
   *
   * @param a the first article id
   * @param b the second article id
   * @param similarity the verified scores
   * @param rule the rule that accepted the pair (the first that holds of resemblance, containment,
   *     alignment)
   * @param score the value that passed the rule: Jaccard, containment, or aligned share
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code a} equals {@code b}
   */
  public Match {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(rule, "rule");
    if (a.equals(b)) {
      throw new IllegalArgumentException(
          "a match needs two different articles, got " + a + " twice");
    }
  }
}
