package io.github.newsdedup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work run on other threads, so that its failure reaches the caller as it was thrown:
 * unchecked exceptions and errors as they are, an {@link UncheckedIOException} (how a lambda passes
 * an {@link IOException} out) as its cause.
 */
public final class Futures {
  private Futures() {}

  /**
   * Returns the task's result; rethrows its unchecked failure.
   *
   * @param task the task
   * @param stage what the task does, for the message when the wait is interrupted
   * @return the result
   * @throws IllegalStateException if interrupted (the interrupt flag is kept) or the task threw a
   *     checked exception
   */
  public static <T> T awaitUnchecked(Future<T> task, String stage) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + stage, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Like {@link #awaitUnchecked}, but a failure wrapped in {@link UncheckedIOException} is thrown
   * as the {@link IOException} it wraps.
   *
   * @param task the task
   * @param stage what the task does, for the message when the wait is interrupted
   * @return the result
   * @throws IOException if the task failed with one
   */
  public static <T> T await(Future<T> task, String stage) throws IOException {
    try {
      return awaitUnchecked(task, stage);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
