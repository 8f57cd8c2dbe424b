package io.github.newsdedup.internal.shingle;

import java.util.List;

/** Test conveniences over the array-based tokenizer and token hashes. */
final class TestTokenizing {
  private TestTokenizing() {}

  /** Tokenizes {@code text} as the detector tokenizes the normalized content. */
  static TokenizedText tokenize(WordTokenizer tokenizer, String text) {
    char[] chars = text.toCharArray();
    return tokenizer.tokenize(chars, chars.length, false);
  }

  /** Tokenizes content units joined by {@code '\n'}; each unit starts a new sentence. */
  static TokenizedText tokenize(WordTokenizer tokenizer, List<String> units) {
    return tokenize(tokenizer, String.join("\n", units));
  }

  /** The tokenizer's Latin-1 fast path over {@code text}: {@code null} where it does not apply. */
  static TokenizedText tokenizeLatin1(WordTokenizer tokenizer, String text) {
    char[] chars = text.toCharArray();
    return tokenizer.tokenizeLatin1(chars, chars.length, false);
  }

  /** The token hash of {@code token}. */
  static long tokenHash(String token, long seed) {
    char[] chars = token.toCharArray();
    return ShingleHashing.tokenHash(chars, 0, chars.length, seed);
  }

  /** The alignment hash of a token held in {@code chars[0, length)}. */
  static long alignmentTokenHash(char[] chars, int length, long exactHash, long seed) {
    return ShingleHashing.alignmentTokenHash(chars, 0, length, exactHash, seed);
  }
}
