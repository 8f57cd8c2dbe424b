package io.github.newsdedup.text;

import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The character folds: typographic quotes, apostrophes and dashes to ASCII, soft hyphens and
 * zero-width chars dropped, case folded with {@link Locale#ROOT}, Latin diacritics folded with
 * Lucene's {@code ASCIIFoldingFilter} table (other scripts are left alone).
 */
final class CharFolding {
  private CharFolding() {}

  /**
   * Single-char results of {@code ASCIIFoldingFilter.foldToASCII}, filled on first use: 0 = not yet
   * known, {@link #EXPANDS} = folds to several chars. The filter's fold is one method too large for
   * the JIT (it stays interpreted), so each char's result is looked up once. Races only store the
   * same value twice.
   */
  private static final char[] FOLDED = new char[0x10000];

  /** The {@link #FOLDED} entry of a char that folds to several chars. */
  static final char EXPANDS = '\uFFFF';

  /** The punctuation, case and diacritics folds of decoded, NFKC-normalized text. */
  static String fold(String text) {
    String fast = foldLatin1(text);
    if (fast != null) {
      return fast;
    }
    text = foldPunctuation(text).toLowerCase(Locale.ROOT);
    return foldDiacritics(text);
  }

  /** Returns the punctuation fold of {@code c}: its ASCII replacement, 0 to drop it, or itself. */
  static char foldChar(char c) {
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

  /**
   * The cached diacritics fold of {@code c} when it is one char; {@link #EXPANDS} when it is
   * several, 0 when not yet known (then {@link #foldDiacritic} learns it).
   */
  static char cachedFold(char c) {
    return FOLDED[c];
  }

  /**
   * Folds the diacritics of {@code in[i]} (not ASCII) into {@code out} at {@code w}; returns the
   * new end.
   */
  static int foldDiacritic(char[] in, int i, char[] out, int w) {
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

  /** Folds the diacritics of lowercase text. */
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
    for (; i < n; i++) {
      char c = in[i];
      if (c < 0x80) {
        out[len++] = c;
      } else {
        len = foldDiacritic(in, i, out, len);
      }
    }
    return new String(out, 0, len);
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
        out[w++] = toLowerAscii(c);
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
        out = Arrays.copyOf(out, out.length * 2 + 4);
      }
      if (r < 0x80) {
        out[w++] = toLowerAscii(r);
      } else {
        in[i] = Character.toLowerCase(r);
        w = foldDiacritic(in, i, out, w);
      }
    }
    return new String(out, 0, w);
  }

  /** The lowercase of an ASCII char. */
  static char toLowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
