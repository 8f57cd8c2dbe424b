package io.github.newsdedup.bench;

import io.github.newsdedup.Article;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.internal.shingle.ShingleHashing;
import io.github.newsdedup.internal.shingle.TokenizedText;
import io.github.newsdedup.internal.shingle.WordTokenizer;
import io.github.newsdedup.internal.sketch.MinHashKernel;
import io.github.newsdedup.text.ContentText;
import io.github.newsdedup.text.TextNormalizer;
import java.util.Arrays;

/**
 * Single-thread throughput of each per-article stage on a sample held in memory, with the library's
 * public building blocks, in the order the detector runs them: read (generate or load), normalize,
 * tokenize, shingle (exact and alignment hashes), signature. The sample is run once as a warm-up
 * (JIT) and then once per stage, timed.
 */
final class StageBench {
  /** Time of one stage over the sample. */
  record Stage(String name, long nanos, long bytes, int articles) {
    double seconds() {
      return nanos / 1e9;
    }

    double mbPerSec() {
      return bytes / 1e6 / seconds();
    }

    double articlesPerSec() {
      return articles / seconds();
    }

    double microsPerArticle() {
      return nanos / 1e3 / articles;
    }
  }

  /** The sample and its intermediate results, kept for the peers. */
  static final class Sample {
    Article[] articles;
    long bytes;

    /** The normalized text of each article: its content units joined by newlines. */
    String[] normalized;

    /** The same as chars, and whether each is ASCII, as the tokenizer is fed. */
    char[][] contentChars;

    boolean[] contentAscii;
    long[][] shingles;
    int totalShingles;

    /** Digest of normalized units, shingle hashes and signatures: equal runs give equal output. */
    long checksum;

    long htmlNanos;
    int htmlCount;
  }

  private final int k;
  private final long seed;
  private final TextNormalizer normalizer = TextNormalizer.newsDefault();
  private final ContentText content = new ContentText();
  private final WordTokenizer tokenizer;
  private final MinHashKernel minHasher;

  StageBench(int k, int signatureLength, long seed) {
    this.k = k;
    this.seed = seed;
    this.tokenizer = new WordTokenizer(seed);
    this.minHasher = new MinHashKernel(signatureLength, seed);
  }

