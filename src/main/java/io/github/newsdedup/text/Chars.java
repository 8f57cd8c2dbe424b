package io.github.newsdedup.text;

/**
 * Char classes shared by the normalizer's rules: whitespace, line ends, sentence punctuation,
 * ideographs and kana, and the word count the content rules use.
 */
final class Chars {
  private Chars() {}

  /** 1 for the ASCII chars {@link #isWhitespace} accepts (space, tab to CR, FS to US). */
  private static final int[] ASCII_WHITESPACE = new int[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WHITESPACE[c] = isWhitespace(c) ? 1 : 0;
    }
  }

  /** Whitespace as the normalizer collapses it: Java whitespace and the Unicode space chars. */
  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@link #isWhitespace} as 0 or 1, with a table lookup for ASCII. */
  static int whitespaceBit(char c) {
    return c < 0x80 ? ASCII_WHITESPACE[c] : isWhitespace(c) ? 1 : 0;
  }

  /** LF, CR, the Unicode line and paragraph separators, and NEL. */
  static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  /** An ideograph, hiragana or katakana: a word of its own for the content rules. */
  static boolean isIdeographOrKana(int cp) {
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

  /** Sentence punctuation (Latin, CJK, Arabic, Devanagari), and the colon and semicolon. */
  static boolean isSentenceEnd(char c) {
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

  /** Whether a closing quote, bracket or space, skipped before the sentence punctuation. */
  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ';
  }

  /** Returns whether a line ends with sentence punctuation, ignoring closing quotes. */
  static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isClosing(s.charAt(i))) {
      i--;
    }
    return i >= 0 && isSentenceEnd(s.charAt(i));
  }

  /** {@link #endsSentence(String)} of {@code s[from, to)}. */
  static boolean endsSentence(char[] s, int from, int to) {
    int i = to - 1;
    while (i >= from && isClosing(s[i])) {
      i--;
    }
    return i >= from && isSentenceEnd(s[i]);
  }

  /** Whether {@code s[from, to)} starts with {@code prefix}. */
  static boolean startsWith(char[] s, int from, int to, String prefix) {
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

  /**
   * Counts runs of letters or digits (a word goes on across an apostrophe or hyphen); each
   * ideograph or kana counts as a word. Stops at {@code limit}.
   */
  static int countWords(String s, int limit) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0, n = s.length(); i < n; ) {
      char c = s.charAt(i);
      if (c < 0x80) {
        // ASCII (most of the text): no ideographs or kana, and letters and digits are exactly
        // [A-Za-z0-9]; the script lookup below would cost a quarter of fingerprinting time.
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
}
