package io.github.newsdedup.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The library's one executor policy: the work of one call (a batch grouping, an index's {@code
 * groups()} or {@code addAll}) runs on at most {@code threads} threads: the caller's own, and
 * helpers from an {@link Executor} — the application's, or else one pool shared by the whole
 * library, sized to the cores and created on first use, so no call makes a pool of its own. The
 * caller always works too, so a busy or single-threaded executor slows a call down but never stalls
 * it. Work that must stay in order but off the caller's thread (the index's document writes) runs
 * on one {@link #serial serial} thread. A failure of any item, an {@link Error} such as {@link
 * OutOfMemoryError} included, fails the whole call and reaches the caller as thrown. This is the
 * only place that creates threads.
 *
 * <p>Not thread-safe: one caller drives it.
 */
public final class Parallel implements AutoCloseable {
  /** Below this many items a stage runs on the caller's thread: forking costs more. */
  static final int MIN_PARALLEL_ITEMS = 64;

  private final int threads;
  private final Executor executor;
  private ExecutorService serial;

  private Parallel(int threads, Executor executor) {
    this.threads = threads;
    this.executor = executor;
  }

  /**
   * Returns a policy for {@code threads} threads on the library's shared pool.
   *
   * @param threads at least 1
   * @return the policy
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public static Parallel of(int threads) {
    return of(threads, null);
  }

  /**
   * Returns a policy for {@code threads} threads whose helpers run on {@code executor}.
   *
   * @param threads at least 1
   * @param executor runs the helpers, or null for the library's shared pool
   * @return the policy
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public static Parallel of(int threads, Executor executor) {
    Checks.checkArgument(threads >= 1, "threads must be positive, got %d", threads);
    return new Parallel(threads, executor == null ? SharedPool.get() : executor);
  }

  /** Returns the thread count. */
  public int threads() {
    return threads;
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
    Items items = new Items(n, withProgress);
    int helpers = Math.min(threads, n) - 1;
    for (int k = 0; k < helpers; k++) {
      try {
        executor.execute(items::run);
      } catch (RejectedExecutionException e) {
        break; // the caller does the rest
      }
    }
    items.run();
    items.await(stage);
  }

  /**
   * Starts {@code task} on the executor, or runs it now (and rethrows its failure at once) when
   * there is one thread or the executor refuses it.
   *
   * @param task the task
   * @return its future; wait with {@link Futures}
   */
  public <T> Future<T> submit(Supplier<T> task) {
    if (threads > 1) {
      try {
        return CompletableFuture.supplyAsync(task, executor);
      } catch (RejectedExecutionException e) {
        // run it here
      }
    }
    return CompletableFuture.completedFuture(task.get());
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

  /** Shuts the serial executor down; work already submitted finishes. The pools are not ours. */
  @Override
  public void close() {
    if (serial != null) {
      serial.shutdown();
    }
  }

  /**
   * The items of one {@link #forEach}: runners (the caller and helpers) take the next index until
   * none is left; the caller waits until every taken item is done or one failed.
   */
  private static final class Items {
    private final AtomicInteger next = new AtomicInteger();
    private final int n;
    private final IntConsumer body;
    private int done; // guarded by this: items finished by runners that have exited
    private Throwable failure; // guarded by this

    Items(int n, IntConsumer body) {
      this.n = n;
      this.body = body;
    }

    void run() {
      int finished = 0;
      try {
        int i;
        while ((i = next.getAndIncrement()) < n) {
          body.accept(i);
          finished++;
        }
      } catch (Throwable t) { // an Error too: the call fails instead of waiting forever
        fail(t);
        return;
      }
      exited(finished);
    }

    private synchronized void exited(int finished) {
      done += finished;
      if (done >= n) {
        notifyAll();
      }
    }

    private synchronized void fail(Throwable t) {
      if (failure == null) {
        failure = t;
      }
      next.set(n); // the other runners stop after their current item
      notifyAll();
    }

    synchronized void await(String stage) {
      try {
        while (done < n && failure == null) {
          wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted during " + stage, e);
      }
      if (failure instanceof RuntimeException re) {
        throw re;
      }
      if (failure instanceof Error err) {
        throw err;
      }
      if (failure != null) {
        throw new IllegalStateException(stage + " failed", failure);
      }
    }
  }

  /** The library's shared pool: one per JVM, sized to the cores, daemon threads that time out. */
  private static final class SharedPool {
    private static volatile ForkJoinPool pool;

    static Executor get() {
      ForkJoinPool p = pool;
      if (p == null) {
        synchronized (SharedPool.class) {
          p = pool;
          if (p == null) {
            p = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
            pool = p;
          }
        }
      }
      return p;
    }
  }
}
