package io.github.newsdedup.text;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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

  private static final String[] NO_PREFIXES = {};

  /** {@link #CHROME_PREFIXES} by their first char (all ASCII), for the fused path. */
  private static final String[][] CHROME_BY_FIRST = new String[0x80][];

  static {
    java.util.Arrays.fill(CHROME_BY_FIRST, NO_PREFIXES);
    for (String prefix : CHROME_PREFIXES) {
      char first = prefix.charAt(0);
      String[] list = CHROME_BY_FIRST[first];
      list = java.util.Arrays.copyOf(list, list.length + 1);
      list[list.length - 1] = prefix;
      CHROME_BY_FIRST[first] = list;
    }
  }

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
    return fold(decoded(body, html));
  }

  /**
   * Normalizes a body into {@code out}: its content units, as {@link #contentUnits} returns them,
   * joined by {@code '\n'}. The same output as {@code String.join("\n", contentUnits(body, html))},
   * but the folds, the line split, the whitespace collapse and the unit rules run in one pass over
   * the chars into the reused buffer, building no string per line or unit; text with ideographs,
   * kana or supplementary chars (and a few others, see {@code fuse}) takes the general path.
   *
   * @param body the raw body
   * @param html whether to strip HTML tags first
   * @param out the buffer to fill (overwritten)
   */
  public void contentText(String body, boolean html, ContentText out) {
    Objects.requireNonNull(out, "out");
    String text;
    // First without the NFKC check: the fused pass gives up on any char that NFKC might change.
    if (html) {
      // Stripped into the fused pass's input buffer: no string in between unless needed.
      int n = stripHtmlFast(body, out);
      if (!out.inputHasAmpersand) { // then no entity to decode
        if (fuse(out.input, n, out, false)) {
          return;
        }
        text = new String(out.input, 0, n); // fuse leaves its input as it was
      } else {
        text = unescaped(new String(out.input, 0, n));
        if (fuse(text, out, false)) {
          return;
        }
      }
    } else if (fuse(body, out, false)) {
      // Fused before the entity check, which only an ampersand calls for: mostly skipped.
      if (!out.inputHasAmpersand) {
        return; // unescaped(body) is the body
      }
      text = unescaped(body);
      if (text == body || fuse(text, out, false)) {
        return;
      }
    } else {
      text = unescaped(body);
      if (text != body && fuse(text, out, false)) {
        return;
      }
    }
    text = nfkc(text);
    if (!fuse(text, out, true)) {
      out.set(keepContent(fold(text)));
    }
  }

  /** HTML stripped (when asked), entities decoded and NFKC applied: the input of the folds. */
  private static String decoded(String body, boolean html) {
    return nfkc(unescaped(html ? stripHtml(body) : body));
  }

  /**
   * Returns {@code text} with its HTML character references decoded, as the normalizer decodes them
   * in article bodies (for metadata such as page titles, so that both agree).
   *
   * @param text text that may hold references such as {@code &amp;} or {@code &#8217;}
   * @return the decoded text
   * @throws NullPointerException if {@code text} is null
   */
  public static String decodeEntities(String text) {
    return unescaped(Objects.requireNonNull(text, "text"));
  }

  private static String unescaped(String text) {
    if (mayHaveEntity(text)) {
      text = StringEscapeUtils.unescapeHtml4(text);
    }
    return text;
  }

  private static String nfkc(String text) {
    if (!isLatin1NfkcStable(text) && !Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
    return text;
  }

  /**
   * Whether the fused path may take {@code c} (not ASCII) before NFKC: Latin-1 chars without a
   * compatibility decomposition, and the typographic punctuation that the fold maps to ASCII and
   * NFKC leaves alone. None of them composes with a neighbour, so text made of them and ASCII is
   * NFKC already ({@code TextNormalizerFusedPathTest} checks these against {@link Normalizer}).
   */
  static boolean isNfkcStableForFusion(char c) {
    if (c < 0x100) {
      return !isLatin1Compatibility(c);
    }
    switch (c) {
      case '\u2018':
      case '\u2019':
      case '\u201A':
      case '\u201B':
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u201F':
      case '\u2032':
      case '\u02BC':
      case '\u2010':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '\u2212':
      case '\u200B':
      case '\u200C':
      case '\u200D':
      case '\u2060':
      case '\uFEFF':
        return true;
      default:
        return false;
    }
  }

  /** The punctuation, case and diacritics folds of decoded text. */
  private static String fold(String text) {
    String fast = foldLatin1(text);
    if (fast != null) {
      return fast;
    }
    text = foldPunctuation(text).toLowerCase(Locale.ROOT);
    return foldDiacritics(text);
  }

  // Properties of a folded char for the line and unit rules, as bits.
  private static final int SPACE = 1;

  /** A letter or digit: part of a word, for {@link #countWords(String)}. */
  private static final int WORD_CHAR = 2;

  /** Apostrophe and hyphen: a word goes on across them. */
  private static final int IN_WORD = 4;

  private static final int PIPE = 8;
  private static final int LINE_END = 16;

  /** A char the fused path leaves to the general path (ideographs, kana, surrogates). */
  private static final int UNSUPPORTED = 32;

  /** The ampersand, noted for the entity check of {@link #contentText}. */
  private static final int AMPERSAND = 64;

  /** Props at or above this (shifted as in {@link #ASCII_FOLDS}) take the branch for rare chars. */
  private static final int RARE = PIPE << 16;

  /** For each ASCII char: its case and punctuation fold, and the fold's props shifted left 16. */
  private static final int[] ASCII_FOLDS = new int[128];

  static {
    for (char c = 0; c < 128; c++) {
      char f = foldChar(c);
      f = f >= 'A' && f <= 'Z' ? (char) (f + ('a' - 'A')) : f;
      ASCII_FOLDS[c] = f | props(f) << 16;
    }
  }

  /**
   * For each ASCII char that {@link #fuse} copies in a run: its fold, with bit 16 set for a letter
   * or digit; {@code ' '} for the space (a run holds single spaces only); 0 for the other chars
   * (whitespace but the space, line ends, pipe, apostrophe, hyphen, grave accent, NUL).
   */
  private static final int[] PLAIN = new int[128];

  static {
    for (char c = 1; c < 128; c++) {
      int e = ASCII_FOLDS[c];
      int q = e >>> 16;
      if (c == ' ') {
        PLAIN[c] = ' ';
      } else if (c != '`' && (q & ~WORD_CHAR) == 0) {
        PLAIN[c] = (e & 0xFFFF) | (q & WORD_CHAR) << 15;
      }
    }
  }

  private static int props(char c) {
    if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
      return LINE_END;
    }
    if (isWhitespace(c)) {
      return SPACE;
    }
    if (Character.isSurrogate(c) || isIdeographOrKana(c)) {
      return UNSUPPORTED;
    }
    int p = c == '|' ? PIPE : c == '&' ? AMPERSAND : 0;
    if (c == '\'' || c == '-') {
      p |= IN_WORD;
    }
    if (Character.isLetterOrDigit(c)) {
      p |= WORD_CHAR;
    }
    return p;
  }

  /**
   * {@link #fold}, then {@link #keepContent} joined by {@code '\n'}, in one pass over the chars;
   * returns {@code false} (and leaves {@code dst} undefined) for text with a char this pass leaves
   * to the general path: a supplementary char, capital sigma or capital I with dot (whose lowercase
   * depends on context or has two chars; any other char lowercases alone, as in {@code
   * String.toLowerCase}), an ideograph or kana (a word each for the unit rules); and, unless {@code
   * nfkcDone}, a char that is not {@link #isNfkcStableForFusion}. Lines are folded and collapsed
   * straight into the output after the units kept so far, counting the unit's words and pipes on
   * the way; a unit that fails the rules is overwritten by the next. Runs of {@link #PLAIN} chars
   * (ASCII letters, digits, most punctuation and single spaces: most of a news text) are copied by
   * a tight loop that only folds the case and counts word starts; a run ends at another char, a
   * line end or a double space, so its exit mispredicts a few times a line rather than once a word.
   * The other chars take the general step, branch-free as far as it goes. Same output as the
   * general path, which {@code TextNormalizerFusedPathTest} checks.
   */
  static boolean fuse(String text, ContentText dst, boolean nfkcDone) {
    int n = text.length();
    char[] in = dst.input(n);
    text.getChars(0, n, in, 0);
    return fuse(in, n, dst, nfkcDone);
  }

  /** {@link #fuse(String, ContentText, boolean)} of {@code in[0, n)}, which it leaves unchanged. */
  static boolean fuse(char[] in, int n, ContentText dst, boolean nfkcDone) {
    // Each input char writes at most two output chars (a pending space and itself, or a unit
    // separator and itself, or a joining space for a line end); an expanding fold (up to four
    // chars) checks the room first.
    char[] out = dst.output(2 * n + 16);
    boolean ascii = true;
    boolean ampersand = false;
    int committed = 0; // end of the units kept so far
    int unitStart = 0; // start of the unit being built
    int lineStart = 0; // start of the line being built
    boolean joining = false; // the unit's last line is joined to the next line
    int words = 0; // words of the unit so far, as countWords counts them
    int pipes = 0; // pipes of the unit so far
    int i = 0;
    while (true) {
      int w = lineStart;
      int pending = 0; // a space is due before the next char
      int nonEmpty = 0; // the line has a char
      int inWord = 0;
      boolean textEnd = true;
      while (i < n) {
        char c = in[i++];
        int e; // the fold, and its props shifted left 16
        if (c < 0x80) {
          int p = PLAIN[c];
          if (p > ' ') {
            // A run of plain chars: copied with fewer steps per char than below.
            out[w] = ' ';
            w += pending;
            nonEmpty = 1;
            int prev = inWord;
            int last = 0;
            int j = i - 1;
            int shift = w - j; // one output char per input char
            for (; j < n; j++) {
              char d = in[j];
              if (d >= 0x80) {
                break;
              }
              p = PLAIN[d];
              if (p == 0 || ((p ^ ' ') | (last ^ ' ')) == 0) {
                break; // not plain, or a second space
              }
              int word = p >>> 16;
              words += word & (prev ^ 1);
              prev = word;
              out[j + shift] = (char) p;
              last = p;
            }
            w = j + shift;
            i = j;
            inWord = prev;
            // A space ending the run is pending, as below.
            pending = last == ' ' ? 1 : 0;
            w -= pending;
            continue;
          }
          e = ASCII_FOLDS[c];
        } else if ((c & 0xFFF8) == 0x2018) {
          // U+2018 to U+201F, the typographic quotes: NFKC-stable, folded to ASCII quotes.
          e = ASCII_FOLDS[c < 0x201C ? '\'' : '"'];
        } else {
          if (!nfkcDone && !isNfkcStableForFusion(c)) {
            return false;
          }
          char r = foldChar(c);
          if (r == 0) {
            continue; // dropped (soft hyphen, zero-width chars)
          }
          if (r < 0x80) {
            e = ASCII_FOLDS[r];
          } else {
            if (r >= 0x100 && (r == '\u03A3' || r == '\u0130' || Character.isSurrogate(r))) {
              // String.toLowerCase maps these by context or to two chars: the general path.
              return false;
            }
            if (out.length - w < 2 * (n - i) + 24) {
              out = dst.grow(2 * out.length + 24);
            }
            char lower = Character.toLowerCase(r);
            char x = FOLDED[lower];
            if (x == 0 || x == EXPANDS) {
              char[] one = dst.oneChar;
              one[0] = lower;
              out[w] = ' ';
              int start = w + pending;
              int end = foldChar(one, 0, out, start);
              for (int j = start; j < end; j++) {
                char y = out[j];
                int q = props(y);
                if ((q & (SPACE | LINE_END | UNSUPPORTED)) != 0) {
                  return false; // the general path decides
                }
                ascii &= y < 0x80;
                int word = (q >> 1) & 1;
                words += word & (inWord ^ 1);
                inWord = word | (inWord & (q >> 2) & 1);
                pipes += (q >> 3) & 1;
              }
              pending = 0;
              nonEmpty = 1;
              w = end;
              continue;
            }
            int q = props(x);
            if ((q & UNSUPPORTED) != 0) {
              return false;
            }
            ascii &= x < 0x80;
            e = x | q << 16;
          }
        }
        if (e >= RARE) {
          if ((e & (LINE_END << 16)) != 0) {
            textEnd = false;
            break;
          }
          if ((e & (AMPERSAND << 16)) != 0) {
            ampersand = true;
          } else {
            pipes++;
          }
        }
        int space = (e >>> 16) & SPACE;
        int notSpace = space ^ 1;
        int word = (e >>> 17) & 1;
        words += word & (inWord ^ 1);
        inWord = word | (inWord & (e >>> 18) & 1);
        out[w] = ' ';
        w += pending & notSpace;
        out[w] = (char) e;
        w += notSpace;
        nonEmpty |= notSpace;
        pending = space & nonEmpty;
      }
      // The line [lineStart, w) is complete: the rules of keepContent.
      boolean open;
      if (w == lineStart) {
        open = joining;
        if (joining && isContent(out, unitStart, lineStart - 1, words, pipes)) {
          committed = lineStart - 1;
        }
        joining = false;
      } else if (w - lineStart >= WRAP_MIN_CHARS && !endsSentence(out, lineStart, w)) {
        out[w++] = ' ';
        lineStart = w;
        joining = true;
        open = false;
      } else {
        if (isContent(out, unitStart, w, words, pipes)) {
          committed = w;
        }
        joining = false;
        open = true;
      }
      if (open) {
        if (committed > 0) {
          out[committed] = '\n';
          unitStart = committed + 1;
        } else {
          unitStart = 0;
        }
        lineStart = unitStart;
        words = 0;
        pipes = 0;
      }
      if (textEnd) {
        break;
      }
    }
    if (joining && isContent(out, unitStart, lineStart - 1, words, pipes)) {
      committed = lineStart - 1;
    }
    dst.length = committed;
    dst.ascii = ascii;
    dst.inputHasAmpersand = ampersand;
    return true;
  }

  /**
   * Returns whether {@code s} may hold an HTML entity that {@code unescapeHtml4} decodes: every
   * entity it knows is {@code &name;} with an alphanumeric name, or numeric ({@code &#...}). A
   * plain "Marks & Spencer" then skips the (slow) unescaper; the output is the same.
   */
  static boolean mayHaveEntity(String s) {
    int n = s.length();
    for (int i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
      if (i + 1 < n && s.charAt(i + 1) == '#') {
        return true;
      }
      int j = i + 1;
      while (j < n && j <= i + 32 && isAsciiLetterOrDigit(s.charAt(j))) {
        j++;
      }
      if (j > i + 1 && j < n && s.charAt(j) == ';') {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns whether every char is in Latin-1 and none of them has a compatibility decomposition, so
   * that the text is NFKC-normalized already (no Latin-1 char combines with a neighbour under NFC).
   * {@code TextNormalizerFastPathTest} checks the table against {@link Normalizer}.
   */
  static boolean isLatin1NfkcStable(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && (c >= 0x100 || isLatin1Compatibility(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The Latin-1 chars that NFKC changes: NBSP, spacing accents, ordinals, superscripts, µ, ¼ ½ ¾.
   */
  static boolean isLatin1Compatibility(char c) {
    switch (c) {
      case '\u00A0':
      case '\u00A8':
      case '\u00AA':
      case '\u00AF':
      case '\u00B2':
      case '\u00B3':
      case '\u00B4':
      case '\u00B5':
      case '\u00B8':
      case '\u00B9':
      case '\u00BA':
      case '\u00BC':
      case '\u00BD':
      case '\u00BE':
        return true;
      default:
        return false;
    }
  }

  /**
   * The three folds (punctuation, case, diacritics) in one pass over the chars, for text whose
   * chars are all in Latin-1 after the punctuation fold (English and most European news); returns
   * {@code null} for other text, which takes the general path. Same output as the general path: for
   * Latin-1 chars {@code String.toLowerCase(Locale.ROOT)} maps char by char (no contextual or
   * expanding rules apply below U+0100), and the diacritics fold is char by char.
   */
  static String foldLatin1(String s) {
    int n = s.length();
    char[] in = s.toCharArray();
    char[] out = new char[n + 16];
    int w = 0;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      if (c < 0x80 && c != 0x60) {
        // ASCII (but the grave accent, folded to an apostrophe): case only. w <= i here plus the
        // extra chars of earlier expansions, for which the slow branch keeps room.
        out[w++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        continue;
      }
      char r = foldChar(c);
      if (r >= 0x100) {
        return null;
      }
      if (r == 0 && c != 0) {
        continue; // dropped (soft hyphen, zero-width chars); a NUL char itself is kept
      }
      if (w + 4 + (n - i) > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2 + 4);
      }
      if (r < 0x80) {
        out[w++] = r >= 'A' && r <= 'Z' ? (char) (r + ('a' - 'A')) : r;
      } else {
        in[i] = Character.toLowerCase(r);
        w = foldChar(in, i, out, w);
      }
    }
    return new String(out, 0, w);
  }

  /** Runs of text at least this long are handed to the HTML filter as one marker char. */
  static final int MIN_MARKED_RUN = 8;

  private static final char FIRST_MARKER = '\uE000';
  private static final char LAST_MARKER = '\uF8FF';

  /**
   * {@link #stripHtml} with the same output, faster on pages that are mostly text: the filter reads
   * a char at a time through a scanner, so each long run of text is handed to it as one marker char
   * (from the private use area) and put back in its output.
   *
   * <p>Why the output is the same: a run starts right after a {@code '>'} and holds none of {@code
   * < > & " ' \ - ]}. In every state of the filter such chars are matched one by one by rules that
   * treat them and the marker alike: text outside markup (copied to the output), inside script,
   * style, comments and CDATA (dropped or copied), and inside quoted attribute values and
   * server-side includes (the only places a tag goes on past a {@code '>'}); no rule looks for a
   * token that starts inside the run or spans its ends ({@code -->} and {@code ]]>} need a {@code
   * -} or {@code ]}, the others a {@code <}, {@code &} or quote). A marker is copied to the output
   * exactly when its run would have been, so each marker in the output is replaced by its run.
   * Pages with private use chars or numeric character references (which could decode to one) are
   * stripped the plain way. Before all that, a page of simple markup is stripped by {@link
   * #stripSimpleMarkup} without the filter (marking would not make a page simple: a run holds none
   * of the chars that make it not). {@code TextNormalizerFusedPathTest} checks the equality on
   * generated and fuzzed pages.
   */
  static String stripHtmlFast(String body) {
    ContentText scratch = new ContentText();
    int n = stripHtmlFast(body, scratch);
    return new String(scratch.input, 0, n);
  }

  /**
   * {@link #stripHtmlFast(String)} into {@code scratch.input}, with its scratch buffers; returns
   * the length, and sets {@code scratch.inputHasAmpersand}.
   */
  static int stripHtmlFast(String body, ContentText scratch) {
    int n = body.length();
    char[] in = scratch.htmlIn = ContentText.atLeast(scratch.htmlIn, n);
    body.getChars(0, n, in, 0);
    int simple = stripSimpleMarkup(in, n, scratch.input(n));
    if (simple >= 0) {
      scratch.inputHasAmpersand = false; // the simple markup has none
      return simple;
    }
    if (body.indexOf("&#") >= 0) {
      return stripped(stripHtml(body), scratch);
    }
    char[] marked = scratch.htmlMarked = ContentText.atLeast(scratch.htmlMarked, n);
    int[] runs = scratch.htmlRuns; // start and end of each marked run
    int count = 0;
    int m = 0;
    for (int i = 0; i < n; ) {
      char c = in[i++];
      marked[m++] = c;
      if (c == '>') {
        int end = i;
        while (end < n && !ENDS_MARKED_RUN[in[end]]) {
          end++;
        }
        if (end - i >= MIN_MARKED_RUN && count <= LAST_MARKER - FIRST_MARKER) {
          if (2 * count + 2 > runs.length) {
            runs = scratch.htmlRuns = java.util.Arrays.copyOf(runs, runs.length * 2);
          }
          runs[2 * count] = i;
          runs[2 * count + 1] = end;
          marked[m++] = (char) (FIRST_MARKER + count);
          count++;
          i = end;
        }
      } else if (isMarker(c)) {
        return stripped(stripHtml(body), scratch);
      }
    }
    if (count == 0) {
      return stripped(stripHtml(body), scratch);
    }
    char[] out = scratch.input(n + 16);
    boolean ampersand = false;
    char[] buf = scratch.htmlBuf;
    int w = 0;
    try (HTMLStripCharFilter filter = new HTMLStripCharFilter(new CharArrayReader(marked, 0, m))) {
      int read;
      while ((read = filter.read(buf)) > 0) {
        if (w + read > out.length) {
          out = scratch.input = java.util.Arrays.copyOf(out, Math.max(2 * out.length, w + read));
        }
        for (int i = 0; i < read; i++) {
          char c = buf[i];
          if (isMarker(c)) {
            int r = c - FIRST_MARKER;
            int length = runs[2 * r + 1] - runs[2 * r];
            if (w + length + read > out.length) {
              out =
                  scratch.input =
                      java.util.Arrays.copyOf(out, Math.max(2 * out.length, w + length + read));
            }
            System.arraycopy(in, runs[2 * r], out, w, length);
            w += length;
          } else {
            ampersand |= c == '&'; // (a marked run has none)
            out[w++] = c;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen reading an array", e);
    }
    scratch.inputHasAmpersand = ampersand;
    return w;
  }

  /** Puts {@code text} into {@code scratch.input}; returns its length. */
  private static int stripped(String text, ContentText scratch) {
    int n = text.length();
    text.getChars(0, n, scratch.input(n), 0);
    scratch.inputHasAmpersand = text.indexOf('&') >= 0;
    return n;
  }

  /**
   * Inline elements of {@code HTMLStripCharFilter}: their tags are removed, the others replaced by
   * a line break.
   */
  private static final java.util.Set<String> INLINE_ELEMENTS =
      java.util.Set.of(
          "a",
          "b",
          "i",
          "q",
          "s",
          "u",
          "abbr",
          "acronym",
          "basefont",
          "bdo",
          "big",
          "cite",
          "code",
          "dfn",
          "em",
          "font",
          "img",
          "input",
          "kbd",
          "label",
          "samp",
          "select",
          "small",
          "span",
          "strike",
          "strong",
          "sub",
          "sup",
          "textarea",
          "tt",
          "var");

  /**
   * Strips {@code in[0, n)} into {@code out} (at least {@code n} chars) as {@code
   * HTMLStripCharFilter} does, for the simple markup of most generated pages; returns the output
   * length, or -1 if the page has anything else, to be stripped by the filter (whose construction
   * alone, a 32 KB buffer, cost more than stripping such a page).
   *
   * <p>Handled: text without {@code &} and surrogates (copied); start tags {@code <name>} and
   * {@code <name a="v" b-c="w">} with a lowercase name and attribute values without {@code " ' < >
   * \ = &} and surrogates; end tags {@code </name>}; {@code <script>...</script>} with no {@code <}
   * or surrogate inside. The filter does the same with them: an inline element's tags are removed,
   * any other tag becomes {@code '\n'} (a name starting with "br" matches its br rule, also {@code
   * '\n'}); a quoted attribute value can only run past the tag's {@code '>'} if it starts at a
   * quote after {@code =}, and every such quote here opens a value closed before it, so each tag
   * ends at its first {@code '>'}; a script element becomes {@code '\n'}, its content skipped up to
   * the first {@code </script>}, which the script state would only miss after a {@code <!--}. Names
   * starting with "script" (but the plain tag) or "style" enter other states: not handled.
   */
  static int stripSimpleMarkup(char[] in, int n, char[] out) {
    int w = 0;
    int i = 0;
    while (i < n) {
      int stop = i;
      while (stop < n && !STOPS_SIMPLE_TEXT[in[stop]]) {
        stop++;
      }
      System.arraycopy(in, i, out, w, stop - i); // text
      w += stop - i;
      i = stop;
      if (i == n) {
        break;
      }
      char c = in[i];
      if (c != '<') {
        return -1; // '&' or a surrogate
      }
      int j = i + 1;
      boolean endTag = j < n && in[j] == '/';
      if (endTag) {
        j++;
      }
      int nameStart = j;
      if (j == n || in[j] < 'a' || in[j] > 'z') {
        return -1;
      }
      while (j < n && ((in[j] >= 'a' && in[j] <= 'z') || (in[j] >= '0' && in[j] <= '9'))) {
        j++;
      }
      int nameEnd = j;
      while (!endTag && j < n && in[j] == ' ') {
        while (j < n && in[j] == ' ') {
          j++;
        }
        int attribute = j;
        while (j < n && ((in[j] >= 'a' && in[j] <= 'z') || in[j] == '-')) {
          j++;
        }
        if (j == attribute || j + 1 >= n || in[j] != '=' || in[j + 1] != '"') {
          return -1;
        }
        j += 2;
        while (j < n && isSimpleValueChar(in[j])) {
          j++;
        }
        if (j == n || in[j] != '"') {
          return -1;
        }
        j++;
      }
      if (j == n || in[j] != '>') {
        return -1;
      }
      if (!endTag
          && (startsWith(in, nameStart, nameEnd, "script")
              || startsWith(in, nameStart, nameEnd, "style"))) {
        if (nameEnd - nameStart != "script".length() || in[nameStart + 1] != 'c' || j != nameEnd) {
          return -1;
        }
        int k = j + 1;
        while (k < n && in[k] != '<' && !Character.isSurrogate(in[k])) {
          k++;
        }
        if (!startsWith(in, k, n, "</script>")) {
          return -1;
        }
        out[w++] = '\n';
        i = k + "</script>".length();
        continue;
      }
      if (!isInlineElement(in, nameStart, nameEnd)) {
        out[w++] = '\n';
      }
      i = j + 1;
    }
    return w;
  }

  /** {@code '<'}, {@code '&'} and the surrogates, for every char. */
  private static final boolean[] STOPS_SIMPLE_TEXT = new boolean[0x10000];

  static {
    STOPS_SIMPLE_TEXT['<'] = true;
    STOPS_SIMPLE_TEXT['&'] = true;
    java.util.Arrays.fill(
        STOPS_SIMPLE_TEXT, Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1, true);
  }

  /** {@link #INLINE_ELEMENTS} (at most 8 ASCII chars each) as {@link #packName} keys, sorted. */
  private static final long[] INLINE_KEYS =
      INLINE_ELEMENTS.stream()
          .mapToLong(e -> packName(e.toCharArray(), 0, e.length()))
          .sorted()
          .toArray();

  /** The chars of an ASCII name of up to 8 chars in one long; -1 for a longer name. */
  private static long packName(char[] s, int from, int to) {
    if (to - from > 8) {
      return -1;
    }
    long key = 0;
    for (int i = from; i < to; i++) {
      key = key << 8 | s[i];
    }
    return key;
  }

  private static boolean isInlineElement(char[] s, int from, int to) {
    long key = packName(s, from, to);
    return key >= 0 && java.util.Arrays.binarySearch(INLINE_KEYS, key) >= 0;
  }

  private static boolean isSimpleValueChar(char c) {
    return c != '"'
        && c != '\''
        && c != '<'
        && c != '>'
        && c != '\\'
        && c != '='
        && c != '&'
        && !Character.isSurrogate(c);
  }

  private static boolean isMarker(char c) {
    return c >= FIRST_MARKER && c <= LAST_MARKER;
  }

  /**
   * Whether a char ends a run of text that {@link #stripHtmlFast} may mark: {@code < > & " ' \ -
   * ]}, and the range U+D800 to U+F8FF (surrogates and the private use area, the markers), for
   * every char so that the scan needs no range check.
   */
  private static final boolean[] ENDS_MARKED_RUN = new boolean[0x10000];

  static {
    for (char c : "<>&\"'\\-]".toCharArray()) {
      ENDS_MARKED_RUN[c] = true;
    }
    java.util.Arrays.fill(ENDS_MARKED_RUN, 0xD800, LAST_MARKER + 1, true);
  }

  static String stripHtml(String body) {
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
    if (c < 0x60 || (c > 0x60 && c < 0x80)) {
      return c; // no ASCII char but the grave accent is folded
    }
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

  /**
   * Single-char results of {@code ASCIIFoldingFilter.foldToASCII}, filled on first use: 0 = not yet
   * known, {@link #EXPANDS} = folds to several chars. The filter's fold is one method too large for
   * the JIT (it stays interpreted), which made normalizing non-Latin text four times slower than
   * Latin text. Races only store the same value twice.
   */
  private static final char[] FOLDED = new char[0x10000];

  private static final char EXPANDS = '\uFFFF';

  /** Folds {@code in[i]} (non-ASCII) into {@code out} at {@code w}; returns the new end. */
  private static int foldChar(char[] in, int i, char[] out, int w) {
    char c = in[i];
    char f = FOLDED[c];
    if (f == 0) {
      char[] one = new char[4];
      int n = ASCIIFoldingFilter.foldToASCII(in, i, one, 0, 1);
      f = n == 1 && one[0] != EXPANDS ? one[0] : EXPANDS;
      FOLDED[c] = f;
    }
    if (f != EXPANDS) {
      out[w] = f;
      return w + 1;
    }
    return ASCIIFoldingFilter.foldToASCII(in, i, out, w, 1);
  }

  static String foldDiacritics(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && s.charAt(i) < 0x80) {
      i++;
    }
    if (i == n) {
      return s;
    }
    // Only non-ASCII chars go through the folding table (ASCII folds to itself); runs of ASCII are
    // copied. Same output as folding the whole rest at once, which is what the filter does char by
    // char (a surrogate pair folds to itself either way).
    char[] in = s.toCharArray();
    char[] out = new char[i + 4 * (n - i)];
    System.arraycopy(in, 0, out, 0, i);
    int len = i;
    while (i < n) {
      char c = in[i];
      if (c < 0x80) {
        out[len++] = c;
        i++;
      } else {
        len = foldChar(in, i, out, len);
        i++;
      }
    }
    return new String(out, 0, len);
  }

  /** Applies the line rules to character-normalized text. */
  static List<String> keepContent(String text) {
    List<String> units = new ArrayList<>();
    StringBuilder unit = new StringBuilder();
    boolean joinNext = false;
    int start = 0;
    int n = text.length();
    // Scanned as a char[]: String.charAt in these loops cost several times the work itself.
    char[] chars = text.toCharArray();
    char[] scratch = new char[n];
    while (start <= n) {
      int end = nextLineEnd(chars, start);
      String line = collapse(chars, start, end, scratch);
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

  private static int nextLineEnd(char[] text, int from) {
    for (int i = from; i < text.length; i++) {
      char c = text[i];
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return i;
      }
    }
    return text.length;
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
    char first = unit.isEmpty() ? 0 : unit.charAt(0);
    for (String prefix : CHROME_PREFIXES) {
      if (prefix.charAt(0) == first
          && unit.startsWith(prefix)
          && (unit.length() == prefix.length()
              || !Character.isLetter(prefix.charAt(prefix.length() - 1))
              || !Character.isLetter(unit.charAt(prefix.length())))) {
        return false;
      }
    }
    if (countPipes(unit) >= 2) {
      return false;
    }
    // Counting stops once the larger threshold is reached: the answer cannot change after it.
    int words = countWords(unit, MIN_UNPUNCTUATED_WORDS);
    return words >= MIN_UNPUNCTUATED_WORDS || (words >= MIN_SENTENCE_WORDS && endsSentence(unit));
  }

  /**
   * {@link #isContent(String)} of {@code s[from, to)}, given its words (as {@link
   * #countWords(String)} counts them) and pipes.
   */
  private static boolean isContent(char[] s, int from, int to, int words, int pipes) {
    int length = to - from;
    char first = length == 0 ? 0 : s[from];
    for (String prefix : first < 0x80 ? CHROME_BY_FIRST[first] : NO_PREFIXES) {
      if (startsWith(s, from, to, prefix)
          && (length == prefix.length()
              || !Character.isLetter(prefix.charAt(prefix.length() - 1))
              || !Character.isLetter(s[from + prefix.length()]))) {
        return false;
      }
    }
    if (pipes >= 2) {
      return false;
    }
    return words >= MIN_UNPUNCTUATED_WORDS
        || (words >= MIN_SENTENCE_WORDS && endsSentence(s, from, to));
  }

  private static boolean startsWith(char[] s, int from, int to, String prefix) {
    int n = prefix.length();
    if (to - from < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #endsSentence(String)} of {@code s[from, to)}. */
  static boolean endsSentence(char[] s, int from, int to) {
    int i = to - 1;
    while (i >= from
        && (s[i] == '"' || s[i] == '\'' || s[i] == ')' || s[i] == ']' || s[i] == ' ')) {
      i--;
    }
    if (i < from) {
      return false;
    }
    return isSentenceEnd(s[i]);
  }

  private static int countPipes(String s) {
    int pipes = 0;
    for (int i = s.indexOf('|'); i >= 0 && pipes < 2; i = s.indexOf('|', i + 1)) {
      pipes++;
    }
    return pipes;
  }

  /** Counts runs of letters or digits; each ideograph or kana counts as a word. */
  static int countWords(String s) {
    return countWords(s, Integer.MAX_VALUE);
  }

  /** Counts words like {@link #countWords(String)}, stopping at {@code limit}. */
  static int countWords(String s, int limit) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0, n = s.length(); i < n; ) {
      char c = s.charAt(i);
      if (c < 0x80) {
        // ASCII fast path (most of the text): no ideographs or kana, and letters and digits are
        // exactly [A-Za-z0-9]. Measured: the script lookup below was a quarter of all
        // fingerprinting time when done for every character.
        i++;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
          if (!inWord && ++words >= limit) {
            return words;
          }
          inWord = true;
        } else if (c != '\'' && c != '-') {
          inWord = false;
        }
        continue;
      }
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isIdeographOrKana(cp)) {
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

  private static boolean isIdeographOrKana(int cp) {
    if (cp < 0x2E80) {
      // Below the CJK radicals there are no ideographs, hiragana or katakana.
      return false;
    }
    if (Character.isIdeographic(cp)) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
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
    return isSentenceEnd(s.charAt(i));
  }

  /** Sentence punctuation (Latin, CJK, Arabic, Devanagari), and the colon and semicolon. */
  private static boolean isSentenceEnd(char c) {
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
  private static String collapse(char[] text, int from, int to, char[] out) {
    // Branch-light: every char is written, and only kept (w advances) when it is not whitespace;
    // a pending space is written in front of the next kept char. Same output as the plain loop.
    int w = 0;
    int pending = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      int ws = c < 0x80 ? ASCII_WHITESPACE[c] : isWhitespace(c) ? 1 : 0;
      int emitSpace = pending & (ws ^ 1);
      out[w] = ' ';
      w += emitSpace;
      out[w] = c;
      w += ws ^ 1;
      pending = ws == 1 ? (w > 0 ? 1 : 0) : 0;
    }
    return new String(out, 0, w);
  }

  private static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** 1 for the ASCII chars {@link #isWhitespace} accepts (space, tab to CR, FS to US). */
  private static final int[] ASCII_WHITESPACE = new int[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WHITESPACE[c] = isWhitespace(c) ? 1 : 0;
    }
  }
}
