package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.testing.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verification rules at their thresholds, on made-up texts. */
class VerifierTest {
  private static final int K = 5;
  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  private static int[] sequence(int from, int length) {
    int[] s = new int[length];
    for (int i = 0; i < length; i++) {
      s[i] = from + i;
    }
    return s;
  }

  @Test
  void positionIndex_anyHashSign_findsTheNearestPosition() {
    int[] sequence = {-5, 7, Integer.MIN_VALUE, 7, Integer.MAX_VALUE, -5, 0, 7};
    Verifier.PositionIndex index = Verifier.PositionIndex.of(sequence, sequence.length);
    for (int i = 0; i < sequence.length; i++) {
      int found = index.nearest(sequence[i], i);
      assertEquals(i, found, "hash " + sequence[i]);
    }
    assertEquals(3, index.nearest(7, 4), "of positions 1, 3 and 7");
    assertEquals(7, index.nearest(7, 9));
    assertEquals(-1, index.nearest(42, 0));
    assertEquals(
        -1, Verifier.PositionIndex.of(sequence, 4).nearest(0, 6), "past the indexed start");
  }

  @Test
  void alignedCoverage_noisyStretchAtSameOffset_bridged() {
    int[] text = sequence(1000, 100);
    int[] noisy = text.clone();
    // Shingles 30..49 broken: words 34..49 (16 words) are covered by no shingle.
    for (int i = 30; i < 50; i++) {
      noisy[i] = -i;
    }
    Verifier.PositionIndex index = Verifier.PositionIndex.of(noisy, noisy.length);
    int words = 100 + K - 1;
    double gapOnly = Verifier.alignedCoverage(text, text.length, K, index, 8, 0);
    assertEquals((words - 16) / (double) words, gapOnly, 1e-9);
    assertEquals(
        1.0,
        Verifier.alignedCoverage(text, text.length, K, index, 8, 24),
        1e-9,
        "a substitution run: the words on both sides keep their offset");
    assertEquals(
        gapOnly,
        Verifier.alignedCoverage(text, text.length, K, index, 8, 15),
        1e-9,
        "longer than the longest substitution run allowed");
  }

  @Test
  void alignedCoverage_insertedPassageShiftsOffset_notBridged() {
    int[] text = sequence(1000, 100);
    // The other text has the first 30 shingles, 16 other ones, then 10 inserted, then the rest.
    int[] other = new int[110];
    System.arraycopy(text, 0, other, 0, 30);
    for (int i = 30; i < 56; i++) {
      other[i] = -i;
    }
    System.arraycopy(text, 50, other, 60, 50);
    Verifier.PositionIndex index = Verifier.PositionIndex.of(other, other.length);
    int words = 100 + K - 1;
    assertEquals(
        (words - 16) / (double) words,
        Verifier.alignedCoverage(text, text.length, K, index, 8, 24),
        1e-9);
  }

  @Test
  void alignedCoverage_limit_onlyCountsTheStartOfTheOtherText() {
    int[] text = sequence(1000, 50);
    int[] other = sequence(1000, 50);
    assertEquals(
        1.0,
        Verifier.alignedCoverage(text, 50, K, Verifier.PositionIndex.of(other, 50), 8, 0),
        1e-9);
    assertEquals(
        (20 + K - 1) / (double) (50 + K - 1),
        Verifier.alignedCoverage(text, 50, K, Verifier.PositionIndex.of(other, 20), 8, 0),
        1e-9);
  }

  private static String firstParagraphs(String body, int count) {
    String[] paragraphs = body.split("\n\n");
    return String.join("\n\n", List.of(paragraphs).subList(0, count));
  }

  @Test
  void lead_teaserWithCommentThread_matched() {
    String source = TestArticles.body(700, 24);
    String teaser =
        firstParagraphs(source, 3)
            + "\n\nContinue reading the full story ...\n\nComments (12)\n\n"
            + TestArticles.body(701, 30);
    Article a = Article.of("source", source);
    Article b = Article.of("teaser", teaser);
    Similarity s = detector.similarity(a, b);
    assertTrue(s.jaccard() < 0.5 && s.containment() < 0.8, s.toString());
    List<DuplicateGroup> groups = detector.group(List.of(a, b));
    assertEquals(1, groups.size(), groups.toString());
    assertEquals(MatchRule.LEAD, groups.get(0).matches().get(0).rule());
    assertTrue(groups.get(0).matches().get(0).score() >= Verifier.LEAD_THRESHOLD);
  }

