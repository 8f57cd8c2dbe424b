package io.github.newsdedup.minhash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsdedup.internal.sketch.MinHashKernel;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  @Test
  void signature_sameAsKernelOverTheSet() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      long[] hashes = random.longs(random.nextInt(2000)).toArray();
      MinHasher hasher = MinHasher.create(128, seed);
      for (long h : hashes) {
        hasher.putShingleHash(h);
      }
      assertArrayEquals(
          new MinHashKernel(128, seed).signature(hashes, hashes.length),
          hasher.signature().toIntArray(),
          "seed " + seed);
    }
  }

  @Test
  void signature_duplicatesAndOrder_ignored() {
    long[] set = {5, 9, 1 << 40, -3};
    MinHashSignature once = MinHasher.create(32, 7).putShingleHashes(set).signature();
    MinHashSignature twice =
        MinHasher.create(32, 7)
            .putShingleHashes(new long[] {-3, 1 << 40})
            .putShingleHashes(set)
            .signature();
    assertEquals(once, twice);
    assertEquals(HashScheme.current(), once.scheme());
  }

  @Test
  void signature_emptySet_allMinusOne() {
    MinHashSignature s = MinHasher.create(16, 1).signature();
    for (int i = 0; i < s.length(); i++) {
      assertEquals(-1, s.value(i));
    }
  }

  @Test
  void signature_calledTwice_sameValue_thenPutThrows() {
    MinHasher hasher = MinHasher.create(16, 1).putShingleHash(42);
    MinHashSignature first = hasher.signature();
    assertSame(first, hasher.signature());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> hasher.putShingleHash(1));
    assertEquals("signature() was already called; create a new MinHasher", e.getMessage());
  }

  @Test
  void create_lengthOutOfRange_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MinHasher.create(0, 1));
    assertEquals("length must be in [1, 4096], got 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MinHasher.create(4097, 1));
  }

  @Test
  void putShingleHashes_null_throwsNamingParameter() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> MinHasher.create(8, 1).putShingleHashes(null));
    assertEquals("hashes", e.getMessage());
  }
}