  /** Reads the sample (timed as the "read" stage). */
  Stage read(Corpus corpus, int n, Sample s) {
    for (int i = 0; i < Math.min(n, 1000); i++) {
      corpus.article(i); // warm-up, untimed
    }
    long t0 = System.nanoTime();
    Article[] a = new Article[n];
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      a[i] = corpus.article(i);
    }
    long t1 = System.nanoTime();
    for (Article x : a) {
      bytes += Corpus.utf8Length(x.body());
    }
    s.articles = a;
    s.bytes = bytes;
    return new Stage("read", t1 - t0, bytes, n);
  }

  static boolean html(Article a) {
    return switch (a.format()) {
      case HTML -> true;
      case TEXT -> false;
      case AUTO -> TextNormalizer.looksLikeHtml(a.body());
    };
  }

  /** Runs all stages once without timing, to compile the hot paths. */
  void warmUp(Sample s, int rounds) {
    for (int r = 0; r < rounds; r++) {
      for (Article a : s.articles) {
        normalizer.contentText(a.body(), html(a), content);
        TokenizedText t = tokenizer.tokenize(content.chars(), content.length(), content.isAscii());
        long[] sh = shingles(t, new int[ShingleHashing.shingleStarts(t.tokenCount(), k)]);
        minHasher.signature(sh, sh.length);
      }
    }
  }

  /**
   * The detector's normalization: {@code contentText} into one reused buffer, as the detector runs
   * it. The texts are then copied out (untimed) for the tokenize stage and the peers.
   */
  Stage normalize(Sample s) {
    int n = s.articles.length;
    long sink = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Article a = s.articles[i];
      normalizer.contentText(a.body(), html(a), content);
      sink += content.length();
    }
    long t1 = System.nanoTime();
    Blackhole.consume(sink);
    // Diagnostics: the HTML articles alone.
    long htmlNanos = 0;
    int htmlCount = 0;
    for (int i = 0; i < n; i++) {
      Article a = s.articles[i];
      if (html(a)) {
        long x = System.nanoTime();
        normalizer.contentText(a.body(), true, content);
        htmlNanos += System.nanoTime() - x;
        htmlCount++;
      }
    }
    s.htmlNanos = htmlNanos;
    s.htmlCount = htmlCount;
    s.normalized = new String[n];
    s.contentChars = new char[n][];
    s.contentAscii = new boolean[n];
    for (int i = 0; i < n; i++) {
      Article a = s.articles[i];
      normalizer.contentText(a.body(), html(a), content);
      s.contentChars[i] = Arrays.copyOf(content.chars(), content.length());
      s.contentAscii[i] = content.isAscii();
      s.normalized[i] = content.toString();
    }
    return new Stage("normalize", t1 - t0, s.bytes, n);
  }

  /** Tokenize and shingle, timed separately; returns {tokenize, shingle}. */
  Stage[] tokenizeAndShingle(Sample s) {
    int n = s.articles.length;
    TokenizedText[] texts = new TokenizedText[n];
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      char[] c = s.contentChars[i];
      texts[i] = tokenizer.tokenize(c, c.length, s.contentAscii[i]);
    }
    long t1 = System.nanoTime();
    s.shingles = new long[n][];
    int total = 0;
    long sink = 0;
    for (int i = 0; i < n; i++) {
      TokenizedText t = texts[i];
      int[] alignment = new int[ShingleHashing.shingleStarts(t.tokenCount(), k)];
      s.shingles[i] = shingles(t, alignment);
      sink += alignment.length == 0 ? 0 : alignment[alignment.length - 1];
      total += s.shingles[i].length;
    }
    long t2 = System.nanoTime();
    s.totalShingles = total;
    Blackhole.consume(sink);
    return new Stage[] {
      new Stage("tokenize", t1 - t0, s.bytes, n), new Stage("shingle", t2 - t1, s.bytes, n)
    };
  }

  /**
   * The sorted distinct shingles and, into {@code alignment}, the alignment shingles, as the
   * detector computes them.
   */
  private long[] shingles(TokenizedText t, int[] alignment) {
    return ShingleHashing.shinglesAndAlignment(
        t.tokens(), t.alignmentTokens(), t.tokenCount(), k, seed, alignment);
  }

  Stage signature(Sample s) {
    int n = s.articles.length;
    long sink = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      int[] sig = minHasher.signature(s.shingles[i], s.shingles[i].length);
      sink += sig[0];
    }
    long t1 = System.nanoTime();
    Blackhole.consume(sink);
    long check = 17;
    for (int i = 0; i < n; i++) {
      // The units' hash codes, as when the units were a list: comparable across versions.
      if (!s.normalized[i].isEmpty()) {
        for (String u : s.normalized[i].split("\n", -1)) {
          check = check * 31 + u.hashCode();
        }
      }
      for (long h : s.shingles[i]) {
        check = check * 31 + h;
      }
      for (int v : minHasher.signature(s.shingles[i], s.shingles[i].length)) {
        check = check * 31 + v;
      }
    }
    s.checksum = check;
    return new Stage("signature", t1 - t0, s.bytes, n);
  }

  /** The public API path, one thread: {@code detector.fingerprint(article)} for each article. */
  static Stage fingerprintApi(NearDuplicateDetector detector, Sample s) {
    int n = s.articles.length;
    long sink = 0;
    for (int i = 0; i < Math.min(n, 500); i++) {
      sink += detector.fingerprint(s.articles[i]).shingleCount();
    }
    long t0 = System.nanoTime();
    for (Article a : s.articles) {
      sink += detector.fingerprint(a).shingleCount();
    }
    long t1 = System.nanoTime();
    Blackhole.consume(sink);
    return new Stage("fingerprintApi", t1 - t0, s.bytes, n);
  }

  /** Keeps results alive so the JIT cannot drop the work. */
  static final class Blackhole {
    static volatile long sink;

    static void consume(long v) {
      sink += v;
    }
  }
}
