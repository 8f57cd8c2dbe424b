package io.github.newsdedup;

import io.github.newsdedup.internal.shingle.ShingleHashing;
import io.github.newsdedup.internal.shingle.TokenizedText;
import io.github.newsdedup.internal.shingle.WordTokenizer;
import io.github.newsdedup.internal.sketch.MinHashKernel;
import io.github.newsdedup.minhash.HashScheme;
import io.github.newsdedup.text.ContentText;
import io.github.newsdedup.text.TextNormalizer;

/**
 * The per-article stages: normalize, tokenize, shingle, sign and sample. Thread-safe: the reused
 * buffers are per thread.
 */
final class ArticleFingerprinter {
  /** Bodies longer than this do not leave their grown per-thread buffers behind (16 M chars). */
  private static final int MAX_RETAINED_BUFFER_CHARS = 1 << 23;

  private final DetectorConfig.Shape shape;
  private final TextNormalizer normalizer = TextNormalizer.newsDefault();
  private final MinHashKernel minHash;
  private final ThreadLocal<WordTokenizer> tokenizers;
  private final ThreadLocal<ContentText> contentBuffers = ThreadLocal.withInitial(ContentText::new);

  ArticleFingerprinter(DetectorConfig.Shape shape) {
    this.shape = shape;
    this.minHash = new MinHashKernel(shape.signatureLength(), shape.seed());
    long seed = shape.seed();
    this.tokenizers = ThreadLocal.withInitial(() -> new WordTokenizer(seed));
  }

  /** A fingerprint with the tokenized text it was made from (for the batch boilerplate rule). */
  record Fingerprinted(Fingerprint fingerprint, TokenizedText text) {}

  /** Returns the article's fingerprint, full shingle set and alignment sequence included. */
  Fingerprint fingerprint(Article article) {
    return fingerprinted(article).fingerprint();
  }

  /** Returns the article's fingerprint and tokenized text. */
  Fingerprinted fingerprinted(Article article) {
    boolean html =
        switch (article.format()) {
          case HTML -> true;
          case TEXT -> false;
          case AUTO -> TextNormalizer.looksLikeHtml(article.body());
        };
    ContentText content = contentBuffers.get();
    normalizer.contentText(article.body(), html, content);
    TokenizedText text =
        tokenizers.get().tokenize(content.chars(), content.length(), content.isAscii());
    if (article.body().length() > MAX_RETAINED_BUFFER_CHARS) {
      // The per-thread buffers grew to this body's size: do not keep them for a huge outlier.
      contentBuffers.remove();
      tokenizers.remove();
    }
    return new Fingerprinted(fingerprint(article.id(), text), text);
  }

  /**
   * Returns the fingerprint of already tokenized text (after the boilerplate rule dropped some).
   */
  Fingerprint fingerprint(String id, TokenizedText text) {
    int k = shape.shingleSize();
    long seed = shape.seed();
    int[] alignment = new int[ShingleHashing.shingleStarts(text.tokenCount(), k)];
    long[] shingles =
        ShingleHashing.shinglesAndAlignment(
            text.tokens(), text.alignmentTokens(), text.tokenCount(), k, seed, alignment);
    int[] signature = minHash.signature(shingles, shingles.length);
    long[] sample = ContainmentSample.of(alignment, shape.sampleRate());
    return Fingerprint.create(
        id, HashScheme.current(), k, seed, signature, shingles.length, sample, shingles, alignment);
  }
}
