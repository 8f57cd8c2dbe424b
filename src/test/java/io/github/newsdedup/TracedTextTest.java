package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdedup.internal.shingle.MappedText;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.testing.SyntheticNewsCorpus;
import io.github.newsdedup.testing.TestArticles;
import io.github.newsdedup.text.TextNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link TracedText}: its content text is the normalizer's, its shingles are the fingerprint's (so
 * passages are found among the very shingles that were compared), and every content char maps to
 * body chars that fold to it.
 */
class TracedTextTest {
  private static final TextNormalizer NORMALIZER = TextNormalizer.newsDefault();
  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
  private final long seed = detector.config().shape().seed();
  private final int k = detector.config().shape().shingleSize();

  private void assertTraced(Article article) {
    TracedText traced = TracedText.of(article, NORMALIZER, seed);
    boolean html =
        article.format() == BodyFormat.HTML
            || (article.format() == BodyFormat.AUTO
                && TextNormalizer.looksLikeHtml(article.body()));
    MappedText content = traced.content();
    if (traced.wholeText()) {
      // No content unit: the detector fingerprints all words of the normalized text as one.
      assertEquals(NORMALIZER.normalizeCharacters(article.body(), html), content.text());
      assertEquals(
          traced.count() == 0 ? 0 : 1, detector.fingerprint(article).shingleCount(), article.id());
      return;
    }
    assertEquals(
        String.join("\n", NORMALIZER.contentUnits(article.body(), html)),
        content.text(),
        article.id());
    long[] shingles = traced.tokens().shingleHashes(k, seed).clone();
    Arrays.sort(shingles);
    long[] distinct = Arrays.stream(shingles).distinct().toArray();
    assertArrayEquals(detector.fingerprint(article).shinglesView(), distinct, article.id());
    String body = article.body();
    for (int i = 0; i < content.length(); i++) {
      char c = content.text().charAt(i);
      if (c == ' ' || c == '\n' || Character.isSurrogate(c)) {
        continue;
      }
      String source = body.substring(content.start(i), content.end(i));
      String folded = NORMALIZER.normalizeCharacters(source, html);
      // A final sigma folds to its final form only in context.
      char alone = c == '\u03C2' ? '\u03C3' : c;
      if (folded.indexOf(c) < 0
          && folded.indexOf(alone) < 0
          && !source.startsWith("&")
          && !source.startsWith("<")) {
        throw new AssertionError(
            article.id()
                + ": content char "
                + i
                + " U+"
                + Integer.toHexString(c)
                + " maps to '"
                + source
                + "'");
      }
    }
  }

  @Test
  void of_sampleCorpus_sameContentAndShingles() {
    for (Article a : ArticleReader.read(List.of(Path.of("corpus-samples"))).articles()) {
      assertTraced(a);
    }
  }

  @Test
  void of_syntheticCorpus_sameContentAndShingles() {
    for (Article a : SyntheticNewsCorpus.generate(7, 12).articles()) {
      assertTraced(a);
    }
  }

  @Test
  void of_seededMixedScripts_sameContentAndShingles() {
    String[] pieces = {
      "The minister said",
      " café ",
      "Ｆｕｌｌ ｗｉｄｔｈ",
      "ﬁnal",
      "ΣΟΦΟΣ λόγος",
      "東京電力 ",
      "ｶﾀｶﾅ",
      "e\u0301",
      "&amp;",
      "&apos;",
      "&hellip;",
      "&NotEqualTilde;",
      "&ampx",
      "&#x1F600;",
      "&eacute;",
      "&#8217;",
      " \u00A0 ",
      "\u00AD",
      "İstanbul",
      "½",
      "\n",
      "\n\n",
      ".",
      " | ",
      "Advertisement\n",
      "😀",
      "한국어 ",
      "\u1100\u1161",
      "’",
      "—",
      "²"
    };
    for (int n = 0; n < 200; n++) {
      SplittableRandom random = new SplittableRandom(n);
      StringBuilder sb = new StringBuilder(TestArticles.body(n, 3));
      for (int i = 0; i < 60; i++) {
        int at = random.nextInt(sb.length() + 1);
        sb.insert(at, pieces[random.nextInt(pieces.length)]);
      }
      String body = sb.toString();
      List<Article> articles = new ArrayList<>();
      articles.add(Article.of("text-" + n, body).withFormat(BodyFormat.TEXT));
      articles.add(Article.of("html-" + n, "<p>" + body.replace("\n\n", "</p><p>") + "</p>"));
      for (Article a : articles) {
        try {
          assertTraced(a);
        } catch (AssertionError e) {
          throw new AssertionError("seed " + n + ": " + e.getMessage(), e);
        }
      }
    }
  }
}
