package io.github.newsdedup.cli.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClusteringMetricsTest {
  private static final double EPS = 1e-9;

  /** Labels items "i0", "i1", ... with the given group labels. */
  private static Map<String, String> labels(int... groups) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < groups.length; i++) {
      m.put("i" + i, "g" + groups[i]);
    }
    return m;
  }

  private static ClusteringMetrics of(int[] truth, int[] predicted) {
    return ClusteringMetrics.of(labels(truth), labels(predicted));
  }

  @Test
  void of_sklearnExample_knownValues() {
    // scikit-learn adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) = 0.5714285714 (= 4/7).
    ClusteringMetrics m = of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2});
    assertEquals(4.0 / 7.0, m.adjustedRandIndex(), EPS);
    assertEquals(0.5714285714, m.adjustedRandIndex(), 1e-10);
    // True pairs {0,1} {2,3}; predicted pair {0,1}.
    assertEquals(2, m.truePairs());
    assertEquals(1, m.predictedPairs());
    assertEquals(1, m.correctPairs());
    assertEquals(1.0, m.pairwisePrecision(), EPS);
    assertEquals(0.5, m.pairwiseRecall(), EPS);
    assertEquals(2.0 / 3.0, m.pairwiseF1(), EPS);
    // B-cubed: every predicted group is pure (P = 1); recall 1, 1, 1/2, 1/2 -> 3/4.
    assertEquals(1.0, m.bcubedPrecision(), EPS);
    assertEquals(0.75, m.bcubedRecall(), EPS);
    assertEquals(2 * 0.75 / 1.75, m.bcubedF1(), EPS);
    assertEquals(4, m.items());
    assertEquals(2, m.trueGroups());
    assertEquals(3, m.predictedGroups());
  }

  @Test
  void javadocExample_classJavadoc_asDocumented() {
    ClusteringMetrics m =
        ClusteringMetrics.of(
            Map.of("a", "x", "b", "x", "c", "y", "d", "y"),
            Map.of("a", "1", "b", "1", "c", "2", "d", "3"));
    assertEquals(0.5714, m.adjustedRandIndex(), 1e-4);
  }

  @Test
  void of_swappedArguments_sameAri() {
    ClusteringMetrics m = of(new int[] {0, 0, 1, 2}, new int[] {0, 0, 1, 1});
    assertEquals(4.0 / 7.0, m.adjustedRandIndex(), EPS);
    assertEquals(0.5, m.pairwisePrecision(), EPS);
    assertEquals(1.0, m.pairwiseRecall(), EPS);
  }

  @Test
  void of_renamedLabels_perfect() {
    ClusteringMetrics m = of(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0});
    assertEquals(1.0, m.adjustedRandIndex(), EPS);
    assertEquals(1.0, m.pairwiseF1(), EPS);
    assertEquals(1.0, m.bcubedF1(), EPS);
  }

  @Test
  void of_oneTrueGroupAllSingletonsPredicted_ariZero() {
    ClusteringMetrics m = of(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3});
    assertEquals(0.0, m.adjustedRandIndex(), EPS);
    assertEquals(1.0, m.pairwisePrecision(), EPS); // no predicted pairs: nothing wrong
    assertEquals(0.0, m.pairwiseRecall(), EPS);
    assertEquals(0.0, m.pairwiseF1(), EPS);
    assertEquals(1.0, m.bcubedPrecision(), EPS);
    assertEquals(0.25, m.bcubedRecall(), EPS);
    assertEquals(0.4, m.bcubedF1(), EPS);
  }

  @Test
  void of_allSingletonsTruthOneGroupPredicted_ariZero() {
    ClusteringMetrics m = of(new int[] {0, 1, 2, 3}, new int[] {0, 0, 0, 0});
    assertEquals(0.0, m.adjustedRandIndex(), EPS);
    assertEquals(0.0, m.pairwisePrecision(), EPS);
    assertEquals(1.0, m.pairwiseRecall(), EPS); // no true pairs: nothing missed
    assertEquals(0.25, m.bcubedPrecision(), EPS);
    assertEquals(1.0, m.bcubedRecall(), EPS);
  }

  @Test
  void of_crossedPairs_negativeAri() {
    // Pair confusion: 0 agreeing same-group pairs, expected 2*2/6, max 2 -> (0 - 2/3) / (4/3).
    ClusteringMetrics m = of(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1});
    assertEquals(-0.5, m.adjustedRandIndex(), EPS);
    assertEquals(0.0, m.pairwisePrecision(), EPS);
    assertEquals(0.5, m.bcubedPrecision(), EPS);
  }

  @Test
  void of_bothAllSingletons_perfect() {
    ClusteringMetrics m = of(new int[] {0, 1, 2, 3, 4}, new int[] {4, 3, 2, 1, 0});
    assertEquals(1.0, m.adjustedRandIndex(), EPS);
    assertEquals(1.0, m.pairwisePrecision(), EPS);
    assertEquals(1.0, m.pairwiseRecall(), EPS);
    assertEquals(1.0, m.pairwiseF1(), EPS);
    assertEquals(1.0, m.bcubedF1(), EPS);
  }

  @Test
  void of_bothOneGroup_perfect() {
    ClusteringMetrics m = of(new int[] {7, 7, 7}, new int[] {1, 1, 1});
    assertEquals(1.0, m.adjustedRandIndex(), EPS);
    assertEquals(3, m.correctPairs());
  }

  @Test
  void of_singleItemAndEmpty_perfect() {
    assertEquals(1.0, of(new int[] {0}, new int[] {5}).adjustedRandIndex(), EPS);
    ClusteringMetrics empty = ClusteringMetrics.of(Map.of(), Map.of());
    assertEquals(1.0, empty.adjustedRandIndex(), EPS);
    assertEquals(1.0, empty.bcubedF1(), EPS);
    assertEquals(0, empty.items());
  }

  @Test
  void of_mixedExample_handComputed() {
    // truth {a,b,c} {d,e} {f}; predicted {a,b} {c,d,e,f}.
    // True pairs 3 + 1 = 4; predicted pairs 1 + 6 = 7; correct ab, de = 2.
    // Contingency cells: (T1,P1)=2 (T1,P2)=1 (T2,P2)=2 (T3,P2)=1.
    // ARI: index 2, expected 4*7/15 = 28/15, max 11/2 -> (2 - 28/15) / (11/2 - 28/15) = 4/109.
    // B-cubed P: a,b 1; c 1/4; d,e 2/4; f 1/4 -> (2 + 0.25 + 1 + 0.25) / 6 = 3.5 / 6.
    // B-cubed R: a,b 2/3; c 1/3; d,e 1; f 1 -> (4/3 + 1/3 + 3) / 6 = (14/3) / 6.
    ClusteringMetrics m = of(new int[] {1, 1, 1, 2, 2, 3}, new int[] {1, 1, 2, 2, 2, 2});
    assertEquals(4, m.truePairs());
    assertEquals(7, m.predictedPairs());
    assertEquals(2, m.correctPairs());
    assertEquals(2.0 / 7.0, m.pairwisePrecision(), EPS);
    assertEquals(0.5, m.pairwiseRecall(), EPS);
    assertEquals(4.0 / 109.0, m.adjustedRandIndex(), EPS);
    assertEquals(3.5 / 6.0, m.bcubedPrecision(), EPS);
    assertEquals(14.0 / 18.0, m.bcubedRecall(), EPS);
  }

  @Test
  void of_randomLabellings_agreeWithPairEnumeration() {
    for (long seed = 1; seed <= 30; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int n = 2 + random.nextInt(60);
      int[] t = new int[n];
      int[] p = new int[n];
      int tk = 1 + random.nextInt(n);
      int pk = 1 + random.nextInt(n);
      for (int i = 0; i < n; i++) {
        t[i] = random.nextInt(tk);
        p[i] = random.nextBoolean() ? t[i] : random.nextInt(pk);
      }
      // Pair confusion counts by brute force, then ARI = 2(ad - bc) / ((a+b)(b+d) + (a+c)(c+d)),
      // the pair-confusion form of Hubert and Arabie's index (as in scikit-learn).
      long a = 0;
      long b = 0;
      long c = 0;
      long d = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          boolean sameTrue = t[i] == t[j];
          boolean samePred = p[i] == p[j];
          if (sameTrue && samePred) {
            a++;
          } else if (samePred) {
            b++;
          } else if (sameTrue) {
            c++;
          } else {
            d++;
          }
        }
      }
      ClusteringMetrics m = of(t, p);
      String msg = "seed " + seed;
      assertEquals(a, m.correctPairs(), msg);
      assertEquals(a + b, m.predictedPairs(), msg);
      assertEquals(a + c, m.truePairs(), msg);
      double denominator = (double) (a + b) * (b + d) + (double) (a + c) * (c + d);
      double expected = denominator == 0 ? 1.0 : 2.0 * (a * d - b * c) / denominator;
      assertEquals(expected, m.adjustedRandIndex(), EPS, msg);
      assertEquals(m.adjustedRandIndex(), of(p, t).adjustedRandIndex(), EPS, msg);
      assertTrue(m.bcubedPrecision() > 0 && m.bcubedPrecision() <= 1 + EPS, msg);
    }
  }

  @Test
  void fromLabels_millionItems_noOverflow() {
    int n = 1_000_000;
    int[] t = new int[n];
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = 0; // one true group: C(10^6, 2) = 499,999,500,000 pairs, more than an int holds
      p[i] = i / 2; // predicted pairs
    }
    ClusteringMetrics m = ClusteringMetrics.fromLabels(t, p, 1, n / 2);
    assertEquals(499_999_500_000L, m.truePairs());
    assertEquals(500_000L, m.predictedPairs());
    assertEquals(500_000L, m.correctPairs());
    assertEquals(1.0, m.pairwisePrecision(), EPS);
    assertEquals(500_000.0 / 499_999_500_000.0, m.pairwiseRecall(), 1e-15);
    assertEquals(0.0, m.adjustedRandIndex(), 1e-9);
    ClusteringMetrics same = ClusteringMetrics.fromLabels(t, t.clone(), 1, 1);
    assertEquals(1.0, same.adjustedRandIndex(), EPS);
  }

  @Test
  void of_predictedMissesId_throwsNamingIt() {
    Map<String, String> predicted = new HashMap<>(labels(0, 0, 1));
    predicted.remove("i2");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ClusteringMetrics.of(labels(0, 0, 1), predicted));
    assertEquals("item i2 has a true label but no predicted one", e.getMessage());
  }

  @Test
  void of_predictedHasExtraId_throwsNamingIt() {
    Map<String, String> predicted = new HashMap<>(labels(0, 0));
    predicted.put("x", "g0");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ClusteringMetrics.of(labels(0, 0), predicted));
    assertEquals("predicted labels item x, which has no true label", e.getMessage());
  }

  @Test
  void of_null_throwsNamingParameter() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> ClusteringMetrics.of(null, Map.of()));
    assertEquals("truth", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> ClusteringMetrics.of(Map.of(), null));
    assertEquals("predicted", e.getMessage());
  }
}
