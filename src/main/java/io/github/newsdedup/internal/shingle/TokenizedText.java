package io.github.newsdedup.internal.shingle;

import java.util.Arrays;

/**
 * The token hashes of a normalized text with its sentence boundaries: the input of shingling and of
 * the batch boilerplate rule. Immutable after construction; arrays are not copied on access, so
 * this is a library-internal building block.
 */
public final class TokenizedText {
  private final long[] tokens;
  private final long[] alignmentTokens;
  private final int[] sentenceStarts;

  TokenizedText(long[] tokens, long[] alignmentTokens, int[] sentenceStarts) {
    this.tokens = tokens;
    this.alignmentTokens = alignmentTokens;
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

  /**
   * Returns the alignment token hashes (not a copy: do not modify): a word of four or more chars is
   * hashed by its length, first and last char only, so that a character changed inside a word (OCR
   * noise, a misspelling) keeps its alignment hash. Used for alignment, never for resemblance.
   *
   * @return the alignment token hashes, parallel to {@link #tokens()}
   */
  public long[] alignmentTokens() {
    return alignmentTokens;
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
   * Returns a copy without the sentences flagged in {@code drop}.
   *
   * @param drop one flag per sentence
   * @return the kept sentences
   */
  public TokenizedText without(boolean[] drop) {
    long[] keptTokens = new long[tokens.length];
    long[] keptAlignment = new long[tokens.length];
    int[] keptStarts = new int[sentenceStarts.length];
    int w = 0;
    int sentences = 0;
    for (int s = 0; s < sentenceStarts.length; s++) {
      if (!drop[s]) {
        int from = sentenceStart(s);
        int length = sentenceEnd(s) - from;
        keptStarts[sentences++] = w;
        System.arraycopy(tokens, from, keptTokens, w, length);
        System.arraycopy(alignmentTokens, from, keptAlignment, w, length);
        w += length;
      }
    }
    return new TokenizedText(
        Arrays.copyOf(keptTokens, w),
        Arrays.copyOf(keptAlignment, w),
        Arrays.copyOf(keptStarts, sentences));
  }
}
