package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.testing.TestArticles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {
  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  @Test
  void builder_defaults_areDocumentedValues() {
    DetectorConfig c = NearDuplicateDetector.builder().threads(2).config();
    assertEquals(5, c.shape().shingleSize());
    assertEquals(128, c.shape().signatureLength());
    assertEquals(42, c.shape().bands(), "derived from the 0.5 resemblance threshold");
    assertEquals(3, c.shape().rows());
    assertEquals(0.5, c.thresholds().resemblanceThreshold());
    assertEquals(0.8, c.thresholds().containmentThreshold());
    assertEquals(50, c.thresholds().minContainedShingles());
    assertEquals(0.85, c.thresholds().alignmentThreshold());
    assertTrue(c.candidateProbability(0.5) >= 0.995);
  }

  @Test
  void builder_derivedBands_followTheThreshold() {
    DetectorConfig strict = NearDuplicateDetector.builder().resemblanceThreshold(0.9).config();
    assertTrue(
        strict.shape().rows() > 3, "a high threshold allows longer rows: " + strict.shape().rows());
    assertEquals(128 / strict.shape().rows(), strict.shape().bands());
    assertTrue(strict.candidateProbability(0.9) >= 0.995);
  }

  @Test
  void builder_badValues_throwNamingOptionAndValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> NearDuplicateDetector.builder().shingleSize(0));
    assertEquals("shingleSize must be in [1, 16], got 0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NearDuplicateDetector.builder().containmentThreshold(1.5));
    assertEquals("containmentThreshold must be in (0, 1], got 1.5", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NearDuplicateDetector.builder().bands(30).build());
    assertEquals("bands must divide signatureLength (128), got 30", e.getMessage());
  }

  @Test
  void builder_repeatedOption_lastWins() {
    NearDuplicateDetector.Builder b = NearDuplicateDetector.builder().seed(1).shingleSize(3);
    DetectorConfig c = b.seed(2).shingleSize(4).build().config();
    assertEquals(2, c.shape().seed());
    assertEquals(4, c.shape().shingleSize());
  }

  @Test
  void builder_threadsOutOfRange_throws() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            NearDuplicateDetector.builder().threads(NearDuplicateDetector.Builder.MAX_THREADS + 1));
  }

  @Test
  void nulls_throwNpeNamingTheParameter() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> detector.fingerprint(null));
    assertEquals("article", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> detector.group(null));
    assertEquals("articles", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Article.of(null, "x"));
    assertEquals("id", e.getMessage());
  }

  @Test
  void group_duplicateIds_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> detector.group(List.of(Article.of("x", "a"), Article.of("x", "b"))));
    assertEquals("article ids must be unique, got x twice", e.getMessage());
  }

  @Test
  void group_everyArticleInExactlyOneGroup_copiesTogether() {
    List<Article> articles = new ArrayList<>(TestArticles.distinct("other", 20, 5));
    String body = TestArticles.body(77, 15);
    articles.add(Article.of("source", body));
    articles.add(Article.of("repost", TestArticles.withChrome(body, "The Example Post")));
    articles.add(Article.of("with-comments", body + "\n\n" + TestArticles.body(4242, 25)));
    List<DuplicateGroup> groups = detector.group(articles);
    Set<String> seen = new HashSet<>();
    for (DuplicateGroup g : groups) {
      for (String id : g.members()) {
        assertTrue(seen.add(id), id + " is in two groups");
      }
    }
    assertEquals(articles.size(), seen.size());
    DuplicateGroup first = groups.get(0);
    assertEquals(Set.of("source", "repost", "with-comments"), new HashSet<>(first.members()));
    assertEquals(first.representative(), first.members().get(0));
    for (String id : first.members()) {
      if (!id.equals(first.representative())) {
        assertTrue(
            first.matches().stream()
                .anyMatch(m -> m.a().equals(first.representative()) && m.b().equals(id)),
            id + " must have a verified match with the representative");
      }
    }
    for (int i = 1; i < groups.size(); i++) {
      assertEquals(1, groups.get(i).size(), groups.get(i).toString());
    }
  }

  @Test
  void group_containmentPair_foundDespiteLowJaccard() {
    String article = TestArticles.body(11, 12);
    String page = article + "\n\n" + TestArticles.body(12, 60);
    List<DuplicateGroup> groups =
        detector.group(List.of(Article.of("page", page), Article.of("article", article)));
    assertEquals(1, groups.size());
    Match m = groups.get(0).matches().get(0);
    assertTrue(m.similarity().jaccard() < 0.3, m.toString());
    assertEquals(MatchRule.CONTAINMENT, m.rule());
    assertEquals("page", groups.get(0).representative(), "the most complete copy represents");
  }

  @Test
  void group_stubContainedEverywhere_notMatched() {
    String stub = "The council met on Tuesday to discuss the budget for next year.";
    String a = stub + "\n\n" + TestArticles.body(21, 20);
    String b = stub + "\n\n" + TestArticles.body(22, 20);
    List<DuplicateGroup> groups =
        detector.group(List.of(Article.of("stub", stub), Article.of("a", a), Article.of("b", b)));
    assertEquals(3, groups.size(), "a one-line stub is below minContainedShingles");
  }

  @Test
  void group_noisyCopy_matchedByAlignment() {
    String body = TestArticles.body(31, 20);
    StringBuilder noisy = new StringBuilder(body);
    // Change one inner character of every seventh word: OCR-like noise.
    int word = 0;
    for (int i = 1; i < noisy.length() - 2; i++) {
      if (noisy.charAt(i - 1) == ' '
          && Character.isLetter(noisy.charAt(i + 2))
          && ++word % 7 == 0) {
        noisy.setCharAt(i + 1, noisy.charAt(i + 1) == 'x' ? 'y' : 'x');
      }
    }
    Article a = Article.of("clean", body);
    Article b = Article.of("noisy", noisy.toString());
    Similarity s = detector.similarity(a, b);
    assertTrue(s.jaccard() < 0.5 && s.containment() < 0.8, s.toString());
    List<DuplicateGroup> groups = detector.group(List.of(a, b));
    assertEquals(1, groups.size(), groups.toString());
    assertEquals(MatchRule.ALIGNMENT, groups.get(0).matches().get(0).rule());
  }

  @Test
  void group_sharedBackgroundParagraphOnly_keptApart() {
    String background = TestArticles.body(41, 4);
    String a = TestArticles.body(42, 10) + "\n\n" + background;
    String b = TestArticles.body(43, 10) + "\n\n" + background;
    assertEquals(2, detector.group(List.of(Article.of("a", a), Article.of("b", b))).size());
  }

  @Test
  void group_siteFooterOnTruncatedCopy_removedByBatchRule() {
    String footer =
        "\n\nWe are an independent newsroom funded by readers like you every single day of the"
            + " year. Support our journalism with a monthly donation from as little as one pound"
            + " or one euro. Our reporters cover the council and the courts without fear.";
    String source = TestArticles.body(600, 24);
    String[] paragraphs = source.split("\n\n");
    String teaser = paragraphs[0] + "\n\n" + paragraphs[1] + footer;
    List<Article> articles = new ArrayList<>();
    articles.add(Article.of("source", source));
    articles.add(Article.of("teaser", teaser));
    for (int i = 0; i < 5; i++) {
      articles.add(Article.of("page" + i, TestArticles.body(610 + i, 12) + footer));
    }
    // The lead rule alone would also catch this teaser: switched off to isolate the batch rule.
    NearDuplicateDetector withoutRule =
        NearDuplicateDetector.builder().boilerplateMinGroups(0).alignmentThreshold(0).build();
    Similarity raw = detector.similarity(articles.get(0), articles.get(1));
    assertTrue(raw.containment() < 0.8, "the footer dilutes the teaser: " + raw);
    assertEquals(7, withoutRule.group(articles).size(), "without the rule the teaser is missed");
    List<DuplicateGroup> groups = detector.group(articles);
    assertEquals(6, groups.size(), groups.toString());
    assertEquals(List.of("source", "teaser"), groups.get(0).members());
  }

  @Test
  void similarity_articles_exactAndSymmetric() {
    Article a = Article.of("a", TestArticles.body(1, 10));
    Article b = Article.of("b", TestArticles.body(1, 10) + "\n\n" + TestArticles.body(2, 10));
    Similarity ab = detector.similarity(a, b);
    assertFalse(ab.estimated());
    assertEquals(ab, detector.similarity(b, a));
    assertEquals(1.0, ab.containment(), 1e-12);
  }

  @Test
  void similarity_fingerprints_estimatedWithoutShingles_closeToExact() {
    Fingerprint a = detector.fingerprint(Article.of("a", TestArticles.body(3, 30)));
    Fingerprint b =
        detector.fingerprint(
            Article.of("b", TestArticles.body(3, 30) + "\n\n" + TestArticles.body(4, 10)));
    Similarity exact = detector.similarity(a, b);
    Similarity estimate = detector.similarity(a.withoutShingles(), b.withoutShingles());
    assertFalse(exact.estimated());
    assertTrue(estimate.estimated());
    assertEquals(exact.jaccard(), estimate.jaccard(), 0.15);
  }

  @Test
  void similarity_fingerprintsOfDifferentSeeds_throw() {
    Fingerprint a = detector.fingerprint(Article.of("a", "some words here"));
    Fingerprint b =
        NearDuplicateDetector.builder().seed(9).build().fingerprint(Article.of("b", "some words"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> detector.similarity(a, b));
    assertTrue(e.getMessage().contains("different seeds"), e.getMessage());
  }

  @Test
  void fingerprint_deterministicAndRoundTripsThroughBytes() {
    Article article = Article.of("x", TestArticles.body(8, 20));
    Fingerprint f = detector.fingerprint(article);
    assertEquals(f, detector.fingerprint(article));
    assertEquals(f, Fingerprint.fromBytes(f.toBytes()));
    assertEquals(f.withoutShingles(), Fingerprint.fromBytes(f.withoutShingles().toBytes()));
    assertNotEquals(f, f.withoutShingles());
  }

  @Test
  void fingerprint_corruptBytes_throwClearly() {
    byte[] bytes = detector.fingerprint(Article.of("x", TestArticles.body(8, 5))).toBytes();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Fingerprint.fromBytes(java.util.Arrays.copyOf(bytes, bytes.length / 2)));
    assertTrue(e.getMessage().startsWith("corrupt fingerprint"), e.getMessage());
    bytes[0] = 9;
    e = assertThrows(IllegalArgumentException.class, () -> Fingerprint.fromBytes(bytes));
    assertTrue(e.getMessage().contains("unsupported fingerprint format 9"), e.getMessage());
  }

  @Test
  void groupFingerprints_agreesWithGroupWhenNoBoilerplate() {
    List<Article> articles = new ArrayList<>(TestArticles.distinct("d", 10, 9));
    String body = TestArticles.body(99, 12);
    articles.add(Article.of("copy1", body));
    articles.add(Article.of("copy2", TestArticles.withChrome(body, "Site")));
    List<Fingerprint> fps = articles.stream().map(detector::fingerprint).toList();
    assertEquals(detector.group(articles), detector.groupFingerprints(fps, ProgressListener.NONE));
  }

  @Test
  void group_emptyAndHtmlArticles_handled() {
    String body = TestArticles.body(55, 10);
    String html = "<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>";
    List<DuplicateGroup> groups =
        detector.group(
            List.of(Article.of("empty", ""), Article.of("text", body), Article.of("html", html)));
    assertEquals(2, groups.size());
    assertEquals(Set.of("text", "html"), new HashSet<>(groups.get(0).members()));
  }
}
