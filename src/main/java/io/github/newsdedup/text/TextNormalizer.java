package io.github.newsdedup.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Turns an article body into the normalized content units (paragraphs) that are shingled.
 *
 * <p>Character level, in this order: HTML tags, scripts, styles and comments stripped (HTML input,
 * Lucene's {@code HTMLStripCharFilter}); HTML entities decoded (Commons Text); Unicode NFKC;
 * typographic quotes, apostrophes and dashes folded to ASCII, soft hyphens and zero-width
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
  /** Normalizer version, part of the hash scheme: bump with any change of output. */
  public static final int VERSION = 1;

  /** Minimum words of a punctuated unit to count as content. */
  public static final int MIN_SENTENCE_WORDS = 6;

  /** Minimum words of an unpunctuated unit to count as content. */
  public static final int MIN_UNPUNCTUATED_WORDS = 25;

  /** Lines at least this long that end without punctuation are joined to the next line. */
  static final int WRAP_MIN_CHARS = 50;

  private static final Pattern HTML_HINT =
      Pattern.compile(
          "<(?:p|div|br|html|body|span|a|article|section|h[1-6]|li|ul|table|script|style|meta|!--|!doctype)[\\s/>]",
          Pattern.CASE_INSENSITIVE);

  /**
   * Lowercase, folded prefixes of lines that are page chrome whatever their length: a documented
   * fallback for chrome that happens to have sentence structure.
   */
  private static final String[] CHROME_PREFIXES = {
    "advertisement",
    "sponsored",
    "read more:",
    "read more ",
    "related:",
    "related stories",
    "related articles",
    "see also:",
    "share this",
    "share on",
    "published on",
    "last updated",
    "updated:",
    "leave a reply",
    "leave a comment",
    "back to top",
    "sign up",
    "subscribe",
    "newsletter",
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "by continuing to use",
    "cookie policy",
    "accept cookies",
    "copyright",
    "(c) ",
    "all rights reserved",
    "continue reading",
    "click here",
    "follow us",
    "download our app",
    "comments (",
    "reply | ",
  };

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
    int lt = text.indexOf('<');
    return lt >= 0 && HTML_HINT.matcher(text).find(lt);
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
    String text = normalizeCharacters(body, html);
    return keepContent(text);
  }

  /**
   * Applies the character-level steps only (no line rules), keeping line breaks.
   *
   * @param body the raw body
   * @param html whether to strip HTML tags first
   * @return the normalized text
   */
  public String normalizeCharacters(String body, boolean html) {
    String text = html ? stripHtml(body) : body;
    if (text.indexOf('&') >= 0) {
      text = StringEscapeUtils.unescapeHtml4(text);
    }
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
    text = foldPunctuation(text).toLowerCase(Locale.ROOT);
    return foldDiacritics(text);
  }

  private static String stripHtml(String body) {
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

  /** Folds typographic quotes, apostrophes and dashes; drops soft hyphens and zero-width chars. */
  static String foldPunctuation(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char r = foldChar(c);
      if (r != c) {
        if (sb == null) {
          sb = new StringBuilder(s.length());
          sb.append(s, 0, i);
        }
        if (r != 0) {
          sb.append(r);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Returns the folded char, 0 to drop it, or {@code c} itself. */
  private static char foldChar(char c) {
    switch (c) {
      case '\u2018': // left single quotation mark
      case '\u2019': // right single quotation mark, the usual typographic apostrophe
      case '\u201A':
      case '\u201B':
      case '\u2032': // prime
      case '\u02BC': // modifier letter apostrophe
      case '\u0060': // grave accent used as a quote
      case '\u00B4': // acute accent used as a quote
        return '\'';
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u201F':
      case '\u2033':
      case '\u00AB': // guillemets
      case '\u00BB':
        return '"';
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '\u2212': // minus sign
        return '-';
      case '\u00A0':
      case '\u2007':
      case '\u202F':
        return ' ';
      case '\u00AD': // soft hyphen
      case '\u200B': // zero-width space
      case '\u200C':
      case '\u200D':
      case '\u2060':
      case '\uFEFF':
        return 0;
      default:
        return c;
    }
  }

  private static String foldDiacritics(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && s.charAt(i) < 0x80) {
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] in = s.toCharArray();
    char[] out = new char[4 * n];
    System.arraycopy(in, 0, out, 0, i);
    int len = ASCIIFoldingFilter.foldToASCII(in, i, out, i, n - i);
    return new String(out, 0, len);
  }

  /** Applies the line rules to character-normalized text. */
  static List<String> keepContent(String text) {
    List<String> units = new ArrayList<>();
    StringBuilder unit = new StringBuilder();
    boolean joinNext = false;
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = nextLineEnd(text, start);
      String line = collapse(text, start, end);
      start = end + 1;
      if (line.isEmpty()) {
        flush(unit, units);
        joinNext = false;
        continue;
      }
      if (!joinNext) {
        flush(unit, units);
      } else {
        unit.append(' ');
      }
      unit.append(line);
      joinNext = line.length() >= WRAP_MIN_CHARS && !endsSentence(line);
    }
    flush(unit, units);
    return units;
  }

  private static int nextLineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return i;
      }
    }
    return text.length();
  }

  private static void flush(StringBuilder unit, List<String> units) {
    if (unit.length() == 0) {
      return;
    }
    String u = unit.toString();
    unit.setLength(0);
    if (isContent(u)) {
      units.add(u);
    }
  }

  /** Returns whether a unit has sentence structure and is not known chrome. */
  static boolean isContent(String unit) {
    for (String prefix : CHROME_PREFIXES) {
      if (unit.startsWith(prefix)
          && (unit.length() == prefix.length()
              || !Character.isLetter(prefix.charAt(prefix.length() - 1))
              || !Character.isLetter(unit.charAt(prefix.length())))) {
        return false;
      }
    }
    if (countPipes(unit) >= 2) {
      return false;
    }
    int words = countWords(unit);
    return words >= MIN_UNPUNCTUATED_WORDS || (words >= MIN_SENTENCE_WORDS && endsSentence(unit));
  }

  private static int countPipes(String s) {
    int pipes = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '|') {
        pipes++;
      }
    }
    return pipes;
  }

  /** Counts runs of letters or digits; each ideograph or kana counts as a word. */
  static int countWords(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isIdeographic(cp)
          || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
          || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA) {
        words++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else if (cp != '\'' && cp != '-') {
        inWord = false;
      }
    }
    return words;
  }

  /** Returns whether a line ends with sentence punctuation, ignoring closing quotes. */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0
        && (s.charAt(i) == '"'
            || s.charAt(i) == '\''
            || s.charAt(i) == ')'
            || s.charAt(i) == ']'
            || s.charAt(i) == ' ')) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    return c == '.'
        || c == '!'
        || c == '?'
        || c == '\u2026'
        || c == '\u3002'
        || c == ':'
        || c == ';'
        || c == '\u061F'
        || c == '\u0964';
  }

  /** Collapses whitespace runs of {@code text[from, to)} into single spaces, trimmed. */
  private static String collapse(String text, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
