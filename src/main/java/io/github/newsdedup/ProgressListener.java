package io.github.newsdedup;

/**
 * Receives progress of long operations, for example to print it on a terminal. Called from the
 * working threads; implementations must be thread-safe and fast.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores progress. */
  ProgressListener NONE = (stage, done, total) -> {};

  /**
   * Reports that {@code done} of {@code total} units of {@code stage} are finished.
   *
   * @param stage a short stage name such as {@code "fingerprint"} or {@code "verify"}
   * @param done units finished so far
   * @param total units in the stage, or {@code -1} when unknown
   */
  void progress(String stage, long done, long total);
}
