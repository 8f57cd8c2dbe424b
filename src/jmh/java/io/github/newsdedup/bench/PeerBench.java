package io.github.newsdedup.bench;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import info.debatty.java.lsh.MinHash;
import io.github.newsdedup.bench.StageBench.Blackhole;
import io.github.newsdedup.bench.StageBench.Sample;
import io.github.newsdedup.bench.StageBench.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The peers, one thread, on the same sample as {@link StageBench}: same articles, shingle size and
 * signature length. Each peer runs twice: on the raw article bodies (what a user of the peer would
 * feed it; the peers have no HTML stripping or chrome removal) and on the text our normalizer
 * produced (shorter, so less work than ours). Throughput is always counted over the same raw
 * article bytes as ours, so every ratio equals the ratio of per-article times.
 *
 * <ul>
 *   <li>{@code lucene-minhash}: WhitespaceTokenizer → ShingleFilter(k, k, no unigrams) →
 *       MinHashFilter(hashCount 1, bucketCount = signature length, hashSetSize 1, rotation).
 *   <li>{@code hash4j}: SuperMinHash and MinHash policies (32-bit components); pre-hashed = fed our
 *       shingle hashes; end to end = whitespace split, k-shingle Strings, XXH3-64.
 *   <li>{@code java-lsh}: {@code MinHash.signature(Set<Integer>)}; pre-hashed = our shingle hashes
 *       folded to int; end to end = the same shingle Strings, {@code String.hashCode}.
 * </ul>
 */
final class PeerBench {
  private final int k;
  private final int length;

  PeerBench(int k, int length) {
    this.k = k;
    this.length = length;
  }

  /**
   * Runs every peer on the raw article bodies ({@code raw}) or on our normalized text; the stage
   * names get the suffix "@raw" or "@normalized".
   */
  List<Stage> run(Sample s, boolean raw) {
    String[] original = s.normalized;
    if (raw) {
      String[] bodies = new String[s.articles.length];
      for (int i = 0; i < bodies.length; i++) {
        bodies[i] = s.articles[i].body();
      }
      s.normalized = bodies;
    }
    try {
      List<Stage> out = new ArrayList<>();
      for (Stage st : run(s)) {
        out.add(new Stage(st.name() + (raw ? "@raw" : "@normalized"), st.nanos(), st.bytes(),
            st.articles()));
      }
      return out;
    } finally {
      s.normalized = original;
    }
  }

  private List<Stage> run(Sample s) {
    List<Stage> out = new ArrayList<>();
    out.add(time("lucene-minhash", s, this::lucene));
    SimilarityHasher superMin = SimilarityHashing.superMinHash(length, 32).createHasher();
    SimilarityHasher minHash = SimilarityHashing.minHash(length, 32).createHasher();
    out.add(
        time(
            "hash4j-superminhash-prehashed",
            s,
            (i, x) -> superMin.compute(ElementHashProvider.ofValues(x.shingles[i]))[0]));
    out.add(
        time(
            "hash4j-minhash-prehashed",
            s,
            (i, x) -> minHash.compute(ElementHashProvider.ofValues(x.shingles[i]))[0]));
    Hasher64 xxh3 = Hashing.xxh3_64();
    out.add(
        time(
            "hash4j-superminhash-xxh3",
            s,
            (i, x) -> superMin.compute(ElementHashProvider.ofValues(xxh3(x.normalized[i], xxh3)))[0]));
    out.add(
        time(
            "hash4j-minhash-xxh3",
            s,
            (i, x) -> minHash.compute(ElementHashProvider.ofValues(xxh3(x.normalized[i], xxh3)))[0]));
    MinHash lsh = new MinHash(length, Integer.MAX_VALUE, 42L);
    List<Set<Integer>> prehashed = new ArrayList<>(s.shingles.length);
    for (long[] sh : s.shingles) {
      Set<Integer> set = new HashSet<>(sh.length * 2);
      for (long h : sh) {
        set.add((int) (h ^ (h >>> 32)));
      }
      prehashed.add(set);
    }
    out.add(time("java-lsh-prehashed", s, (i, x) -> lsh.signature(prehashed.get(i))[0]));
    out.add(
        time(
            "java-lsh",
            s,
            (i, x) -> {
              Set<Integer> set = new HashSet<>();
              for (String sh : shingleStrings(x.normalized[i])) {
                set.add(sh.hashCode());
              }
              return lsh.signature(set)[0];
            }));
    return out;
  }

  /** One unit of peer work on article {@code i}; returns something derived from the result. */
  interface Work {
    long apply(int i, Sample s);
  }

  private static Stage time(String name, Sample s, Work w) {
    int n = s.articles.length;
    long sink = 0;
    for (int i = 0; i < Math.min(n, 500); i++) {
      sink += w.apply(i, s);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      sink += w.apply(i, s);
    }
    long t1 = System.nanoTime();
    Blackhole.consume(sink);
    return new Stage(name, t1 - t0, s.bytes, n);
  }

  /** Whitespace tokens joined into k-word shingle Strings (one shingle if fewer than k words). */
  private List<String> shingleStrings(String text) {
    String[] tokens = text.split("\\s+");
    List<String> out = new ArrayList<>(Math.max(1, tokens.length - k + 1));
    int m = tokens.length;
    if (m < k) {
      out.add(String.join(" ", tokens));
      return out;
    }
    StringBuilder sb = new StringBuilder(64);
    for (int i = 0; i + k <= m; i++) {
      sb.setLength(0);
      for (int j = i; j < i + k; j++) {
        if (j > i) {
          sb.append(' ');
        }
        sb.append(tokens[j]);
      }
      out.add(sb.toString());
    }
    return out;
  }

  private long[] xxh3(String text, Hasher64 h) {
    List<String> shingles = shingleStrings(text);
    long[] out = new long[shingles.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = h.hashCharsToLong(shingles.get(i));
    }
    return out;
  }

  private final Analyzer analyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer t = new WhitespaceTokenizer();
          ShingleFilter shingles = new ShingleFilter(t, k, k);
          shingles.setOutputUnigrams(false);
          shingles.setOutputUnigramsIfNoShingles(true);
          TokenStream minHash = new MinHashFilter(shingles, 1, length, 1, true);
          return new TokenStreamComponents(t, minHash);
        }
      };

  private long lucene(int i, Sample s) {
    long sink = 0;
    try (TokenStream ts = analyzer.tokenStream("body", s.normalized[i])) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        sink += term.length() == 0 ? 0 : term.charAt(0);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink;
  }
}
