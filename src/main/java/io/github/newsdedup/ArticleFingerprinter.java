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

  /** Salt of the whole-text hash, so that it never equals a word shingle's hash. */
  private static final long WHOLE_TEXT_SALT = 0x57A0E7E87L;

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
    Fingerprint fingerprint =
        text.tokenCount() > 0 ? fingerprint(article.id(), text) : wholeText(article, html, text);
    if (article.body().length() > MAX_RETAINED_BUFFER_CHARS) {
      // The per-thread buffers grew to this body's size: do not keep them for a huge outlier.
      contentBuffers.remove();
      tokenizers.remove();
    }
    return new Fingerprinted(fingerprint, text);
  }

  /**
   * The fingerprint of an article without content units (a flash such as "Breaking news.", a
   * headline-only feed item, a page of chrome only): one shingle, the hash of all words of its
   * normalized text with no line rules applied, so that exact copies match (resemblance 1) and
   * anything else does not; without any word, the empty fingerprint of {@code empty}.
   */
  private Fingerprint wholeText(Article article, boolean html, TokenizedText empty) {
    char[] chars = normalizer.normalizeCharacters(article.body(), html).toCharArray();
    TokenizedText all = tokenizers.get().tokenize(chars, chars.length, false);
    if (all.tokenCount() == 0) {
      return fingerprint(article.id(), empty);
    }
    long seed = shape.seed();
    long hash =
        ShingleHashing.shingleHash(all.tokens(), 0, all.tokenCount(), seed ^ WHOLE_TEXT_SALT);
    long[] shingles = {hash};
    int[] alignment = {(int) (hash >>> 32)};
    int[] signature = minHash.signature(shingles, 1);
    long[] sample = ContainmentSample.of(alignment, shape.sampleRate());
    return Fingerprint.create(
        article.id(),
        HashScheme.current(),
        shape.shingleSize(),
        seed,
        signature,
        1,
        sample,
        shingles,
        alignment);
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
