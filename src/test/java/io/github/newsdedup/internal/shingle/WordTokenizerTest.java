package io.github.newsdedup.internal.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {
  private static final long SEED = 7;

  private static long[] hashes(String... words) {
    long[] out = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = TestTokenizing.tokenHash(words[i], SEED);
    }
    return out;
  }

  @Test
  void tokenize_latinWithPunctuation_wordsOnly() {
    TokenizedText t =
        TestTokenizing.tokenize(new WordTokenizer(SEED), "blair's plan, the u.k. said: 4.3bn!");
    assertArrayEquals(hashes("blair's", "plan", "the", "u.k", "said", "4.3bn"), t.tokens());
  }

  @Test
  void tokenize_mixedScripts_unicodeWordSegmentation() {
    TokenizedText t = TestTokenizing.tokenize(new WordTokenizer(SEED), "москва заявила 北京 ελλάδα");
    // UAX#29: Cyrillic and Greek words whole, each Han ideograph a word.
    assertArrayEquals(hashes("москва", "заявила", "北", "京", "ελλάδα"), t.tokens());
  }

  @Test
  void tokenize_sentenceBoundaries_fromPunctuationAndUnits() {
    TokenizedText t =
        TestTokenizing.tokenize(
            new WordTokenizer(SEED), List.of("one two. three four", "five six? seven"));
    assertEquals(4, t.sentenceCount());
    assertEquals(0, t.sentenceStart(0));
    assertEquals(2, t.sentenceStart(1));
    assertEquals(4, t.sentenceStart(2));
    assertEquals(6, t.sentenceStart(3));
    assertEquals(7, t.sentenceEnd(3));
  }

  @Test
  void without_dropsFlaggedSentences() {
    TokenizedText t = TestTokenizing.tokenize(new WordTokenizer(SEED), "a b. c d. e f");
    TokenizedText kept = t.without(new boolean[] {false, true, false});
    assertArrayEquals(hashes("a", "b", "e", "f"), kept.tokens());
    assertEquals(2, kept.sentenceCount());
    assertEquals(4, kept.alignmentTokens().length);
  }

  @Test
  void tokenize_reusedInstance_isIndependentBetweenCalls() {
    WordTokenizer tokenizer = new WordTokenizer(SEED);
    TestTokenizing.tokenize(tokenizer, "first text with many words in it");
    assertArrayEquals(hashes("second"), TestTokenizing.tokenize(tokenizer, "second").tokens());
  }
}
