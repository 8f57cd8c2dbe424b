package io.github.newsdedup.internal;

/**
 * Receives progress of a long stage; the internal twin of the API's {@code ProgressListener}, which
 * callers adapt with a method reference.
 */
@FunctionalInterface
public interface Progress {
  /** Ignores all progress. */
  Progress NONE = (stage, done, total) -> {};

  /**
   * Reports that {@code done} of {@code total} units of {@code stage} are done.
   *
   * @param stage the stage name
   * @param done units done
   * @param total units in all, or {@code -1} if unknown
   */
  void progress(String stage, long done, long total);
}
