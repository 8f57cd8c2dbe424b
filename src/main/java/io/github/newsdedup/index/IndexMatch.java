package io.github.newsdedup.index;

import io.github.newsdedup.MatchRule;
import io.github.newsdedup.Similarity;
import java.util.Objects;

/**
 * A verified match between an article given to a {@link DedupIndex} and one stored in it, with what
 * the index stored about the stored article (title and source), so that the match can be explained
 * without the original text.
 *
 * @param id the stored article's id
 * @param title the stored article's title, or {@code ""}
 * @param source the stored article's source (URL or path), or {@code ""}
 * @param similarity the verified scores between the two articles
 * @param rule the rule that accepted the pair
 * @param score the value that passed the rule (Jaccard, containment or aligned share)
 * @param representative whether the stored article represents the group of the given article (see
 *     {@link IndexResult#representative()})
 */
public record IndexMatch(
    String id,
    String title,
    String source,
    Similarity similarity,
    MatchRule rule,
    double score,
    boolean representative) {
  /**
   * Validates the components.
   *
   * @param id the stored article's id
   * @param title the stored article's title, or {@code ""}
   * @param source the stored article's source (URL or path), or {@code ""}
   * @param similarity the verified scores between the two articles
   * @param rule the rule that accepted the pair
   * @param score the value that passed the rule (Jaccard, containment or aligned share)
   * @param representative whether the stored article represents the group of the given article (see
   *     {@link IndexResult#representative()})
   * @throws NullPointerException if a component is null
   */
  public IndexMatch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(rule, "rule");
  }
}
