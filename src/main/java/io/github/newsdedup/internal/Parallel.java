package io.github.newsdedup.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The library's one executor policy: the work of one call (a batch grouping, an index's {@code
 * groups()} or {@code addAll}) runs on at most {@code threads} threads of one pool, created on
 * first use and shut down by {@link #close()}. With one thread everything runs on the caller's
 * thread. Work that must stay in order but off the caller's thread (the index's document writes)
 * runs on one {@link #serial serial} thread. Failures of pooled work reach the caller as thrown
 * ({@link Futures}). This is the only place that creates threads.
 *
 * <p>Not thread-safe: one caller drives it.
 */
public final class Parallel implements AutoCloseable {
  /** Below this many items a stage runs on the caller's thread: forking costs more. */
  static final int MIN_PARALLEL_ITEMS = 64;

  private final int threads;
  private ForkJoinPool pool;
  private ExecutorService serial;

  private Parallel(int threads) {
    this.threads = threads;
  }

  /**
   * Returns a policy for {@code threads} threads.
   *
   * @param threads at least 1
   * @return the policy
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public static Parallel of(int threads) {
    Checks.checkArgument(threads >= 1, "threads must be positive, got %d", threads);
    return new Parallel(threads);
  }

  /** Returns the thread count. */
  public int threads() {
    return threads;
  }

  private ForkJoinPool pool() {
    if (pool == null) {
      pool = new ForkJoinPool(threads);
    }
    return pool;
  }

  /**
   * Runs {@code body} for every index in {@code [0, n)}, reporting progress about twenty times.
   *
   * @param n the number of items
   * @param stage the stage name for progress and error messages
   * @param progress receives progress
   * @param body the work of one item; must be safe to run concurrently for different items
   */
  public void forEach(int n, String stage, Progress progress, IntConsumer body) {
    progress.progress(stage, 0, n);
    if (n == 0) {
      return;
    }
    AtomicLong done = new AtomicLong();
    int step = Math.max(1, Math.min(10_000, n / 20));
    IntConsumer withProgress =
        i -> {
          body.accept(i);
          long d = done.incrementAndGet();
          if (d % step == 0 || d == n) {
            progress.progress(stage, d, n);
          }
        };
    if (threads == 1 || n < MIN_PARALLEL_ITEMS) {
      for (int i = 0; i < n; i++) {
        withProgress.accept(i);
      }
      return;
    }
    Futures.awaitUnchecked(
        pool().submit(() -> IntStream.range(0, n).parallel().forEach(withProgress)), stage);
  }

  /**
   * Starts {@code task} on the pool, or runs it now (and rethrows its failure at once) when there
   * is one thread.
   *
   * @param task the task
   * @return its future; wait with {@link Futures}
   */
  public <T> Future<T> submit(Supplier<T> task) {
    if (threads == 1) {
      return CompletableFuture.completedFuture(task.get());
    }
    return pool().submit(task::get);
  }

  /**
   * Returns this policy's serial executor, created on first use: one daemon thread named {@code
   * name} that runs tasks one at a time in submission order, whatever the thread count. The tasks
   * own their failures: a task that throws leaves the exception in its future only.
   *
   * @param name the thread's name
   * @return the executor; shut down by {@link #close()}
   */
  public ExecutorService serial(String name) {
    if (serial == null) {
      serial =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
              });
    }
    return serial;
  }

  /** Shuts the pool and the serial executor down; work already submitted finishes. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
    if (serial != null) {
      serial.shutdown();
    }
  }
}
