package io.github.newsdedup.cli.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairRecallTest {
  private static final Map<String, String> PREDICTED =
      Map.of("s1", "A", "c1", "A", "c2", "B", "s2", "C", "c3", "C", "c4", "D");

  @Test
  void ofVariants_mixedTiers_countsPerTierAndTransform() {
    List<Variant> variants =
        List.of(
            new Variant("c1", "s1", "easy", "", List.of("boilerplate")),
            new Variant("c2", "s1", "hard", "", List.of("boilerplate", "ocr_noise")),
            new Variant("c3", "s2", "medium", "", List.of("ads")),
            new Variant("c4", "s2", "hard", "", List.of("ocr_noise")),
            new Variant("c5", "s2", "custom", "", List.of()));
    assertEquals(
        List.of(
            new PairRecall("all", 5, 2),
            new PairRecall("tier:easy", 1, 1),
            new PairRecall("tier:medium", 1, 1),
            new PairRecall("tier:hard", 2, 0),
            new PairRecall("tier:custom", 1, 0),
            new PairRecall("transform:ads", 1, 1),
            new PairRecall("transform:boilerplate", 2, 1),
            new PairRecall("transform:ocr_noise", 2, 0)),
        PairRecall.ofVariants(variants, PREDICTED));
  }

  @Test
  void of_pairs_countsTogether() {
    PairRecall r =
        PairRecall.of(
            "hard negatives",
            List.of(new IdPair("s1", "c1"), new IdPair("s1", "s2"), new IdPair("x", "y")),
            PREDICTED);
    assertEquals(new PairRecall("hard negatives", 3, 1), r);
    assertEquals(1.0 / 3.0, r.recall(), 1e-12);
    assertEquals(2, r.apart());
  }

  @Test
  void recall_noPairs_isOne() {
    assertEquals(1.0, new PairRecall("none", 0, 0).recall());
  }

  @Test
  void new_togetherAbovePairs_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new PairRecall("x", 1, 2));
    assertEquals("together must be in [0, pairs (1)], got 2", e.getMessage());
  }
}
