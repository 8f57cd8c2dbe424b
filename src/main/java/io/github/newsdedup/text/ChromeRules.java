package io.github.newsdedup.text;

import java.util.Arrays;

/**
 * The page-chrome rules on lines and units, shared by both normalizer paths: when a line is joined
 * to the next (text re-wrapped at a fixed width), and whether a unit is content (sentence
 * structure, not a pipe-separated list, not starting with a known chrome phrase).
 */
final class ChromeRules {
  private ChromeRules() {}

  /** Minimum words of a punctuated unit to count as content. */
  static final int MIN_SENTENCE_WORDS = 6;

  /** Minimum words of an unpunctuated unit to count as content. */
  static final int MIN_UNPUNCTUATED_WORDS = 25;

  /** Lines at least this long that end without punctuation are joined to the next line. */
  static final int WRAP_MIN_CHARS = 50;

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

  /** {@link #CHROME_PREFIXES} by their first char (all ASCII). */
  private static final String[][] CHROME_BY_FIRST = new String[0x80][];

  static {
    Arrays.fill(CHROME_BY_FIRST, NO_PREFIXES);
    for (String prefix : CHROME_PREFIXES) {
      char first = prefix.charAt(0);
      String[] list = CHROME_BY_FIRST[first];
      list = Arrays.copyOf(list, list.length + 1);
      list[list.length - 1] = prefix;
      CHROME_BY_FIRST[first] = list;
    }
  }

  /** Whether a collapsed line is joined to the next: long, and without sentence punctuation. */
  static boolean joinsNextLine(String line) {
    return line.length() >= WRAP_MIN_CHARS && !Chars.endsSentence(line);
  }

  /** {@link #joinsNextLine(String)} of {@code s[from, to)}. */
  static boolean joinsNextLine(char[] s, int from, int to) {
    return to - from >= WRAP_MIN_CHARS && !Chars.endsSentence(s, from, to);
  }

  /** Returns whether a unit has sentence structure and is not known chrome. */
  static boolean isContent(String unit) {
    char first = unit.isEmpty() ? 0 : unit.charAt(0);
    for (String prefix : first < 0x80 ? CHROME_BY_FIRST[first] : NO_PREFIXES) {
      if (unit.startsWith(prefix)
          && (unit.length() == prefix.length()
              || endsWithNonLetter(prefix)
              || !Character.isLetter(unit.charAt(prefix.length())))) {
        return false;
      }
    }
    if (countPipes(unit) >= 2) {
      return false;
    }
    // Counting stops once the larger threshold is reached: the answer cannot change after it.
    int words = Chars.countWords(unit, MIN_UNPUNCTUATED_WORDS);
    return words >= MIN_UNPUNCTUATED_WORDS
        || (words >= MIN_SENTENCE_WORDS && Chars.endsSentence(unit));
  }

  /**
   * {@link #isContent(String)} of {@code s[from, to)}, given its words (as {@link Chars#countWords}
   * counts them) and pipes.
   */
  static boolean isContent(char[] s, int from, int to, int words, int pipes) {
    int length = to - from;
    char first = length == 0 ? 0 : s[from];
    for (String prefix : first < 0x80 ? CHROME_BY_FIRST[first] : NO_PREFIXES) {
      if (Chars.startsWith(s, from, to, prefix)
          && (length == prefix.length()
              || endsWithNonLetter(prefix)
              || !Character.isLetter(s[from + prefix.length()]))) {
        return false;
      }
    }
    if (pipes >= 2) {
      return false;
    }
    return words >= MIN_UNPUNCTUATED_WORDS
        || (words >= MIN_SENTENCE_WORDS && Chars.endsSentence(s, from, to));
  }

  /** A prefix ending in a non-letter matches without a word boundary after it. */
  private static boolean endsWithNonLetter(String prefix) {
    return !Character.isLetter(prefix.charAt(prefix.length() - 1));
  }

  private static int countPipes(String s) {
    int pipes = 0;
    for (int i = s.indexOf('|'); i >= 0 && pipes < 2; i = s.indexOf('|', i + 1)) {
      pipes++;
    }
    return pipes;
  }
}
