package io.github.newsdedup.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A directory could not be opened as a {@link DedupIndex}: it is not a news-dedup index, it was
 * written by a newer version, or it was built with a configuration whose stored data (shingle size,
 * signature length, bands, rows, seed, sample rate, hash scheme) differs from the detector's. The
 * message says what differs and what to do; the directory is left untouched.
 */
public final class IncompatibleIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The index directory, as a string so that the exception stays serializable. */
  private final String index;

  /**
   * Creates the exception.
   *
   * @param index the index directory
   * @param message what differs and what to do
   */
  public IncompatibleIndexException(Path index, String message) {
    super(
        Objects.requireNonNull(index, "index") + ": " + Objects.requireNonNull(message, "message"));
    this.index = index.toString();
  }

  /** {@return the index directory that could not be opened} */
  public Path index() {
    return Path.of(index);
  }
}
