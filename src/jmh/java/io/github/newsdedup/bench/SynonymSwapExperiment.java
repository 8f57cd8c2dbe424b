package io.github.newsdedup.bench;

import io.github.newsdedup.Article;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.io.ReadResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Measures where word shingles stop: each article is compared (with {@code verify}) with a copy in
 * which a share of its words of four or more letters is replaced by other words, as article
 * spinners do with synonyms. Prints recall, the accepting rules and the mean Jaccard per share.
 *
 * <pre>
 * java -cp target/news-dedup-bench.jar io.github.newsdedup.bench.SynonymSwapExperiment \
 *     bbc-news-dev/txt [articles=300] [seed=7]
 * </pre>
 */
public final class SynonymSwapExperiment {
  private static final String[] REPLACEMENTS =
      "alpha beta gamma delta house river market street office people company country government"
          .split(" ");

  private SynonymSwapExperiment() {}

  /**
   * Runs the experiment.
   *
   * @param args corpus path, then optionally the number of articles and the seed
   * @throws IOException if the corpus cannot be read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 0) {
      out.println("usage: SynonymSwapExperiment <corpus-path> [articles=300] [seed=7]");
      return;
    }
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
    ReadResult read = ArticleReader.read(List.of(Path.of(args[0])));
    List<Article> articles = read.articles().stream().limit(limit).toList();
    NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
    for (double rate : new double[] {0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.40}) {
      SplittableRandom random = new SplittableRandom(seed);
      int matched = 0;
      int[] byRule = new int[3];
      double sumJaccard = 0;
      for (Article article : articles) {
        Fingerprint a = detector.fingerprint(article);
        Fingerprint b =
            detector.fingerprint(Article.of("spun", spin(article.body(), rate, random)));
        Optional<Match> m = detector.verify(a, b);
        sumJaccard += detector.similarity(a, b).jaccard();
        if (m.isPresent()) {
          matched++;
          byRule[m.get().rule().ordinal()]++;
        }
      }
      out.printf(
          Locale.ROOT,
          "swap %2.0f%% of words: recall %.3f (resemblance %d, containment %d, alignment %d),"
              + " mean Jaccard %.2f%n",
          rate * 100,
          matched / (double) articles.size(),
          byRule[0],
          byRule[1],
          byRule[2],
          sumJaccard / articles.size());
    }
  }

  /** Replaces each word of 4+ letters with probability {@code rate} by a made-up word. */
  static String spin(String text, double rate, SplittableRandom random) {
    StringBuilder sb = new StringBuilder(text.length());
    for (String token : text.split("(?<= )|(?= )")) {
      if (token.length() >= 4
          && token.chars().allMatch(Character::isLetter)
          && random.nextDouble() < rate) {
        sb.append(REPLACEMENTS[random.nextInt(REPLACEMENTS.length)])
            .append('x')
            .append(random.nextInt(100));
      } else {
        sb.append(token);
      }
    }
    return sb.toString();
  }
}
