package io.github.newsdedup.internal.shingle;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of a normalized text with their hashes and char ranges: the same tokens and hashes as
 * {@link WordTokenizer} (its reference path, Lucene's {@code StandardTokenizer}), plus where each
 * token lies in the text, for explaining which words two articles share. Immutable; the arrays
 * never escape.
 */
public final class TokenSpans {
  private final long[] hashes;
  private final int[] starts;
  private final int[] ends;

  private TokenSpans(long[] hashes, int[] starts, int[] ends) {
    this.hashes = hashes;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * Tokenizes normalized text.
   *
   * @param text normalized text, such as the content units joined by {@code '\n'}
   * @param seed the hash seed
   * @return the tokens
   */
  public static TokenSpans of(String text, long seed) {
    long[] hashes = new long[64];
    int[] starts = new int[64];
    int[] ends = new int[64];
    int n = 0;
    try (StandardTokenizer tokenizer = new StandardTokenizer()) {
      tokenizer.setMaxTokenLength(255);
      CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        if (n == hashes.length) {
          hashes = Arrays.copyOf(hashes, n * 2);
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        hashes[n] = ShingleHashing.tokenHash(term.buffer(), 0, term.length(), seed);
        starts[n] = offset.startOffset();
        ends[n] = offset.endOffset();
        n++;
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen reading a string", e);
    }
    return new TokenSpans(
        Arrays.copyOf(hashes, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }

  /** Returns the number of tokens. */
  public int count() {
    return hashes.length;
  }

  /** Returns the hash of token {@code i}, as {@link ShingleHashing#tokenHash} computes it. */
  public long hash(int i) {
    return hashes[i];
  }

  /** Returns the first char of token {@code i} in the text. */
  public int start(int i) {
    return starts[i];
  }

  /** Returns one past the last char of token {@code i} in the text. */
  public int end(int i) {
    return ends[i];
  }

  /**
   * Returns the hash of each token's shingle of {@code k} words, in text order: one per {@link
   * ShingleHashing#shingleStarts} position, as the fingerprint's shingle set holds them.
   *
   * @param k words per shingle
   * @param seed the hash seed
   * @return the shingle hashes by start position
   */
  public long[] shingleHashes(int k, long seed) {
    int n = ShingleHashing.shingleStarts(hashes.length, k);
    int width = Math.min(k, hashes.length);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = ShingleHashing.shingleHash(hashes, i, width, seed);
    }
    return out;
  }

  @Override
  public String toString() {
    return "TokenSpans[count=" + hashes.length + "]";
  }
}
