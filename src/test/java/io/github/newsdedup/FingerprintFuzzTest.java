package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the fingerprint byte format: any bytes are either a fingerprint that writes back to
 * the same bytes, or refused with {@link IllegalArgumentException}; a fingerprint of any text
 * round-trips. Seeds: {@code src/test/resources/.../FingerprintFuzzTestInputs}.
 */
class FingerprintFuzzTest {
  private static final NearDuplicateDetector DETECTOR = NearDuplicateDetector.withDefaults();

  @FuzzTest(maxDuration = "5s")
  void fromBytes_anyBytes_canonicalOrIllegalArgument(byte[] bytes) {
    Fingerprint f;
    try {
      f = Fingerprint.fromBytes(bytes);
    } catch (IllegalArgumentException refused) {
      return;
    }
    assertArrayEquals(bytes, f.toBytes());
    assertEquals(f, Fingerprint.fromBytes(f.toBytes()));
  }

  @FuzzTest(maxDuration = "5s")
  void fingerprint_anyArticle_roundTrips(FuzzedDataProvider data) {
    String id = data.consumeString(40);
    String body = data.consumeRemainingAsString();
    if (id.isBlank() || body.isBlank()) {
      return;
    }
    Fingerprint f = DETECTOR.fingerprint(Article.of(id, body));
    assertEquals(f, Fingerprint.fromBytes(f.toBytes()));
    assertEquals(f, Fingerprint.fromBytes(f.toBytes(), 0, f.toBytes().length));
  }
}
