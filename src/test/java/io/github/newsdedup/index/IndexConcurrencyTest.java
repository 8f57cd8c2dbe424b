package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.NearDuplicateDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
}
