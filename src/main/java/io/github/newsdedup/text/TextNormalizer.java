package io.github.newsdedup.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns an article body into the normalized content units (paragraphs) that are shingled.
 *
 * <p>Character level, in this order: HTML tags, scripts, styles and comments stripped (HTML input,
 * Lucene's {@code HTMLStripCharFilter}); character references decoded alike in plain text and HTML
 * (numeric and HTML 4 names as Commons Text decodes them, and every other HTML5 name); Unicode
 * NFKC; typographic quotes, apostrophes and dashes folded to ASCII, soft hyphens and zero-width
 * characters dropped; case folded with {@link Locale#ROOT}; Latin diacritics folded (Lucene's
 * {@code ASCIIFoldingFilter} table, which leaves other scripts alone); whitespace collapsed.
 *
 * <p>Line level, the <em>page chrome</em> rules: lines are joined when a long line ends without
 * sentence punctuation (text re-wrapped at a fixed width); then a unit is kept only when it has
 * sentence structure: at least {@value #MIN_SENTENCE_WORDS} words ending in sentence punctuation,
 * or at least {@value #MIN_UNPUNCTUATED_WORDS} words. This drops headlines, menus, bylines, dates,
 * "Advertisement", share rows, related-story lists and comment metadata without a list. Units made
 * of pipe-separated items, and units starting with a short list of well-known chrome phrases
 * (cookie, newsletter, copyright, "Read more:", "Continue reading", ...), are dropped too. The
 * batch rule for boilerplate that repeats across a site's pages lives in the detector's grouping.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {
  /** Minimum words of a punctuated unit to count as content. */
  public static final int MIN_SENTENCE_WORDS = ChromeRules.MIN_SENTENCE_WORDS;

  /** Minimum words of an unpunctuated unit to count as content. */
  public static final int MIN_UNPUNCTUATED_WORDS = ChromeRules.MIN_UNPUNCTUATED_WORDS;

  private static final TextNormalizer NEWS_DEFAULT = new TextNormalizer();

  private TextNormalizer() {}

  /**
   * Returns the normalizer with the news rules described above.
   *
   * @return the shared instance
   */
  public static TextNormalizer newsDefault() {
    return NEWS_DEFAULT;
  }

  /**
   * Returns whether {@code text} looks like HTML (has common block or inline tags).
   *
   * @param text the text
   * @return {@code true} if it should be treated as HTML
   */
  public static boolean looksLikeHtml(String text) {
    return HtmlStripper.looksLikeHtml(text);
  }

  /**
   * Returns {@code text} with its HTML character references decoded, as the normalizer decodes them
   * in article bodies (for metadata such as page titles, so that both agree).
   *
   * @param text text that may hold references such as {@code &amp;}, {@code &check;} or {@code
   *     &#8217;}
   * @return the decoded text
   * @throws NullPointerException if {@code text} is null
   */
  public static String decodeEntities(String text) {
    return Entities.decode(Objects.requireNonNull(text, "text"));
  }

  /**
   * Normalizes a body and returns its content units (paragraphs), chrome removed, each
   * whitespace-collapsed, lowercase and folded.
   *
   * @param body the raw body
   * @param html whether to strip HTML tags first
   * @return the content units, possibly empty
   */
  public List<String> contentUnits(String body, boolean html) {
    return ReferenceNormalizer.contentUnits(body, html);
  }

  /**
   * Applies the character-level steps only (no line rules), keeping line breaks.
   *
   * @param body the raw body
   * @param html whether to strip HTML tags first
   * @return the normalized text
   */
  public String normalizeCharacters(String body, boolean html) {
    return ReferenceNormalizer.normalizeCharacters(body, html);
  }

  /**
   * Normalizes a body into {@code out}: its content units, as {@link #contentUnits} returns them,
   * joined by {@code '\n'}. The same output as {@code String.join("\n", contentUnits(body, html))},
   * but the folds, the line split, the whitespace collapse and the unit rules run in one pass over
   * the chars into the reused buffer, building no string per line or unit; text with ideographs,
   * kana or supplementary chars (and a few others) takes the step-by-step path.
   *
   * @param body the raw body
   * @param html whether to strip HTML tags first
   * @param out the buffer to fill (overwritten)
   */
  public void contentText(String body, boolean html, ContentText out) {
    Objects.requireNonNull(out, "out");
    // The decoded text, as a string when one was built; its chars are in out.input[0, n).
    String text;
    int n;
    if (html) {
      n = HtmlStripper.stripFast(body, out);
      text = null;
      if (out.inputHasAmpersand) {
        String stripped = new String(out.input, 0, n);
        text = Entities.decode(stripped);
        if (text != stripped) {
          n = out.load(text);
        }
      }
    } else {
      text = Entities.decode(body);
      n = out.load(text);
    }
    if (!Nfkc.isStableForFusion(out.input, n)) {
      String decoded = text != null ? text : new String(out.input, 0, n);
      text = Nfkc.normalize(decoded);
      if (text != decoded) {
        n = out.load(text);
      }
    }
    if (!FusedNormalizer.fuse(out.input, n, out)) {
      String normalized = text != null ? text : new String(out.input, 0, n);
      out.set(ReferenceNormalizer.keepContent(CharFolding.fold(normalized)));
    }
  }
}
