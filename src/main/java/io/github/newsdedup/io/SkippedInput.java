package io.github.newsdedup.io;

import java.util.Objects;

/**
 * An input that could not be read and was skipped, with the reason.
 *
 * @param input the path, or {@code path:line} for one line of a JSONL file
 * @param reason what was wrong, in words a user can act on
 */
public record SkippedInput(String input, String reason) {
  /**
   * Validates the components.
   *
   * @param input the path, or {@code path:line} for one line of a JSONL file
   * @param reason what was wrong, in words a user can act on
   * @throws NullPointerException if a component is null
   */
  public SkippedInput {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
  }
}
