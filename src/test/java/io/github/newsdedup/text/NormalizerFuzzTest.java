package io.github.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzz tests of the normalizer, plain and HTML: never an exception, the fused path ({@link
 * TextNormalizer#contentText}) equal to the reference path ({@link TextNormalizer#contentUnits}),
 * and normalizing the content again gives the same content.
 *
 * <p>What is idempotent: the content units of a plain body, joined by blank lines, normalize to
 * themselves, unless they hold an {@code &} (a decoded {@code &amp;lt;} is a reference again) or an
 * uppercase ASCII letter (a few letters such as the small capitals fold to one after the case
 * fold). HTML stripping is not idempotent (stripped text may hold decoded markup, {@code &lt;p&gt;}
 * becomes a tag), so an HTML body's content units are checked as plain text. Seeds: {@code
 * src/test/resources/.../NormalizerFuzzTestInputs}.
 */
class NormalizerFuzzTest {
  private static final TextNormalizer NORMALIZER = TextNormalizer.newsDefault();

  @FuzzTest(maxDuration = "5s")
  void contentText_plain_sameAsReferenceAndIdempotent(FuzzedDataProvider data) {
    check(data.consumeRemainingAsString(), false);
  }

  @FuzzTest(maxDuration = "5s")
  void contentText_html_sameAsReferenceAndIdempotent(FuzzedDataProvider data) {
    check(data.consumeRemainingAsString(), true);
  }

  private static void check(String body, boolean html) {
    List<String> units = NORMALIZER.contentUnits(body, html);
    ContentText fused = new ContentText();
    NORMALIZER.contentText(body, html, fused);
    assertEquals(String.join("\n", units), fused.toString());
    NORMALIZER.normalizeCharacters(body, html);
    String again = String.join("\n\n", units);
    if (again.indexOf('&') < 0 && !hasUpperAscii(again)) {
      assertEquals(units, NORMALIZER.contentUnits(again, false));
    }
  }

  private static boolean hasUpperAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
        return true;
      }
    }
    return false;
  }
}
