package io.github.newsdedup.index;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.Version;

/**
 * Run in a child JVM with one Lucene version on the class path: creates an index, adds, matches,
 * reopens and groups, and prints {@code OK <lucene version> <groups>} or fails with a non-zero
 * exit.
 */
public final class LuceneVersionProbe {
  private LuceneVersionProbe() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    StringBuilder story = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      story
          .append("The harbour authority said ship number ")
          .append(i)
          .append(" was delayed by fog. ");
    }
    String base = story.toString();
    List<Article> articles = new ArrayList<>();
    articles.add(Article.of("wire", base));
    articles.add(Article.of("copy", "Reposted by a site. " + base + " Comments: first!"));
    articles.add(
        Article.of(
            "other",
            base.replace("harbour", "airport")
                .replace("fog", "snow")
                .replace("ship", "flight")
                .replace("delayed", "cancelled")));
    NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      index.addAll(articles.subList(0, 2), ProgressListener.NONE);
      index.commit();
      check(index.match(articles.get(1)).hasMatches(), "copy matches after commit");
    }
    try (DedupIndex index = DedupIndex.open(dir)) {
      index.add(articles.get(2));
      index.commit();
      check(index.size() == 3, "three articles after reopen, got " + index.size());
      List<DuplicateGroup> groups = index.groups();
      check(
          groups.stream().filter(g -> g.size() > 1).count() == 1 && groups.size() == 2,
          "one group of two and a singleton: " + groups);
      check(detector.group(articles).equals(groups), "index groups equal batch groups");
    }
    System.out.println("OK " + Version.LATEST + " " + dir);
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("failed: " + what);
    }
  }
}
