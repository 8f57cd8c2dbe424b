package io.github.newsdedup.internal.lsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContainmentRuleTest {
  // At threshold 0.8 and slack 0.5, a sample of 10 must share ceil(4.0) = 4 hashes.
  private final ContainmentRule rule = new ContainmentRule(50, 0.8, 100);

  @Test
  void requiredShared_isSlackenedShareOfTheSample() {
    assertEquals(4, rule.requiredShared(10));
    assertEquals(1, rule.requiredShared(1));
  }

  @Test
  void isCandidate_judgesTheShorterSide() {
    // b (60 shingles, sample 10) is the shorter side: 4 shared is enough.
    assertTrue(rule.isCandidate(200, 30, 60, 10, 4));
    assertTrue(rule.isCandidate(60, 10, 200, 30, 4));
    assertFalse(rule.isCandidate(200, 30, 60, 10, 3));
  }

  @Test
  void isCandidate_tie_countsFirstSideAsShorter() {
    // Equal shingle counts: a's sample (10, needs 4) decides, not b's (30, needs 12).
    assertTrue(rule.isCandidate(60, 10, 60, 30, 4));
    assertFalse(rule.isCandidate(60, 30, 60, 10, 4));
  }

  @Test
  void isCandidate_shorterBelowMinContained_isNot() {
    assertFalse(rule.isCandidate(49, 10, 200, 30, 10));
    assertFalse(rule.isCandidate(200, 30, 60, 0, 0));
  }

  @Test
  void constructor_badRanges_throw() {
    assertThrows(IllegalArgumentException.class, () -> new ContainmentRule(0, 0.8, 100));
    assertThrows(IllegalArgumentException.class, () -> new ContainmentRule(50, 0, 100));
    assertThrows(IllegalArgumentException.class, () -> new ContainmentRule(50, 0.8, 1));
  }
}
