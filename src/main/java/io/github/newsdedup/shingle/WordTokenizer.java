package io.github.newsdedup.shingle;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits normalized text into words with Unicode word segmentation (UAX#29, Lucene's {@code
 * StandardTokenizer}) and hashes each word straight from the tokenizer's buffer, so no token
 * strings are built. Sentence boundaries are recorded where the gap between two words holds
 * sentence punctuation or a paragraph break.
 *
 * <p>Mutable and not thread-safe: use one instance per thread.
 */
public final class WordTokenizer {
  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
  private final long seed;
  private long[] tokens = new long[1024];
  private long[] coarse = new long[1024];
  private int[] starts = new int[64];

  /**
   * Creates a tokenizer hashing with the given seed.
   *
   * @param seed the hash seed
   */
  public WordTokenizer(long seed) {
    this.seed = seed;
    tokenizer.setMaxTokenLength(255);
  }

  /**
   * Tokenizes content units (paragraphs); each unit starts a new sentence.
   *
   * @param units normalized content units
   * @return the token hashes and sentence boundaries
   */
  public TokenizedText tokenize(List<String> units) {
    return tokenize(String.join("\n", units));
  }

  /**
   * Tokenizes normalized text.
   *
   * @param text normalized text
   * @return the token hashes and sentence boundaries
   */
  public TokenizedText tokenize(String text) {
    int n = 0;
    int sentences = 0;
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      int lastEnd = 0;
      boolean newSentence = true;
      while (tokenizer.incrementToken()) {
        int start = offset.startOffset();
        if (!newSentence) {
          newSentence = hasBoundary(text, lastEnd, start);
        }
        if (newSentence) {
          if (sentences == starts.length) {
            starts = Arrays.copyOf(starts, sentences * 2);
          }
          starts[sentences++] = n;
          newSentence = false;
        }
        if (n == tokens.length) {
          tokens = Arrays.copyOf(tokens, n * 2);
          coarse = Arrays.copyOf(coarse, n * 2);
        }
        char[] buf = term.buffer();
        int len = term.length();
        long h = ShingleHashing.tokenHash(buf, 0, len, seed);
        tokens[n] = h;
        coarse[n] = ShingleHashing.coarseTokenHash(buf, len, h, seed);
        n++;
        lastEnd = offset.endOffset();
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen reading a string", e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new TokenizedText(
        Arrays.copyOf(tokens, n), Arrays.copyOf(coarse, n), Arrays.copyOf(starts, sentences));
  }

  private static boolean hasBoundary(String text, int from, int to) {
    for (int i = from; i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.'
          || c == '!'
          || c == '?'
          || c == '\n'
          || c == ';'
          || c == '\u3002'
          || c == '\u061F'
          || c == '\u0964') {
        return true;
      }
    }
    return false;
  }
}
