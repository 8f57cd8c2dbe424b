package io.github.newsdedup.cli.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.testing.SyntheticNewsCorpus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors of the default detector on the synthetic labelled corpus ({@link
 * SyntheticNewsCorpus#standard()}: 246 documents, 112 originals and 134 re-posts of which 24 are
 * HTML pages, 41 hard-negative pairs). A failure means a change made grouping worse; raise the
 * floors when it gets better.
 *
 * <p>Measured on 2026-11-23 with the core at main 02e0bae: ARI 0.9839, pairwise precision 1.0000,
 * recall 0.9686; copy-source recall easy 1.000 (45 pairs), medium 1.000 (60), hard 0.897 (29 pairs,
 * 3 missed: truncation with paragraph shuffles, OCR noise, heavy edits); 0 of 41 hard negatives
 * merged. Floors leave about 0.02, or one pair where a pair weighs more (easy 1/45, hard 1/29, hard
 * negatives).
 */
class EvaluationRegressionTest {
  private static SyntheticNewsCorpus corpus;
  private static Map<String, String> predicted;
  private static ClusteringMetrics metrics;

  @BeforeAll
  static void groupCorpus() {
    corpus = SyntheticNewsCorpus.standard();
    List<DuplicateGroup> groups = NearDuplicateDetector.withDefaults().group(corpus.articles());
    predicted = LabelFiles.fromGroups(groups);
    metrics = ClusteringMetrics.of(corpus.labels(), predicted);
  }

  @Test
  void defaultDetector_adjustedRandIndex_aboveFloor() {
    assertTrue(metrics.adjustedRandIndex() >= 0.964, metrics.toString());
  }

  @Test
  void defaultDetector_pairwisePrecision_aboveFloor() {
    assertTrue(metrics.pairwisePrecision() >= 0.98, metrics.toString());
  }

  @Test
  void defaultDetector_pairwiseRecall_aboveFloor() {
    assertTrue(metrics.pairwiseRecall() >= 0.948, metrics.toString());
  }

  @Test
  void defaultDetector_recallPerTier_aboveFloors() {
    List<PairRecall> recalls = PairRecall.ofVariants(corpus.variants(), predicted);
    for (PairRecall r : recalls) {
      double floor;
      switch (r.label()) {
        case "tier:easy":
          floor = 0.97;
          break;
        case "tier:medium":
          floor = 0.98;
          break;
        case "tier:hard":
          floor = 0.86;
          break;
        default:
          continue;
      }
      assertTrue(r.recall() >= floor, r + " below " + floor);
    }
  }

  @Test
  void defaultDetector_hardNegatives_keptApart() {
    PairRecall merged = PairRecall.of("hard negatives", corpus.hardNegatives(), predicted);
    assertTrue(merged.together() <= 1, merged.toString());
  }
}
