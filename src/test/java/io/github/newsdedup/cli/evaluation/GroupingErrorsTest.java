package io.github.newsdedup.cli.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Match;
import io.github.newsdedup.MatchRule;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.Similarity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupingErrorsTest {
  private static Match match(String a, String b, double score) {
    return new Match(a, b, new Similarity(score, score, false), MatchRule.RESEMBLANCE, score);
  }

  @Test
  void falseMerges_wrongMatches_highestScoreFirst() {
    List<DuplicateGroup> groups =
        List.of(
            new DuplicateGroup(
                "a",
                List.of("a", "b", "c", "d"),
                List.of(match("a", "b", 0.9), match("a", "c", 0.6), match("a", "d", 0.7))),
            new DuplicateGroup("e", List.of("e"), List.of()));
    Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "2", "d", "3", "e", "4");
    List<PairError> errors = GroupingErrors.falseMerges(groups, truth);
    assertEquals(2, errors.size());
    assertEquals("d", errors.get(0).b());
    assertEquals(0.7, errors.get(0).score());
    assertEquals("3", errors.get(0).trueGroupB());
    assertEquals(Optional.of(MatchRule.RESEMBLANCE), errors.get(0).rule());
    assertEquals("c", errors.get(1).b());
    assertEquals(PairError.Kind.FALSE_MERGE, errors.get(1).kind());
  }

  @Test
  void missedPairs_splitGroup_lowestScoreFirstWithExactSimilarity() {
    String text =
        "The council approved the new budget on Tuesday after a long debate about the cost of"
            + " repairing roads and bridges across the district, with several members voting"
            + " against it.";
    Map<String, Article> articles =
        Map.of(
            "x", Article.of("x", text),
            "y", Article.of("y", text + " The leader said it was a fair settlement."),
            "z", Article.of("z", "Completely different words about a football match in spring."));
    Map<String, String> truth = Map.of("x", "g", "y", "g", "z", "g");
    Map<String, String> predicted = Map.of("x", "p1", "y", "p1", "z", "p2");
    NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
    List<PairError> missed = GroupingErrors.missedPairs(articles, truth, predicted, detector);
    assertEquals(2, missed.size()); // x-z and y-z; x-y were grouped
    for (PairError e : missed) {
      assertEquals("z", e.b());
      assertEquals(PairError.Kind.MISSED, e.kind());
      assertTrue(e.similarity().exact());
      Similarity expected = detector.similarity(articles.get(e.a()), articles.get("z"));
      assertEquals(expected, e.similarity());
      assertEquals(Math.max(expected.jaccard(), expected.containment()), e.score());
    }
    assertTrue(missed.get(0).score() <= missed.get(1).score());
  }
}
