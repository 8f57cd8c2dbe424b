package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A disk that fills up while articles are added: the add or the commit fails with the disk's error,
 * and the index reopens at its last commit, grouping exactly the committed articles.
 */
class IndexFullDiskTest {
  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  @TempDir Path temp;

  private static List<Article> articles(int from, int to) {
    List<Article> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(DurabilityChild.article(i));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1_000, 20_000, 100_000, 400_000})
  void diskFullDuringAddOrCommit_failsClearly_andTheIndexReopensAtItsLastCommit(long room)
      throws IOException {
    Path path = temp.resolve("idx");
    FullDiskDirectory[] dir = new FullDiskDirectory[1];
    List<Article> committed = new ArrayList<>(articles(0, 100));
    DedupIndex index =
        LuceneDedupIndex.open(path, detector, p -> dir[0] = new FullDiskDirectory(p));
    index.addAll(committed, ProgressListener.NONE);
    index.commit();
    dir[0].fill(room);
    IOException e =
        assertThrows(
            IOException.class,
            () -> {
              try (index) {
                for (int i = 0; i < 10; i++) {
                  List<Article> batch = articles(1000 + i * 100, 1100 + i * 100);
                  index.addAll(batch, ProgressListener.NONE);
                  index.commit();
                  committed.addAll(batch);
                }
              }
            });
    assertTrue(
        messages(e).contains("No space left on device"), "not the disk's error: " + messages(e));
    try (DedupIndex reopened = DedupIndex.open(path, detector)) {
      List<String> ids = reopened.ids();
      assertEquals(
          IndexTestData.sortedById(committed).stream().map(Article::id).toList(),
          ids,
          "the index is not at its last commit");
      assertEquals(
          detector.groupFingerprints(
              IndexTestData.sortedById(committed).stream().map(detector::fingerprint).toList(),
              ProgressListener.NONE),
          reopened.groups());
      reopened.add(DurabilityChild.article(5000)); // and it takes new articles
    }
  }

  private static String messages(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c).append(" | ");
      for (Throwable s : c.getSuppressed()) {
        sb.append("suppressed ").append(s).append(" | ");
      }
    }
    return sb.toString();
  }
}
