package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.testing.TestArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link NearDuplicateDetector#explain}: verdicts and scores as the detector's, and shared passages
 * and dropped chrome hand-checked as ranges of the original bodies, through HTML entities, NFKC and
 * CJK text.
 */
class ExplanationTest {
  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  private static Explanation.TextRange range(String body, String from, String to) {
    int start = body.indexOf(from);
    int end = body.indexOf(to, start) + to.length();
    assertTrue(start >= 0 && end >= to.length(), "bad fixture: " + from + " / " + to);
    return new Explanation.TextRange(start, end);
  }

  @Test
  void explain_plainText_passageAndChromeInTheBody() {
    String a =
        "Talks To Resume\n\n"
            + "The minister said on Tuesday that talks would resume next week in Geneva.\n"
            + "Comments (3)\n";
    String b =
        "Reuters - The minister said on Tuesday that talks would resume next week in Geneva. "
            + "Nobody else commented on the plans before the weekend.\n";
    Explanation e = detector.explain(Article.of("a", a), Article.of("b", b));
    assertEquals("a", e.a());
    assertEquals("b", e.b());
    assertEquals(
        List.of(
            new Explanation.Passage(
                range(a, "The minister", "Geneva."), range(b, "The minister", "Geneva."), 13)),
        e.passages());
    assertEquals(
        List.of(
            new Explanation.Dropped(
                range(a, "Talks To", "Resume"), Explanation.DropReason.NO_SENTENCE_STRUCTURE),
            new Explanation.Dropped(
                range(a, "Comments (3)", ")"), Explanation.DropReason.CHROME_PHRASE)),
        e.droppedA());
    assertEquals(List.of(), e.droppedB());
  }

  @Test
  void explain_htmlWithEntities_rangesCoverTheReferences() {
    String a =
        "<html><body><h1>Caf&eacute; news</h1>\n"
            + "<p>The caf&eacute; owner said &ldquo;we are open&rdquo; on Monday &amp; Tuesday"
            + " after the long <b>winter</b> break.</p>\n"
            + "<p>Home | World | Sport</p></body></html>";
    String b = "The café owner said “we are open” on Monday & Tuesday after the long winter break.";
    Explanation e =
        detector.explain(
            Article.of("a", a).withFormat(BodyFormat.HTML),
            Article.of("b", b).withFormat(BodyFormat.TEXT));
    // the café owner said we are open on monday tuesday after the long winter break
    assertEquals(
        List.of(
            new Explanation.Passage(range(a, "The caf", "break."), range(b, "The", "break."), 15)),
        e.passages());
    assertEquals(
        List.of(
            new Explanation.Dropped(
                range(a, "Caf&eacute;", "news"), Explanation.DropReason.NO_SENTENCE_STRUCTURE),
            new Explanation.Dropped(range(a, "Home |", "Sport"), Explanation.DropReason.LIST)),
        e.droppedA());
  }

  @Test
  void explain_nfkcChangingChars_rangesOnTheOriginalChars() {
    // Fullwidth letters and the fi ligature: NFKC makes "the" and "fi" of them.
    String a = "Ｔｈｅ ﬁnal report was published on Monday by the committee²."; // ² is "2"
    String b = "The final report was published on Monday by the committee2.";
    Explanation e = detector.explain(Article.of("a", a), Article.of("b", b));
    assertEquals(1, e.passages().size());
    Explanation.Passage p = e.passages().get(0);
    assertEquals(new Explanation.TextRange(0, a.length()), p.a());
    assertEquals(new Explanation.TextRange(0, b.length()), p.b());
    assertEquals(10, p.words());
    assertEquals(1.0, e.similarity().jaccard());
  }

  @Test
  void explain_cjk_eachIdeographAWordOnItsOwnChars() {
    String sentence = "东京电力公司周二表示，福岛核电站的处理水将于明年春季开始排放入海。";
    String a = sentence;
    String b = "据共同社报道，" + sentence + "\n相关新闻";
    Explanation e = detector.explain(Article.of("a", a), Article.of("b", b));
    assertEquals(1, e.passages().size());
    Explanation.Passage p = e.passages().get(0);
    // 10 ideographs before the comma, 21 after it; the full stop is no word, but both have it.
    assertEquals(new Explanation.TextRange(0, a.length()), p.a());
    assertEquals(range(b, "东京", "入海。"), p.b());
    assertEquals(31, p.words());
    assertEquals(
        List.of(
            new Explanation.Dropped(
                range(b, "相关", "新闻"), Explanation.DropReason.NO_SENTENCE_STRUCTURE)),
        e.droppedB());
  }

  @Test
  void explain_rules_valuesBesideThresholdsAsTheDetectorJudges() {
    Article a = Article.of("a", TestArticles.body(7, 12));
    Article b = Article.of("b", TestArticles.body(8, 12));
    Explanation e = detector.explain(a, b);
    assertEquals(Optional.empty(), e.rule());
    assertFalse(e.accepted());
    DetectorConfig.Thresholds t = detector.config().thresholds();
    assertEquals(5, e.rules().size());
    assertEquals(MatchRule.RESEMBLANCE, e.rules().get(0).rule());
    assertEquals(t.resemblanceThreshold(), e.rules().get(0).threshold());
    assertEquals(e.similarity().jaccard(), e.rules().get(0).value());
    assertEquals(MatchRule.CONTAINMENT, e.rules().get(1).rule());
    assertEquals(t.containmentThreshold(), e.rules().get(1).threshold());
    assertEquals(e.similarity().containment(), e.rules().get(1).value());
    assertEquals(MatchRule.ALIGNMENT, e.rules().get(2).rule());
    assertEquals(t.alignmentThreshold(), e.rules().get(2).threshold());
    assertEquals(MatchRule.LEAD, e.rules().get(3).rule());
    assertEquals(MatchRule.SHORT, e.rules().get(4).rule());
    assertEquals(t.alignmentThreshold(), e.rules().get(4).threshold());
    assertTrue(e.rules().stream().noneMatch(Explanation.RuleCheck::accepted));
    assertEquals(detector.similarity(a, b), e.similarity());
  }

