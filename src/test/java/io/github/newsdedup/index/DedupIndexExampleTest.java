package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdedup.Article;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.testing.TestArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in the {@link DedupIndex} Javadoc, pasted verbatim between the markers. */
class DedupIndexExampleTest {
  @TempDir Path temp;

  @Test
  void javadocExample_runsAndFindsTheCopy() throws IOException {
    String wireText = TestArticles.body(77, 12);
    String blogText = TestArticles.withChrome(wireText, "A Blog");
    Path dir = temp.resolve("dedup-index");
    List<String> result;
    // ---- begin example (Path.of("dedup-index") replaced by dir)
    NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      index.add(Article.of("wire-1", wireText));
      IndexResult r = index.add(Article.of("blog-7", blogText)); // a copy of the wire story
      List<String> copied = r.matches().stream().map(IndexMatch::id).toList(); // ["wire-1"]
      index.commit(); // durable from here; close() commits too
      // ---- end example
      result = copied;
    }
    assertEquals(List.of("wire-1"), result);
  }
}