  @Test
  void lead_disabledWithAlignment() {
    String source = TestArticles.body(700, 24);
    String teaser = firstParagraphs(source, 3) + "\n\n" + TestArticles.body(701, 30);
    NearDuplicateDetector off = NearDuplicateDetector.builder().alignmentThreshold(0).build();
    assertEquals(2, off.group(List.of(Article.of("s", source), Article.of("t", teaser))).size());
  }

  @Test
  void lead_followUpSharingOpeningSentenceAndBackground_keptApart() {
    String first = TestArticles.body(710, 24);
    String opening = first.substring(0, first.indexOf(". ") + 1);
    String background = TestArticles.body(711, 6);
    String a = first + "\n\n" + background;
    String b = opening + " " + TestArticles.body(712, 14) + "\n\n" + background;
    List<DuplicateGroup> groups = detector.group(List.of(Article.of("a", a), Article.of("b", b)));
    assertEquals(2, groups.size(), groups.toString());
  }

  @Test
  void lead_shortTexts_neverMatchedByLead() {
    String source = TestArticles.body(720, 24);
    String stub = source.substring(0, source.indexOf(". ") + 1);
    assertEquals(
        2, detector.group(List.of(Article.of("s", source), Article.of("stub", stub))).size());
  }

  private static final String FLASH =
      "The harbour authority confirmed on Tuesday that the northern bridge will stay closed to"
          + " lorries until engineers finish repairs to the damaged supports next spring.";

  @Test
  void short_nearIdenticalFlash_matchedBothWays() {
    String edited = FLASH.replace("Tuesday", "Wednesday").replace("lorries", "trucks");
    Article a = Article.of("flash", FLASH);
    Article b = Article.of("edited", edited);
    Similarity s = detector.similarity(a, b);
    assertTrue(s.jaccard() < 0.5, s.toString());
    List<DuplicateGroup> groups = detector.group(List.of(a, b));
    assertEquals(1, groups.size(), groups.toString());
    assertEquals(MatchRule.SHORT, groups.get(0).matches().get(0).rule());
  }

  @Test
  void short_flashOpeningALongerArticle_notMatched() {
    String article = FLASH + " " + TestArticles.body(730, 3);
    List<DuplicateGroup> groups =
        detector.group(List.of(Article.of("flash", FLASH), Article.of("article", article)));
    assertEquals(2, groups.size(), "a short text inside a longer one aligns one way only");
  }

  @Test
  void short_differentFlashesOfOneTemplate_keptApart() {
    String other =
        "The regional water board announced on Friday that the southern reservoir will stay open"
            + " to anglers until inspectors finish checks of the new pumps next summer.";
    assertEquals(2, detector.group(List.of(Article.of("a", FLASH), Article.of("b", other))).size());
  }

  @Test
  void short_disabledWithAlignment() {
    String edited = FLASH.replace("Tuesday", "Wednesday").replace("lorries", "trucks");
    NearDuplicateDetector off = NearDuplicateDetector.builder().alignmentThreshold(0).build();
    assertEquals(2, off.group(List.of(Article.of("a", FLASH), Article.of("b", edited))).size());
  }

  @Test
  void exactCopies_withoutContentUnits_grouped_othersApart() {
    // Below the normalizer's content rules (too few words, no sentence): no content units at all.
    String menu = "Home | News | Sport\nWeather\nSign in";
    List<Article> articles =
        List.of(
            Article.of("flash1", "Breaking news."),
            Article.of("flash2", "  Breaking   news. "),
            Article.of("flash3", "Breaking news: storm"),
            Article.of("menu1", menu),
            Article.of("menu2", menu),
            Article.of("empty", ""));
    List<DuplicateGroup> groups = detector.group(articles);
    assertEquals(4, groups.size(), groups.toString());
    assertEquals(List.of("flash1", "flash2"), groups.get(0).members());
    assertEquals(List.of("menu1", "menu2"), groups.get(1).members());
    assertEquals(MatchRule.RESEMBLANCE, groups.get(0).matches().get(0).rule());
    assertEquals(1, detector.fingerprint(articles.get(0)).shingleCount());
    assertEquals(0, detector.fingerprint(articles.get(5)).shingleCount());
  }
}
