package io.github.newsdedup.internal.shingle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Fuzz test of the word tokenizer: the Latin-1 fast path, where it applies, gives the tokens of
 * {@code StandardTokenizer}; sentences are consistent (ascending, within the tokens); and texts
 * joined by a line break tokenize into the tokens of each, the second starting a sentence (a line
 * break always ends a word). Seeds: {@code src/test/resources/.../TokenizerFuzzTestInputs}.
 */
class TokenizerFuzzTest {
  private final WordTokenizer tokenizer = new WordTokenizer(42);

  @FuzzTest(maxDuration = "5s")
  void tokenize_anyText_pathsAgreeAndSentencesConsistent(FuzzedDataProvider data) {
    String a = data.consumeString(600);
    String b = data.consumeRemainingAsString();
    TokenizedText first = checked(a);
    TokenizedText second = checked(b);
    TokenizedText joined = checked(a + "\n" + b);
    long[] tokens = joined.tokens();
    assertArrayEquals(first.tokens(), Arrays.copyOf(tokens, first.tokenCount()));
    assertArrayEquals(
        second.tokens(), Arrays.copyOfRange(tokens, first.tokenCount(), tokens.length));
    if (first.tokenCount() > 0 && second.tokenCount() > 0) {
      assertEquals(first.sentenceCount() + second.sentenceCount(), joined.sentenceCount());
      assertEquals(first.tokenCount(), joined.sentenceStart(first.sentenceCount()));
    }
  }

  /** Tokenizes {@code text} by both paths, checks them, and returns the tokens. */
  private TokenizedText checked(String text) {
    TokenizedText lucene = tokenizer.tokenizeWithLucene(text);
    TokenizedText fast = TestTokenizing.tokenizeLatin1(tokenizer, text);
    if (fast != null) {
      assertArrayEquals(lucene.tokens(), fast.tokens(), text);
      assertArrayEquals(lucene.alignmentTokens(), fast.alignmentTokens(), text);
      assertEquals(lucene.sentenceCount(), fast.sentenceCount(), text);
    }
    TokenizedText viaApi = TestTokenizing.tokenize(tokenizer, text);
    assertArrayEquals(lucene.tokens(), viaApi.tokens(), text);
    int n = lucene.tokenCount();
    assertEquals(n, lucene.tokens().length);
    assertEquals(n > 0 ? 1 : 0, Math.min(1, lucene.sentenceCount()), text);
    int previous = -1;
    for (int s = 0; s < lucene.sentenceCount(); s++) {
      int start = lucene.sentenceStart(s);
      assertTrue(start > previous && start < n, text);
      assertEquals(s == 0 ? 0 : start, s == 0 ? start : lucene.sentenceEnd(s - 1), text);
      previous = start;
    }
    return lucene;
  }
}
