package io.github.newsdedup;

import io.github.newsdedup.internal.shingle.TokenizedText;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

/**
 * The per-article steps of the batch boilerplate rule, for running the rule across machines (the
 * Spark job): fingerprint an article while reporting the hashes of the sentences the rule counts,
 * and fingerprint it again without the sentences found to be boilerplate. {@link
 * NearDuplicateDetector#group} runs the same steps in one JVM with the same tokenization and
 * hashes, so a distributed run removes the same sentences and gets the same fingerprints.
 *
 * <p>The rule itself is: a sentence key ({@link #batchKey}) counted in articles of at least {@link
 * DetectorConfig.Thresholds#boilerplateMinGroups()} different first-pass groups is boilerplate.
 * Immutable and thread-safe.
 */
public final class BoilerplateSentences {
  private final ArticleFingerprinter fingerprinter;
  private final long seed;

  private BoilerplateSentences(DetectorConfig.Shape shape) {
    this.fingerprinter = new ArticleFingerprinter(shape);
    this.seed = shape.seed();
  }

  /**
   * Returns the steps for fingerprints of the given shape.
   *
   * @param shape the detector's shape
   * @return the steps
   * @throws NullPointerException if {@code shape} is null
   */
  public static BoilerplateSentences of(DetectorConfig.Shape shape) {
    return new BoilerplateSentences(Objects.requireNonNull(shape, "shape"));
  }

  /**
   * Returns the article's fingerprint (the same as {@link NearDuplicateDetector#fingerprint}) and
   * reports the hash of each sentence the rule counts (at least four words), in text order.
   *
   * @param article the article
   * @param sentenceHashes receives the sentence hashes
   * @return the fingerprint, full shingle set included
   * @throws NullPointerException if an argument is null
   */
  public Fingerprint fingerprint(Article article, LongConsumer sentenceHashes) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sentenceHashes, "sentenceHashes");
    ArticleFingerprinter.Fingerprinted f = fingerprinter.fingerprinted(article);
    TokenizedText text = f.text();
    for (int s = 0; s < text.sentenceCount(); s++) {
      if (counted(text, s)) {
        sentenceHashes.accept(text.sentenceHash(s, seed));
      }
    }
    return f.fingerprint();
  }

  /**
   * Returns the article's fingerprint without the counted sentences whose hash {@code boilerplate}
   * accepts; the plain fingerprint when it accepts none.
   *
   * @param article the article
   * @param boilerplate tells whether a sentence hash is boilerplate
   * @return the fingerprint, full shingle set included
   * @throws NullPointerException if an argument is null
   */
  public Fingerprint fingerprintWithout(Article article, LongPredicate boilerplate) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(boilerplate, "boilerplate");
    ArticleFingerprinter.Fingerprinted f = fingerprinter.fingerprinted(article);
    TokenizedText text = f.text();
    boolean[] drop = new boolean[text.sentenceCount()];
    boolean any = false;
    for (int s = 0; s < drop.length; s++) {
      if (counted(text, s) && boilerplate.test(text.sentenceHash(s, seed))) {
        drop[s] = true;
        any = true;
      }
    }
    return any ? fingerprinter.fingerprint(article.id(), text.without(drop)) : f.fingerprint();
  }

  private static boolean counted(TokenizedText text, int s) {
    return text.sentenceEnd(s) - text.sentenceStart(s) >= BoilerplateRule.MIN_SENTENCE_WORDS;
  }

  /**
   * Returns the key under which the rule counts a sentence hash in a batch of {@code articles}: the
   * hash without the low bits that {@link NearDuplicateDetector#group} uses for the group number,
   * so that a distributed run counts exactly the same keys.
   *
   * @param sentenceHash a hash reported by {@link #fingerprint(Article, LongConsumer)}
   * @param articles the number of articles in the batch
   * @return the key
   */
  public static long batchKey(long sentenceHash, long articles) {
    int groupBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, articles - 1)));
    return sentenceHash & ~((1L << groupBits) - 1);
  }
}
