package io.github.newsdedup.shingle;

import java.util.Arrays;

/**
 * The token hashes of a normalized text with its sentence boundaries: the input of shingling and
 * of the batch boilerplate rule. Immutable after construction; arrays are not copied on access, so
 * this is a library-internal building block.
 */
public final class TokenizedText {
  private final long[] tokens;
  private final int[] sentenceStarts;

  TokenizedText(long[] tokens, int[] sentenceStarts) {
    this.tokens = tokens;
    this.sentenceStarts = sentenceStarts;
  }

  /** Returns the number of tokens. */
  public int tokenCount() {
    return tokens.length;
  }

  /** Returns the number of sentences. */
  public int sentenceCount() {
    return sentenceStarts.length;
  }

  /**
   * Returns the token hashes (not a copy: do not modify).
   *
   * @return the token hashes
   */
  public long[] tokens() {
    return tokens;
  }

  /** Returns the first token of sentence {@code s}. */
  public int sentenceStart(int s) {
    return sentenceStarts[s];
  }

  /** Returns one past the last token of sentence {@code s}. */
  public int sentenceEnd(int s) {
    return s + 1 < sentenceStarts.length ? sentenceStarts[s + 1] : tokens.length;
  }

  /**
   * Returns a hash of sentence {@code s}'s tokens, for counting repeated sentences.
   *
   * @param s the sentence
   * @param seed the hash seed
   * @return the sentence hash
   */
  public long sentenceHash(int s, long seed) {
    int from = sentenceStart(s);
    return ShingleHashing.shingleHash(tokens, from, sentenceEnd(s) - from, seed ^ 0x5E47E4CEL);
  }

  /**
   * Returns the tokens of the sentences not flagged in {@code drop}, in order.
   *
   * @param drop one flag per sentence
   * @return a new array of the kept token hashes
   */
  public long[] tokensWithout(boolean[] drop) {
    long[] out = new long[tokens.length];
    int w = 0;
    for (int s = 0; s < sentenceStarts.length; s++) {
      if (!drop[s]) {
        int from = sentenceStart(s);
        int to = sentenceEnd(s);
        System.arraycopy(tokens, from, out, w, to - from);
        w += to - from;
      }
    }
    return Arrays.copyOf(out, w);
  }
}
