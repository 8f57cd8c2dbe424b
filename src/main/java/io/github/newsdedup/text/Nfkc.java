package io.github.newsdedup.text;

import java.text.Normalizer;

/**
 * Unicode NFKC for the normalizer, with the checks that let most news text skip the JDK's {@link
 * Normalizer}: text of ASCII, Latin-1 chars without a compatibility decomposition and the common
 * typographic punctuation is NFKC already.
 */
final class Nfkc {
  private Nfkc() {}

  /** Returns {@code text} in NFKC (the same instance when it is already). */
  static String normalize(String text) {
    if (!isLatin1NfkcStable(text) && !Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
    return text;
  }

  /** {@code true} for the chars that are not ASCII and not {@link #isStableForFusion}. */
  private static final boolean[] UNSTABLE = new boolean[0x10000];

  static {
    for (char c = 0x80; c < 0xFFFF; c++) {
      UNSTABLE[c] = !isStableForFusion(c);
    }
    UNSTABLE[0xFFFF] = true;
  }

  /**
   * Whether every char of {@code s[0, n)} is ASCII or {@link #isStableForFusion}: then the text is
   * NFKC already and the fused pass may take it as it is.
   */
  static boolean isStableForFusion(char[] s, int n) {
    boolean[] unstable = UNSTABLE;
    for (int i = 0; i < n; i++) {
      if (unstable[s[i]]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code c} (not ASCII) leaves text NFKC for the fused pass: Latin-1 chars without a
   * compatibility decomposition, and the typographic punctuation that the fold maps to ASCII and
   * NFKC leaves alone. None of them composes with a neighbour, so text made of them and ASCII is
   * NFKC already ({@code TextNormalizerFusedPathTest} checks these against {@link Normalizer}).
   */
  static boolean isStableForFusion(char c) {
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
}
