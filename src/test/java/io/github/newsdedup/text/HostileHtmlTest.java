package io.github.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile pages: {@link HostileMarkup} leaves the stripped text as the filter alone gives it, and a
 * 1 MB page of each construct that made the filter quadratic (or that a page might use to try) is
 * stripped in about the time of a plain page of the same size.
 */
class HostileHtmlTest {
  private static final int PAGE_CHARS = 1 << 20;

  /**
   * A generous bound on hostile / plain time: quadratic stripping of 1 MB is thousands of times.
   */
  private static final int MAX_SLOWDOWN = 25;

  private static String filterAlone(String page) {
    try (HTMLStripCharFilter filter = new HTMLStripCharFilter(new StringReader(page))) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[4096];
      for (int n; (n = filter.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void strip_pagesWithInstructionsAndIncludes_sameAsFilterAlone() {
    String[] pieces = {
      "<?",
      "<?xml ",
      "?>",
      "/>",
      ">",
      "<!--#",
      "-->",
      "<!--",
      "<p>",
      "</p>",
      "<a b=\"",
      "\"",
      "'",
      "<script>",
      "</script>",
      "<br ",
      "word ",
      "?",
      "#",
      "&#35;",
      "\uE000",
      "\uF8FF",
      "\n"
    };
    SplittableRandom random = new SplittableRandom(16);
    int changed = 0;
    for (int round = 0; round < 10_000; round++) {
      StringBuilder page = new StringBuilder();
      for (int i = random.nextInt(14); i > 0; i--) {
        page.append(pieces[random.nextInt(pieces.length)]);
      }
      String p = page.toString();
      assertEquals(filterAlone(p), HtmlStripper.strip(p), p);
      ContentText scratch = new ContentText();
      int n = HtmlStripper.stripFast(p, scratch);
      assertEquals(filterAlone(p), new String(scratch.input, 0, n), p);
      changed += HostileMarkup.of(p) != null ? 1 : 0;
    }
    assertTrue(changed > 1_000, "pages neutralised: " + changed);
  }

  private static String repeat(String unit, int chars) {
    StringBuilder sb = new StringBuilder(chars + unit.length());
    while (sb.length() < chars) {
      sb.append(unit);
    }
    sb.setLength(chars);
    return sb.toString();
  }

  /** The faster of two normalizations of {@code page}, in nanoseconds. */
  private static long fastestNormalize(String page) {
    long best = Long.MAX_VALUE;
    ContentText out = new ContentText();
    for (int i = 0; i < 2; i++) {
      long start = System.nanoTime();
      TextNormalizer.newsDefault().contentText(page, true, out);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard only: before the fix this hangs
  void normalize_megabyteHostilePages_aboutAsFastAsPlainPage() {
    String paragraph =
        "<p>The council said on Monday that the plan would go ahead next week.</p>\n";
    Map<String, String> hostile = new LinkedHashMap<>();
    hostile.put("unclosed instructions", repeat("<?a ", PAGE_CHARS));
    hostile.put("instructions, one far >", repeat("<?a ", PAGE_CHARS - 1) + ">");
    hostile.put("unclosed instruction, page", "<?xml " + repeat(paragraph, PAGE_CHARS));
    hostile.put("includes in attributes", repeat("<a b=\"<!--#\">x ", PAGE_CHARS));
    hostile.put("includes, one far -->", repeat("<p b='<!--#'>x ", PAGE_CHARS - 3) + "-->");
    hostile.put("unclosed comment", "<!--" + repeat(paragraph, PAGE_CHARS));
    hostile.put("unclosed script", "<script>" + repeat(paragraph, PAGE_CHARS));
    hostile.put("unclosed style comment", "<style><!--" + repeat(paragraph, PAGE_CHARS));
    hostile.put("unclosed CDATA", "<![CDATA[" + repeat(paragraph, PAGE_CHARS));
    hostile.put(
        "deep nesting",
        repeat("<div><span>", PAGE_CHARS / 2) + repeat("</span></div>", PAGE_CHARS / 2));
    hostile.put("huge attribute", "<a href=\"" + repeat("x", PAGE_CHARS) + "\">t</a>");
    hostile.put("unclosed attribute", "<a href=\"" + repeat("x> ", PAGE_CHARS));
    hostile.put("many attributes", "<p " + repeat("a=\"b\" ", PAGE_CHARS) + ">");
    hostile.put("unclosed tags", repeat("<a b ", PAGE_CHARS));
    hostile.put("entity bomb", repeat("&amp;&#x110000;&#99999999;&lt;", PAGE_CHARS));
    hostile.put("ampersands", repeat("&", PAGE_CHARS));
    hostile.put("long reference", "&#" + repeat("9", PAGE_CHARS));
    hostile.put("left angles", repeat("<", PAGE_CHARS));
    hostile.put("bangs", repeat("<!a ", PAGE_CHARS));
    String plain = repeat(paragraph, PAGE_CHARS);
    fastestNormalize(plain); // warm up
    long plainNanos = fastestNormalize(plain);
    for (Map.Entry<String, String> page : hostile.entrySet()) {
      long nanos = fastestNormalize(page.getValue());
      assertTrue(
          nanos <= MAX_SLOWDOWN * plainNanos,
          page.getKey()
              + ": "
              + nanos / 1_000_000
              + " ms, plain page "
              + plainNanos / 1_000_000
              + " ms");
    }
  }
}