  @Test
  void explain_sampleCorpus_copyBodySharedInEightParagraphs() throws IOException {
    Article wire = read("000_1ac3a902d5ad9604.txt");
    Article copy = read("001_3996b4a5bdcd3b6a.txt");
    Explanation e = detector.explain(wire, copy);
    assertEquals(Optional.of(MatchRule.CONTAINMENT), e.rule());
    assertTrue(e.rules().get(1).accepted());
    assertEquals(
        detector
            .verify(detector.fingerprint(wire), detector.fingerprint(copy))
            .orElseThrow()
            .similarity(),
        e.similarity());
    // The eight paragraphs of 001 between the standfirst and the author box, each whole, each
    // also in 000 word for word.
    String[] paragraphs = copy.body().split("\n\n");
    assertEquals(8, e.passages().size());
    for (int i = 0; i < 8; i++) {
      String paragraph = paragraphs[i + 2];
      Explanation.Passage p = e.passages().get(i);
      int start = copy.body().indexOf(paragraph);
      assertEquals(new Explanation.TextRange(start, start + paragraph.length()), p.b());
      assertEquals(
          copy.body().substring(p.b().start(), p.b().end()),
          wire.body().substring(p.a().start(), p.a().end()));
    }
    int commentsStart = wire.body().indexOf("Any peace deal");
    assertTrue(e.passages().stream().allMatch(p -> p.a().end() < commentsStart));
    assertTrue(
        e.droppedB().stream()
            .anyMatch(d -> copy.body().startsWith("Author: Dave", d.range().start())));
  }

  @Test
  void explain_sampleCorpus_unrelatedShareNoPassage() throws IOException {
    Explanation e =
        detector.explain(read("002_9d5f7659cd0f1aaf.txt"), read("003_f37f68e56e8894e5.txt"));
    assertFalse(e.accepted());
    assertTrue(e.passages().stream().allMatch(p -> p.words() < 10), e.passages().toString());
  }

  @Test
  void explain_null_throwsNamingTheParameter() {
    Article a = Article.of("a", "text");
    assertEquals(
        "b",
        assertThrows(NullPointerException.class, () -> detector.explain(a, null)).getMessage());
  }

  private static Article read(String name) throws IOException {
    return ArticleReader.readFile(Path.of("corpus-samples", name)).get(0);
  }

  @Test
  void explainGroups_batchBoilerplate_droppedAndScoresAsGroup() {
    String fund = "This report was produced with support from the regional press fund.";
    List<Article> batch = new java.util.ArrayList<>();
    for (int g = 0; g < 4; g++) {
      String body = TestArticles.body(100 + g, 12);
      String withFund = g < 3 ? body + "\n\n" + fund : body;
      batch.add(Article.of("story-" + g, withFund));
      batch.add(Article.of("copy-" + g, TestArticles.withChrome(withFund, "Site " + g)));
    }
    List<DuplicateGroup> groups = detector.group(batch);
    assertEquals(4, groups.size());
    List<Explanation> explained = detector.explainGroups(batch, groups, ProgressListener.NONE);
    assertEquals(4, explained.size());
    int i = 0;
    for (DuplicateGroup g : groups) {
      Explanation e = explained.get(i++);
      assertEquals(g.representative(), e.a());
      assertEquals(g.members().get(1), e.b());
      assertEquals(g.matches().get(0).similarity(), e.similarity());
      assertEquals(Optional.of(g.matches().get(0).rule()), e.rule());
      Article b = batch.stream().filter(x -> x.id().equals(e.b())).findFirst().orElseThrow();
      List<String> boilerplate =
          e.droppedB().stream()
              .filter(d -> d.reason() == Explanation.DropReason.BOILERPLATE)
              .map(d -> b.body().substring(d.range().start(), d.range().end()))
              .toList();
      boolean withFund = b.body().contains(fund);
      assertEquals(
          withFund ? List.of(fund.substring(0, fund.length() - 1)) : List.of(), boilerplate, e.b());
      assertTrue(
          e.passages().stream().allMatch(p -> p.b().end() <= b.body().indexOf(fund) || !withFund),
          "no passage over the boilerplate sentence");
    }
    // The pair alone knows no batch: the sentence is shared text there.
    Explanation pair = detector.explain(batch.get(0), batch.get(1));
    assertTrue(
        pair.droppedB().stream().noneMatch(d -> d.reason() == Explanation.DropReason.BOILERPLATE));
  }

  @Test
  void explain_flashesWithoutContentUnits_allWordsOnePassage() {
    Explanation same =
        detector.explain(Article.of("a", "Breaking news."), Article.of("b", "  Breaking NEWS.\n"));
    assertEquals(Optional.of(MatchRule.RESEMBLANCE), same.rule());
    assertEquals(
        List.of(
            new Explanation.Passage(
                new Explanation.TextRange(0, 13), new Explanation.TextRange(2, 15), 2)),
        same.passages());
    assertEquals(List.of(), same.droppedA());
    Explanation other =
        detector.explain(Article.of("a", "Breaking news."), Article.of("b", "Breaking sports."));
    assertEquals(List.of(), other.passages());
  }
}
