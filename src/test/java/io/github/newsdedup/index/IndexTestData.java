package io.github.newsdedup.index;

import io.github.newsdedup.Article;
import io.github.newsdedup.testing.TestArticles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Shared fixtures of the index tests. */
final class IndexTestData {
  private IndexTestData() {}

  /**
   * Returns {@code stories} unrelated stories, each with {@code copies} edited copies: copy c of
   * story s drops its first c sentences' worth of text and gets site chrome. Ids {@code s<i>} and
   * {@code s<i>-c<j>}.
   */
  static List<Article> storiesWithCopies(int stories, int copies, long seed) {
    List<Article> out = new ArrayList<>();
    for (int s = 0; s < stories; s++) {
      String body = TestArticles.body(seed * 7919 + s, 14);
      out.add(Article.of("s" + s, body));
      for (int c = 1; c <= copies; c++) {
        String copy = body.substring(Math.min(body.length() / 4, c * 40));
        out.add(Article.of("s" + s + "-c" + c, TestArticles.withChrome(copy, "Site " + c)));
      }
    }
    return out;
  }

  /** Returns the articles in id order: the order of {@code DedupIndex.groups()}. */
  static List<Article> sortedById(List<Article> articles) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(Article::id));
    return sorted;
  }

  /** Returns the SHA-256 of every file under {@code dir}, by relative path. */
  static Map<String, String> checksums(Path dir) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          sums.put(dir.relativize(f).toString(), sha256(f));
        } else if (!f.equals(dir)) {
          sums.put(dir.relativize(f) + "/", "dir");
        }
      }
    }
    return sums;
  }

  private static String sha256(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[8192];
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
