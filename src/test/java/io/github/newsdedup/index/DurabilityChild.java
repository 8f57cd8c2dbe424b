package io.github.newsdedup.index;

import io.github.newsdedup.Article;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.testing.TestArticles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of {@link IndexDurabilityTest}: adds articles {@code a0, a1, ...} in a loop,
 * commits every N and prints {@code committed <count>} after each commit, until killed.
 */
final class DurabilityChild {
  private DurabilityChild() {}

  /** Article {@code i}: every fifth one is a copy of the article five before it. */
  static Article article(int i) {
    if (i % 5 == 4) {
      return Article.of("a" + i, TestArticles.withChrome(TestArticles.body(i - 4, 12), "Copy"));
    }
    return Article.of("a" + i, TestArticles.body(i, 12));
  }

  /**
   * Runs the loop.
   *
   * @param args the index directory and N
   * @throws IOException if the index fails
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args[0]);
    int every = Integer.parseInt(args[1]);
    int limit = Integer.parseInt(args[2]);
    try (DedupIndex index = DedupIndex.open(dir, NearDuplicateDetector.withDefaults())) {
      for (int i = 0; i < limit; i++) {
        index.add(article(i));
        if ((i + 1) % every == 0) {
          index.commit();
          out.println("committed " + (i + 1));
        }
      }
      out.println("done");
      // Stay alive, uncommitted adds pending, until killed.
      for (int i = limit; ; i++) {
        index.add(article(i));
      }
    }
  }
}
