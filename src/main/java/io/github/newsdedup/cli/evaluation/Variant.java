package io.github.newsdedup.cli.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One labelled copy of a source article in an evaluation set (a line of {@code variants.tsv}): the
 * copy, its source, the difficulty tier and the transforms that made it.
 *
 * @param id the copy's id
 * @param sourceId the id of the article it was copied from
 * @param tier the difficulty tier, for example {@code easy}, {@code medium} or {@code hard}
 * @param site the site the copy appeared on, or {@code ""}
 * @param transforms the transform names applied (arguments after a {@code ':'} removed)
 */
public record Variant(
    String id, String sourceId, String tier, String site, List<String> transforms) {
  /**
   * Validates and copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Variant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(site, "site");
    transforms = List.copyOf(transforms);
  }
}
