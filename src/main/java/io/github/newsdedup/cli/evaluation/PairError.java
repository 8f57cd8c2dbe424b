package io.github.newsdedup.cli.evaluation;

import io.github.newsdedup.MatchRule;
import io.github.newsdedup.Similarity;
import java.util.Objects;
import java.util.Optional;

/**
 * One grouping error, for showing a person why it happened: a false merge (two articles grouped
 * although their true groups differ) or a missed pair (two articles of one true group left in
 * different groups).
 *
 * @param kind which error
 * @param a an article id
 * @param b the other article id
 * @param trueGroupA the true group of {@code a}
 * @param trueGroupB the true group of {@code b}
 * @param similarity the pair's similarity (exact for missed pairs; as verified for false merges)
 * @param rule for a false merge, the rule that accepted the pair
 * @param score for a false merge, the value that passed the rule; for a missed pair, the larger of
 *     its Jaccard and containment
 */
public record PairError(
    Kind kind,
    String a,
    String b,
    String trueGroupA,
    String trueGroupB,
    Similarity similarity,
    Optional<MatchRule> rule,
    double score) {

  /** The kind of a grouping error. */
  public enum Kind {
    /** Predicted together, truly apart. */
    FALSE_MERGE,
    /** Truly together, predicted apart. */
    MISSED
  }

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public PairError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(trueGroupA, "trueGroupA");
    Objects.requireNonNull(trueGroupB, "trueGroupB");
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(rule, "rule");
  }
}
