package io.github.newsdedup.index;

import io.github.newsdedup.Article;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.testing.TestArticles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * The child JVM of {@link IndexRandomKillTest}: opens the index and runs random adds, batch adds,
 * replacements, removals, expiries and commits until it is killed. It prints each operation after
 * it returned ({@code add <n> <version>}, {@code remove <n>}, {@code expire <n>}), {@code
 * commit-start} before a commit and {@code committed} after it, so that the test knows which
 * operations every completed commit holds.
 */
final class RandomKillChild {
  /** Live articles above which the oldest are expired. */
  static final int MAX_LIVE = 300;

  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

  private RandomKillChild() {}

  /** The id of article {@code n}. */
  static String id(int n) {
    return "a" + n;
  }

  /** The number of the article of {@code id}. */
  static int number(String id) {
    return Integer.parseInt(id.substring(1));
  }

  /** The publication time of article {@code n}: {@code n} minutes after a base time. */
  static Instant published(int n) {
    return BASE.plusSeconds(60L * n);
  }

  /**
   * Version {@code v} of article {@code n}: version 0 of every fifth article copies the article
   * four before it; a later version (a replacement) is a new text.
   */
  static Article article(int n, int v) {
    String text;
    if (v == 0 && n % 5 == 4) {
      text = TestArticles.withChrome(TestArticles.body(n - 4, 12), "Copy");
    } else {
      text = TestArticles.body(v == 0 ? n : 1_000_000L * v + n, 12);
    }
    return Article.of(id(n), text).withPublished(published(n));
  }

  /**
   * Runs until killed.
   *
   * @param args the index directory, the first new article number, and the seed
   * @throws IOException if the index fails
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Path.of(args[0]);
    int next = Integer.parseInt(args[1]);
    Random random = new Random(Long.parseLong(args[2]));
    DedupIndex index = DedupIndex.open(dir, NearDuplicateDetector.withDefaults());
    TreeSet<Integer> live = new TreeSet<>();
    for (String id : index.ids()) {
      live.add(number(id));
    }
    out.println("ready");
    while (true) {
      int op = random.nextInt(100);
      if (op < 35) {
        int n = next++;
        index.add(article(n, 0));
        live.add(n);
        out.println("add " + n + " 0");
      } else if (op < 45) {
        int count = 1 + random.nextInt(40);
        List<Article> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          batch.add(article(next + i, 0));
        }
        index.addAll(batch, ProgressListener.NONE);
        for (int i = 0; i < count; i++) {
          live.add(next);
          out.println("add " + next++ + " 0");
        }
      } else if (op < 52 && !live.isEmpty()) {
        int n = pick(live, random);
        int v = 1 + random.nextInt(1000);
        index.add(article(n, v));
        out.println("add " + n + " " + v);
      } else if (op < 58 && !live.isEmpty()) {
        int n = pick(live, random);
        index.remove(id(n));
        live.remove(n);
        out.println("remove " + n);
      } else if (live.size() > MAX_LIVE) {
        int cutoff = new ArrayList<>(live).get(live.size() - MAX_LIVE / 2);
        index.expireOlderThan(published(cutoff));
        live.headSet(cutoff).clear();
        out.println("expire " + cutoff);
      } else {
        out.println("commit-start");
        index.commit();
        out.println("committed");
      }
    }
  }

  private static int pick(TreeSet<Integer> live, Random random) {
    Integer n = live.ceiling(live.first() + random.nextInt(live.last() - live.first() + 1));
    return n;
  }
}
