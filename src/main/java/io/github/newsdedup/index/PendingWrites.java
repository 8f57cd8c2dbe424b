package io.github.newsdedup.index;

/**
 * Counts the articles entered in the overlay whose documents are not yet in the writer: adds write
 * their documents outside the index's lock, and whatever needs the writer complete (a refresh, a
 * commit, a replacement, closing) first waits here for them. Thread-safe.
 */
final class PendingWrites {
  private int pending; // guarded by this

  /** Counts a write that is to follow. */
  synchronized void started() {
    pending++;
  }

  /** Counts a write as finished, whether or not it succeeded. */
  synchronized void done() {
    if (--pending == 0) {
      notifyAll();
    }
  }

  /**
   * Waits until every counted write finished. An interrupt does not stop the wait (the writes
   * finish regardless, and the caller needs them finished); the interrupt flag is kept.
   */
  void await() {
    boolean interrupted = false;
    synchronized (this) {
      while (pending > 0) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
