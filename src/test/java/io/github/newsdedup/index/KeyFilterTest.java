package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyFilterTest {
  @Test
  void mightHold_addedKeysAcrossGrowth_alwaysTrue() {
    KeyFilter filter = new KeyFilter();
    SplittableRandom random = new SplittableRandom(1);
    int n = 5_000_000; // beyond the first part's capacity, so that lookups span two parts
    long[] bands = new long[n];
    for (int i = 0; i < n; i++) {
      bands[i] = random.nextLong();
      filter.addBand(bands[i]);
      filter.addSample(i); // samples are small ints: the detector's alignment hashes
    }
    for (int i = 0; i < n; i++) {
      assertTrue(filter.mightHoldBand(bands[i]), "band key " + i);
      assertTrue(filter.mightHoldSample(i), "sample " + i);
    }
  }

  @Test
  void mightHold_absentKeys_mostlyFalse() {
    KeyFilter filter = new KeyFilter();
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 1_000_000; i++) {
      filter.addBand(random.nextLong());
      filter.addSample(random.nextInt());
    }
    int falsePositives = 0;
    for (int i = 0; i < 100_000; i++) {
      if (filter.mightHoldBand(random.nextLong())) {
        falsePositives++;
      }
    }
    assertTrue(falsePositives < 5_000, falsePositives + " of 100,000 absent keys passed");
  }

  @Test
  void mightHold_pastMaxKeys_givesUpAndAnswersTrue() {
    KeyFilter filter = new KeyFilter(1_000);
    for (int i = 0; i < 500; i++) {
      filter.addBand(i);
      filter.addSample(i);
    }
    assertFalse(filter.saturated());
    assertFalse(filter.mightHoldBand(Long.MIN_VALUE + 12345), "an absent key before giving up");
    filter.addBand(-1);
    assertTrue(filter.saturated());
    assertTrue(filter.mightHoldBand(Long.MIN_VALUE + 12345), "no false negatives after giving up");
    assertTrue(filter.mightHoldSample(0));
  }
}
