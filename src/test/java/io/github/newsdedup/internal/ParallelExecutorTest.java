package io.github.newsdedup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** {@link Parallel} on shared, application and hostile executors. */
class ParallelExecutorTest {
  private static final Progress NONE = (stage, done, total) -> {};

  @Test
  void forEach_everyItemOnce_onTheSharedPool() {
    AtomicIntegerArray seen = new AtomicIntegerArray(10_000);
    try (Parallel p = Parallel.of(4)) {
      p.forEach(10_000, "test", NONE, seen::incrementAndGet);
    }
    for (int i = 0; i < seen.length(); i++) {
      assertEquals(1, seen.get(i), "item " + i);
    }
  }

  @Test
  void anErrorInAWorker_failsTheCall_neverHangs() {
    OutOfMemoryError oom = new OutOfMemoryError("simulated");
    OutOfMemoryError thrown =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () ->
                assertThrows(
                    OutOfMemoryError.class,
                    () -> {
                      try (Parallel p = Parallel.of(4)) {
                        p.forEach(
                            100_000,
                            "test",
                            NONE,
                            i -> {
                              if (i == 5_000) {
                                throw oom;
                              }
                            });
                      }
                    }));
    assertSame(oom, thrown);
  }

  @Test
  void applicationExecutor_runsTheHelpers() {
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try (Parallel p =
        Parallel.of(
            4,
            r -> {
              tasks.incrementAndGet();
              pool.execute(r);
            })) {
      AtomicInteger sum = new AtomicInteger();
      p.forEach(1_000, "test", NONE, sum::addAndGet);
      assertEquals(999 * 1_000 / 2, sum.get());
    } finally {
      pool.shutdown();
    }
    assertEquals(3, tasks.get()); // threads - 1 helpers; the caller is the fourth
  }

  @Test
  void busyOrRefusingExecutor_slowsButNeverStalls() throws InterruptedException {
    ExecutorService single = Executors.newSingleThreadExecutor();
    CountDownLatch release = new CountDownLatch(1);
    single.execute(
        () -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    try {
      AtomicInteger count = new AtomicInteger();
      assertTimeoutPreemptively(
          Duration.ofSeconds(30),
          () -> {
            try (Parallel p = Parallel.of(2, single)) {
              p.forEach(500, "test", NONE, i -> count.incrementAndGet());
            }
          });
      assertEquals(500, count.get());
      AtomicInteger refused = new AtomicInteger();
      try (Parallel p =
          Parallel.of(
              3,
              r -> {
                throw new RejectedExecutionException("full");
              })) {
        p.forEach(500, "test", NONE, i -> refused.incrementAndGet());
        assertEquals(42, Futures.awaitUnchecked(p.submit(() -> 42), "test"));
      }
      assertEquals(500, refused.get());
    } finally {
      release.countDown();
      single.shutdown();
    }
    assertTrue(true);
  }
}
