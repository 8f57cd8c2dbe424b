package io.github.newsdedup.cli.evaluation;

import java.util.Objects;

/**
 * Two article ids, for example a labelled hard negative (a line of {@code hard-negatives.tsv}): two
 * different articles about the same story that must stay apart.
 *
 * @param a an id
 * @param b another id
 */
public record IdPair(String a, String b) {
  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public IdPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }
}
