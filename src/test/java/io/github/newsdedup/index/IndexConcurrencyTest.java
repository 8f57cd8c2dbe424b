package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Many threads adding and matching at once. */
class IndexConcurrencyTest {
  private static final int THREADS = 8;

  @Test
  void addAndMatch_eightThreads_noLossAndGroupsEqualBatch() throws Exception {
    // Copies of one story land in different threads, so duplicates are added concurrently.
    List<Article> articles = IndexTestData.storiesWithCopies(40, 3, 17);
    NearDuplicateDetector detector =
        NearDuplicateDetector.builder().boilerplateMinGroups(0).build();
    List<Article> sorted = IndexTestData.sortedById(articles);
    List<DuplicateGroup> batch = detector.group(sorted);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    // A small overlay forces reader refreshes while other threads add and match.
    try (DedupIndex index = LuceneDedupIndex.inMemory(detector, 10)) {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  SplittableRandom random = new SplittableRandom(thread);
                  start.await();
                  int added = 0;
                  for (int i = thread; i < articles.size(); i += THREADS) {
                    index.add(articles.get(i));
                    added++;
                    index.match(articles.get(random.nextInt(articles.size())));
                    if (i % 50 == 0) {
                      index.size();
                    }
                  }
                  return added;
                }));
      }
      int added = 0;
      for (Future<Integer> f : futures) {
        added += f.get(60, TimeUnit.SECONDS);
      }
      assertEquals(articles.size(), added);
      assertEquals(articles.size(), index.size());
      assertEquals(sorted.stream().map(Article::id).toList(), index.ids());
      assertEquals(batch, index.groups());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void addAllWhileAnotherThreadCommits_neverDeadlocks_andLosesNothing() {
    // A commit (or a removal, a refresh) on one thread waits under the index's lock for the
    // writes of every article entered so far; an addAll on another thread must not hold back
    // entered articles' writes while it waits for that lock.
    List<Article> articles = IndexTestData.storiesWithCopies(150, 3, 23);
    NearDuplicateDetector detector =
        NearDuplicateDetector.builder().boilerplateMinGroups(0).build();
    List<Article> sorted = IndexTestData.sortedById(articles);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          ExecutorService pool = Executors.newFixedThreadPool(4);
          AtomicBoolean done = new AtomicBoolean();
          try (DedupIndex index = LuceneDedupIndex.inMemory(detector, 50)) {
            List<Future<?>> adders = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
              int thread = t;
              adders.add(
                  pool.submit(
                      () -> {
                        List<Article> mine = new ArrayList<>();
                        for (int i = thread; i < articles.size(); i += 2) {
                          mine.add(articles.get(i));
                        }
                        for (int from = 0; from < mine.size(); from += 20) {
                          index.addAll(
                              mine.subList(from, Math.min(mine.size(), from + 20)),
                              ProgressListener.NONE);
                        }
                        return null;
                      }));
            }
            Future<?> committer =
                pool.submit(
                    () -> {
                      while (!done.get()) {
                        index.commit();
                        index.match(articles.get(0));
                      }
                      return null;
                    });
            for (Future<?> f : adders) {
              f.get();
            }
            done.set(true);
            committer.get();
            assertEquals(sorted.stream().map(Article::id).toList(), index.ids());
            assertEquals(detector.group(sorted), index.groups());
          } finally {
            pool.shutdownNow();
          }
        });
  }
}
