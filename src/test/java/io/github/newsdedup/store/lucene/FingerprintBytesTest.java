package io.github.newsdedup.store.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.newsdedup.Article;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import org.junit.jupiter.api.Test;

class FingerprintBytesTest {
  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  @Test
  void of_article_equalsFingerprintToBytes() {
    Fingerprint f =
        detector.fingerprint(
            Article.of(
                "ärticle-1",
                "The council approved the new budget on Tuesday after a long debate about schools,"
                    + " roads and the harbour. Critics said the plan leaves little for housing."));
    assertArrayEquals(f.toBytes(), FingerprintBytes.of(f));
    assertArrayEquals(f.withoutShingles().toBytes(), FingerprintBytes.of(f.withoutShingles()));
  }

  @Test
  void of_emptyArticle_equalsFingerprintToBytes() {
    Fingerprint f = detector.fingerprint(Article.of("empty", ""));
    assertArrayEquals(f.toBytes(), FingerprintBytes.of(f));
  }
}
