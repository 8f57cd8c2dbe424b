package io.github.newsdedup.bench;

import io.github.newsdedup.Article;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.internal.shingle.ShingleHashing;
import io.github.newsdedup.internal.shingle.TokenizedText;
import io.github.newsdedup.internal.shingle.WordTokenizer;
import io.github.newsdedup.internal.sketch.MinHashKernel;
import io.github.newsdedup.text.ContentText;
import io.github.newsdedup.text.TextNormalizer;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH microbenchmarks of the per-article hot loops, one article per invocation, on a fixed set of
 * generated articles: {@code latin} (the benchmark corpus, English-like) and {@code cyrillic} (the
 * same article shapes with Cyrillic words, which take the tokenizer's general path). Run with
 * {@code java -jar target/news-dedup-bench.jar jmh HotLoopBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HotLoopBenchmark {
  private static final int ARTICLES = 64;
  private static final String[] CYRILLIC = {
    "москва",
    "заявила",
    "что",
    "переговоры",
    "продолжатся",
    "в",
    "году",
    "правительство",
    "министр",
    "сообщил",
    "журналистам",
    "о",
    "новых",
    "мерах",
    "экономики",
    "и",
    "на",
    "по"
  };

  /** Script of the article words. */
  @Param({"latin", "cyrillic"})
  public String script;

  private Article[] articles;
  private char[][] contentChars;
  private boolean[] contentAscii;
  private final ContentText content = new ContentText();
  private String[] normalized;
  private long[][] shingles;
  private int next;
  private final TextNormalizer normalizer = TextNormalizer.newsDefault();
  private final WordTokenizer tokenizer =
      new WordTokenizer(NearDuplicateDetector.Builder.DEFAULT_SEED);
  private final StandardTokenizer standard = new StandardTokenizer();
  private final CharTermAttribute term = standard.addAttribute(CharTermAttribute.class);
  private final MinHashKernel minHasher =
      new MinHashKernel(
          NearDuplicateDetector.Builder.DEFAULT_SIGNATURE_LENGTH,
          NearDuplicateDetector.Builder.DEFAULT_SEED);
  private NearDuplicateDetector detector;

  /** Generates the articles and their intermediate forms. */
  @Setup
  public void setUp() {
    CorpusGenerator g = new CorpusGenerator(42);
    articles = new Article[ARTICLES];
    contentChars = new char[ARTICLES][];
    contentAscii = new boolean[ARTICLES];
    normalized = new String[ARTICLES];
    shingles = new long[ARTICLES][];
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int i = 0; i < ARTICLES; i++) {
      Article a = g.article(i);
      if (script.equals("cyrillic")) {
        StringBuilder sb = new StringBuilder(a.body().length());
        for (String word : a.body().split(" ", -1)) {
          boolean plain =
              !word.isEmpty()
                  && Character.isLetter(word.charAt(0))
                  && word.chars().allMatch(Character::isLetter);
          sb.append(sb.length() == 0 ? "" : " ")
              .append(plain ? CYRILLIC[r.nextInt(CYRILLIC.length)] : word);
        }
        a = Article.of(a.id(), sb.toString()).withFormat(a.format());
      }
      articles[i] = a;
      normalizer.contentText(a.body(), StageBench.html(a), content);
      normalized[i] = content.toString();
      contentChars[i] = normalized[i].toCharArray();
      contentAscii[i] = content.isAscii();
      TokenizedText t =
          tokenizer.tokenize(contentChars[i], contentChars[i].length, contentAscii[i]);
      shingles[i] =
          ShingleHashing.shingles(
              t.tokens(),
              t.tokenCount(),
              NearDuplicateDetector.Builder.DEFAULT_SHINGLE_SIZE,
              NearDuplicateDetector.Builder.DEFAULT_SEED);
    }
    detector = NearDuplicateDetector.builder().threads(1).build();
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) % ARTICLES;
    return i;
  }

  /** Normalization: HTML, entities, NFKC, folds, line rules. */
  @Benchmark
  public ContentText normalize() {
    Article a = articles[nextIndex()];
    normalizer.contentText(a.body(), StageBench.html(a), content);
    return content;
  }

  /** Our tokenizer with token hashing (fast path for Latin-1 text). */
  @Benchmark
  public TokenizedText tokenize() {
    int i = nextIndex();
    return tokenizer.tokenize(contentChars[i], contentChars[i].length, contentAscii[i]);
  }

  /** Lucene's StandardTokenizer alone, tokens not even hashed: the general path's floor. */
  @Benchmark
  public int standardTokenizer() {
    int count = 0;
    try {
      standard.setReader(new StringReader(normalized[nextIndex()]));
      standard.reset();
      while (standard.incrementToken()) {
        count += term.length();
      }
      standard.end();
      standard.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }

  /** Shingle hashing and sorting of the distinct shingle hashes. */
  @Benchmark
  public long[] shingle() {
    int i = nextIndex();
    TokenizedText t = tokenizer.tokenize(contentChars[i], contentChars[i].length, contentAscii[i]);
    return ShingleHashing.shingles(
        t.tokens(),
        t.tokenCount(),
        NearDuplicateDetector.Builder.DEFAULT_SHINGLE_SIZE,
        NearDuplicateDetector.Builder.DEFAULT_SEED);
  }

  /** One-permutation MinHash with densification, 128 values. */
  @Benchmark
  public int[] signature() {
    long[] s = shingles[nextIndex()];
    return minHasher.signature(s, s.length);
  }

  /** The whole public fingerprint. */
  @Benchmark
  public Object fingerprint() {
    return detector.fingerprint(articles[nextIndex()]);
  }
}
