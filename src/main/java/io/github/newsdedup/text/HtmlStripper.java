package io.github.newsdedup.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/**
 * HTML tags, scripts, styles and comments stripped as Lucene's {@code HTMLStripCharFilter} strips
 * them: {@link #strip} with the filter itself (the reference), {@link #stripFast} with the same
 * output through {@link SimpleMarkupStripper} or {@link MarkedHtmlStripper} where they apply.
 */
final class HtmlStripper {
  private HtmlStripper() {}

  private static final Pattern HTML_HINT =
      Pattern.compile(
          "<(?:p|div|br|html|body|span|a|article|section|h[1-6]|li|ul|table|script|style|meta|!--|!doctype)[\\s/>]",
          Pattern.CASE_INSENSITIVE);

  /** Whether {@code text} has a common block or inline tag. */
  static boolean looksLikeHtml(String text) {
    int lt = text.indexOf('<');
    return lt >= 0 && HTML_HINT.matcher(text).find(lt);
  }

  /** Strips {@code body} with {@code HTMLStripCharFilter}. */
  static String strip(String body) {
    try (HTMLStripCharFilter filter = new HTMLStripCharFilter(new StringReader(body))) {
      StringBuilder sb = new StringBuilder(body.length());
      char[] buf = new char[8192];
      int n;
      while ((n = filter.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen reading a string", e);
    }
  }

  /**
   * {@link #strip} of {@code body} into {@code scratch.input}, with its scratch buffers; returns
   * the length, and sets {@code scratch.inputHasAmpersand}. A page of simple markup is stripped
   * without the filter, a page with long runs of text with those runs marked, any other page by the
   * filter. {@code TextNormalizerFusedPathTest} checks the equality on generated and fuzzed pages.
   */
  static int stripFast(String body, ContentText scratch) {
    int n = body.length();
    char[] in = scratch.htmlIn = ContentText.atLeast(scratch.htmlIn, n);
    body.getChars(0, n, in, 0);
    int simple = SimpleMarkupStripper.strip(in, n, scratch.input(n));
    if (simple >= 0) {
      scratch.inputHasAmpersand = false; // the simple markup has none
      return simple;
    }
    int marked = MarkedHtmlStripper.strip(body, in, n, scratch);
    if (marked >= 0) {
      return marked;
    }
    String text = strip(body);
    int length = text.length();
    text.getChars(0, length, scratch.input(length), 0);
    scratch.inputHasAmpersand = text.indexOf('&') >= 0;
    return length;
  }
}
