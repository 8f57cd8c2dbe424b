package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.testing.TestArticles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles the index cannot store are refused at once, naming the article, before anything is
 * added; a writer that runs out of memory fails the call. Nothing hangs.
 */
class IndexInputLimitsTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  @TempDir Path temp;

  private static List<Article> articles(int n) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(DurabilityChild.article(i));
    }
    return out;
  }

  @Test
  void idOverTheTermLimit_isRefusedNamingTheArticle_andTheLimitItselfIsStored() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          try (DedupIndex index = DedupIndex.open(temp.resolve("idx"), detector)) {
            String longest = "é".repeat(16_383); // 32,766 bytes
            index.add(Article.of(longest, TestArticles.body(1, 12)));
            Article tooLong = Article.of(longest + "x", TestArticles.body(2, 12));
            IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> index.add(tooLong));
            assertTrue(e.getMessage().contains("32767 UTF-8 bytes"), e.getMessage());
            assertTrue(e.getMessage().startsWith("article \"éé"), e.getMessage());
            List<Article> batch = new ArrayList<>(articles(300));
            batch.add(150, tooLong);
            assertThrows(
                IllegalArgumentException.class, () -> index.addAll(batch, ProgressListener.NONE));
            assertEquals(1, index.size(), "nothing of the refused batch is added");
            index.addAll(articles(300), ProgressListener.NONE);
            assertEquals(301, index.size());
          }
          try (DedupIndex index = DedupIndex.openReadOnly(temp.resolve("idx"))) {
            assertEquals(301, index.size());
          }
        });
  }

  @Test
  void publicationTimeOutOfRange_isRefusedNamingTheArticle() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          try (DedupIndex index = DedupIndex.open(temp.resolve("idx"), detector)) {
            for (Instant t :
                new Instant[] {
                  Instant.MAX, Instant.ofEpochMilli(Long.MAX_VALUE).plusMillis(1), Instant.MIN
                }) {
              Article a = Article.of("late", TestArticles.body(3, 12)).withPublished(t);
              IllegalArgumentException e =
                  assertThrows(IllegalArgumentException.class, () -> index.add(a));
              assertTrue(e.getMessage().startsWith("article \"late\""), e.getMessage());
              List<Article> batch = new ArrayList<>(articles(200));
              batch.add(a);
              assertThrows(
                  IllegalArgumentException.class, () -> index.addAll(batch, ProgressListener.NONE));
            }
            Article edge =
                Article.of("edge", TestArticles.body(4, 12))
                    .withPublished(Instant.ofEpochMilli(Long.MAX_VALUE));
            index.add(edge);
            assertEquals(List.of("edge"), index.ids());
          }
        });
  }

  @Test
  void outOfMemoryInTheWriter_failsTheCall_andTheIndexKeepsItsLastCommit() {
    Path path = temp.resolve("idx");
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          FullDiskDirectory[] dir = new FullDiskDirectory[1];
          DedupIndex index =
              LuceneDedupIndex.open(path, detector, p -> dir[0] = new FullDiskDirectory(p));
          index.addAll(articles(50), ProgressListener.NONE);
          index.commit();
          dir[0].outOfMemoryAfter(10_000);
          List<Article> more = new ArrayList<>();
          for (int i = 1000; i < 3000; i++) {
            more.add(DurabilityChild.article(i));
          }
          Throwable failure =
              assertThrows(
                  Throwable.class,
                  () -> {
                    try (index) {
                      index.addAll(more, ProgressListener.NONE);
                      index.commit();
                    }
                  });
          assertTrue(chain(failure).contains("OutOfMemoryError"), chain(failure));
          try (DedupIndex reopened = DedupIndex.open(path, detector)) {
            assertEquals(50, reopened.size());
          }
        });
  }

  private static String chain(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c).append(" | ");
    }
    return sb.toString();
  }
}
