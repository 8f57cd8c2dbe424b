package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.NearDuplicateDetector;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Durability: a child JVM adds articles and commits every N; it is killed with {@code
 * destroyForcibly()} mid-ingest, after a given number of commits; the reopened index holds every
 * committed article, is readable, and matches.
 */
class IndexDurabilityTest {
  private static final int EVERY = 20;

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 6})
  void kill_afterCommits_reopenedIndexHoldsEveryCommittedArticle(int commits) throws Exception {
    Path dir = temp.resolve("index");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                DurabilityChild.class.getName(),
                dir.toString(),
                Integer.toString(EVERY),
                Integer.toString(EVERY * 100))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int committed = 0;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("committed ")) {
          committed = Integer.parseInt(line.substring("committed ".length()));
          if (committed >= commits * EVERY) {
            break; // the child is adding the next articles now
          }
        }
      }
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
    }
    assertEquals(commits * EVERY, committed, "child stopped early");

    try (DedupIndex index = DedupIndex.open(dir, NearDuplicateDetector.withDefaults())) {
      Set<String> ids = new HashSet<>(index.ids());
      for (int i = 0; i < committed; i++) {
        assertTrue(ids.contains("a" + i), "committed article a" + i + " lost");
      }
      // Anything beyond is a later commit the child made before it was killed: whole commits only.
      assertEquals(0, ids.size() % EVERY, "partial commit visible: " + ids.size());
      assertEquals(ids.size(), index.size());
      for (String id : ids) {
        assertNotNull(index.get(id).orElseThrow());
      }
      // Matching works: a fresh copy of committed article a0 finds it (and its stored copy a4).
      List<String> found =
          index.match(DurabilityChild.article(4)).matches().stream().map(IndexMatch::id).toList();
      assertTrue(found.contains("a0"), "a copy of a0 should match it: " + found);
      // And the index takes new articles.
      Article extra = Article.of("extra", DurabilityChild.article(0).body());
      assertTrue(index.add(extra).matches().stream().anyMatch(m -> m.id().equals("a0")));
      assertEquals(ids.size() + 1, index.size());
    }
  }
}
