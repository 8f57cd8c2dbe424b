package io.github.newsdedup.internal.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's ASCII fast path against the reference path ({@code StandardTokenizer}): token for
 * token (hashes, alignment hashes and sentence starts) on a mixed-script corpus and on seeded
 * random ASCII strings dense in word-break edge cases.
 */
class WordTokenizerUax29Test {
  private static final long SEED = 7;

  private static void assertSameAsLucene(WordTokenizer tokenizer, String text, String message) {
    TokenizedText expected = new WordTokenizer(SEED).tokenizeWithLucene(text);
    TokenizedText actual = TestTokenizing.tokenize(tokenizer, text);
    assertArrayEquals(expected.tokens(), actual.tokens(), message);
    assertArrayEquals(expected.alignmentTokens(), actual.alignmentTokens(), message);
    assertEquals(expected.sentenceCount(), actual.sentenceCount(), message);
    for (int s = 0; s < expected.sentenceCount(); s++) {
      assertEquals(expected.sentenceStart(s), actual.sentenceStart(s), message);
    }
  }

  private static List<String> corpus() throws IOException {
    try (InputStream in =
        WordTokenizerUax29Test.class.getResourceAsStream("/tokenizer/mixed-scripts.txt")) {
      assertNotNull(in, "mixed-scripts.txt");
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isEmpty()) {
          lines.add(line);
        }
      }
      return lines;
    }
  }

  @Test
  void tokenize_mixedScriptCorpus_sameTokensAsStandardTokenizer() throws IOException {
    WordTokenizer tokenizer = new WordTokenizer(SEED);
    TextNormalizer normalizer = TextNormalizer.newsDefault();
    List<String> lines = corpus();
    for (String line : lines) {
      assertSameAsLucene(tokenizer, line, line);
      String normalized = normalizer.normalizeCharacters(line, false);
      assertSameAsLucene(tokenizer, normalized, normalized);
    }
    assertSameAsLucene(tokenizer, String.join("\n", lines), "whole corpus");
  }

  @Test
  void tokenizeLatin1_normalizedLatinText_takesFastPath() {
    WordTokenizer tokenizer = new WordTokenizer(SEED);
    String text =
        TextNormalizer.newsDefault()
            .normalizeCharacters("\u201CCaf\u00E9 na\u00EFve\u201D \u2014 it\u2019s 1,200.", false);
    assertNotNull(TestTokenizing.tokenizeLatin1(tokenizer, text), text);
    assertNull(TestTokenizing.tokenizeLatin1(tokenizer, "москва"));
  }

  @Test
  void tokenize_randomLatin1EdgeCases_sameTokensAsStandardTokenizer() {
    String alphabet =
        "aaabbZ11290 ..,,;;::''__-\"/@#!?\n\t()$%&*+="
            + "\u00A3\u00A0\u00A9\u00AE\u00AA\u00B5\u00BA\u00B7\u00B2\u00BD\u00C9\u00D7\u00DF\u00E9"
            + "\u00F7\u00FF\u0080\u009F\u00BF\u00B0";
    WordTokenizer tokenizer = new WordTokenizer(SEED);
    SplittableRandom random = new SplittableRandom(20240607L);
    for (int round = 0; round < 50_000; round++) {
      int length = random.nextInt(24);
      StringBuilder sb = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      if (text.indexOf('\u00A9') < 0 && text.indexOf('\u00AE') < 0) {
        assertNotNull(
            TestTokenizing.tokenizeLatin1(tokenizer, text), text); // the fast path was taken
      }
      assertSameAsLucene(tokenizer, text, "round " + round + ": [" + text + "]");
    }
  }

  @Test
  void tokenizeChars_randomLongLatin1Text_sameTokensAsStandardTokenizer() {
    // Long texts dense in the chars the word-break rules look at, read from a char[] with other
    // chars after the given length (which must not be read).
    String alphabet = "ab1_.':,;  \n!?\u00E9\u00B7\u00A3";
    WordTokenizer tokenizer = new WordTokenizer(SEED);
    SplittableRandom random = new SplittableRandom(20261123L);
    for (int round = 0; round < 5_000; round++) {
      int length = random.nextInt(400);
      char[] chars = new char[length + 3];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String text = new String(chars, 0, length);
      TokenizedText expected = new WordTokenizer(SEED).tokenizeWithLucene(text);
      TokenizedText actual = tokenizer.tokenize(chars, length, false);
      String message = "round " + round + ": [" + text + "]";
      assertArrayEquals(expected.tokens(), actual.tokens(), message);
      assertArrayEquals(expected.alignmentTokens(), actual.alignmentTokens(), message);
      assertEquals(expected.sentenceCount(), actual.sentenceCount(), message);
      for (int s = 0; s < expected.sentenceCount(); s++) {
        assertEquals(expected.sentenceStart(s), actual.sentenceStart(s), message);
      }
      assertNotNull(
          TestTokenizing.tokenizeLatin1(tokenizer, text), message); // the fast path was taken
    }
  }

  @Test
  void tokenize_tokenLongerThanLimit_sameAsStandardTokenizer() {
    WordTokenizer tokenizer = new WordTokenizer(SEED);
    String longWord = "x".repeat(300);
    assertNull(TestTokenizing.tokenizeLatin1(tokenizer, "short " + longWord));
    assertSameAsLucene(tokenizer, "short " + longWord + " end", "long word");
    String longNumber = "1,234".repeat(60);
    assertSameAsLucene(tokenizer, longNumber, "long number");
    assertTrue(TestTokenizing.tokenize(tokenizer, "a b").tokenCount() == 2);
  }
}
