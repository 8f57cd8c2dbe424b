package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.testing.SyntheticNewsCorpus;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link NearDuplicateDetector.Builder#executor}: the application's executor, same groups. */
class DetectorExecutorTest {
  @Test
  void applicationExecutor_runsTheHelpers_sameGroupsAsTheSharedPool() {
    List<Article> articles = SyntheticNewsCorpus.standard().articles();
    List<DuplicateGroup> expected =
        NearDuplicateDetector.builder().threads(2).build().group(articles);
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      NearDuplicateDetector detector =
          NearDuplicateDetector.builder()
              .threads(3)
              .executor(
                  r -> {
                    tasks.incrementAndGet();
                    pool.execute(r);
                  })
              .build();
      assertEquals(expected, detector.group(articles));
    } finally {
      pool.shutdown();
    }
    assertTrue(tasks.get() > 0, "the executor was not used");
    assertFalse(pool.isTerminated() && tasks.get() == 0);
    assertThrows(NullPointerException.class, () -> NearDuplicateDetector.builder().executor(null));
  }
}
