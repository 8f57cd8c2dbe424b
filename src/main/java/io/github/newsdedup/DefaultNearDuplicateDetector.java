package io.github.newsdedup;

import io.github.newsdedup.cluster.StarGrouping;
import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.internal.Futures;
import io.github.newsdedup.lsh.CandidateSearch;
import io.github.newsdedup.lsh.LshBands;
import io.github.newsdedup.minhash.HashScheme;
import io.github.newsdedup.minhash.MinHasher;
import io.github.newsdedup.shingle.ShingleHashing;
import io.github.newsdedup.shingle.TokenizedText;
import io.github.newsdedup.shingle.WordTokenizer;
import io.github.newsdedup.text.ContentText;
import io.github.newsdedup.text.TextNormalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The detector: the pipeline described in {@link NearDuplicateDetector}, parallel over articles.
 */
final class DefaultNearDuplicateDetector implements NearDuplicateDetector {
  /** Sentences shorter than this (in words) never count as boilerplate. */
  static final int MIN_BOILERPLATE_SENTENCE_WORDS = 4;

  /**
   * Uncovered runs of at most this many words between aligned words are bridged: a changed word
   * breaks the k shingles around it, and two or three nearby changes leave a run of this order.
   */
  static final int ALIGNMENT_GAP = 8;

  /**
   * The alignment rule is only tried when at least this share of the shorter article's shingles lie
   * in the longer: below it no copy is left to align, and the cost is saved.
   */
  static final double MIN_ALIGNMENT_CONTAINMENT = 0.2;

  private static final long SAMPLE_MULTIPLIER = 0xD6E8FEB86659FD93L;

  private final DetectorConfig config;
  private final TextNormalizer normalizer = TextNormalizer.newsDefault();
  private final MinHasher minHasher;
  private final LshBands bands;
  private final ThreadLocal<WordTokenizer> tokenizers;
  private final ThreadLocal<ContentText> contentBuffers = ThreadLocal.withInitial(ContentText::new);

  /**
   * Bodies longer than this do not leave their grown per-thread buffers behind (16 MB of chars).
   */
  private static final int MAX_RETAINED_BUFFER_CHARS = 1 << 23;

  DefaultNearDuplicateDetector(DetectorConfig config) {
    this.config = config;
    this.minHasher = new MinHasher(config.signatureLength(), config.seed());
    this.bands = new LshBands(config.bands(), config.rows());
    long seed = config.seed();
    this.tokenizers = ThreadLocal.withInitial(() -> new WordTokenizer(seed));
  }

  @Override
  public DetectorConfig config() {
    return config;
  }

  // ---- per-article stages

  /** The working state of one article inside the pipeline. */
  private static final class Prepared {
    final String id;
    TokenizedText text;

    /** Sorted distinct exact shingle hashes; null when verification must be estimated. */
    long[] shingles;

    int shingleCount;
    int[] signature;

    /** Coarse shingle hashes in text order; null when not available. */
    int[] alignment;

    /** Sorted distinct {@link #alignment}. */
    volatile int[] alignmentSet;

    long[] sample;

    Prepared(String id) {
      this.id = id;
    }
  }

  private Prepared prepare(Article article) {
    boolean html =
        switch (article.format()) {
          case HTML -> true;
          case TEXT -> false;
          case AUTO -> TextNormalizer.looksLikeHtml(article.body());
        };
    ContentText content = contentBuffers.get();
    normalizer.contentText(article.body(), html, content);
    Prepared p = new Prepared(article.id());
    fingerprintText(
        p, tokenizers.get().tokenize(content.chars(), content.length(), content.isAscii()));
    if (article.body().length() > MAX_RETAINED_BUFFER_CHARS) {
      // The per-thread buffers grew to this body's size: do not keep them for a huge outlier.
      contentBuffers.remove();
      tokenizers.remove();
    }
    return p;
  }

  private void fingerprintText(Prepared p, TokenizedText text) {
    int k = config.shingleSize();
    long seed = config.seed();
    p.text = text;
    int[] alignment = new int[ShingleHashing.shingleStarts(text.tokenCount(), k)];
    p.shingles =
        ShingleHashing.shinglesAndCoarse(
            text.tokens(), text.coarseTokens(), text.tokenCount(), k, seed, alignment);
    p.shingleCount = p.shingles.length;
    p.signature = minHasher.signature(p.shingles, p.shingles.length);
    setAlignment(p, alignment);
  }

  private void setAlignment(Prepared p, int[] alignment) {
    p.alignment = alignment;
    p.alignmentSet = null; // sorted on first use: only pairs that reach the alignment rule need it
    p.sample = sample(alignment);
  }

  /** Returns the sorted distinct coarse shingles, computing them once (idempotent, race-safe). */
  private static int[] alignmentSet(Prepared p) {
    int[] set = p.alignmentSet;
    if (set == null) {
      set = ShingleHashing.sortedDistinct(p.alignment);
      p.alignmentSet = set;
    }
    return set;
  }

  /**
   * Keeps the coarse shingles selected by content: a copy selects the same ones as its source, and
   * coarse shingles survive OCR noise, so noisy and truncated copies still share their sample.
   */
  private long[] sample(int[] alignment) {
    int rate = config.sampleRate();
    int[] picked = new int[alignment.length];
    int w = 0;
    // The shifted product is below 2^40, so a plain remainder (a mask for a power-of-two rate,
    // the default) equals the unsigned one without a division per hash.
    long mask = (rate & (rate - 1)) == 0 ? rate - 1 : -1;
    if (mask >= 0) {
      // Branch-free: which hash is picked is random, so a branch on it was mispredicted.
      for (int h : alignment) {
        long x = ((h & 0xFFFFFFFFL) * SAMPLE_MULTIPLIER) >>> 24;
        picked[w] = h;
        w += (int) (((x & mask) - 1) >>> 63);
      }
    } else {
      for (int h : alignment) {
        long x = ((h & 0xFFFFFFFFL) * SAMPLE_MULTIPLIER) >>> 24;
        if (x % rate == 0) {
          picked[w++] = h;
        }
      }
    }
    int[] distinct = ShingleHashing.sortedDistinct(Arrays.copyOf(picked, w));
    long[] out = new long[distinct.length];
    for (int i = 0; i < distinct.length; i++) {
      out[i] = distinct[i];
    }
    return out;
  }

  private Fingerprint toFingerprint(Prepared p, boolean keepShingles) {
    return Fingerprint.create(
        p.id,
        HashScheme.current(),
        config.shingleSize(),
        config.seed(),
        MinHashSignature.wrap(HashScheme.current(), p.signature),
        p.shingleCount,
        p.sample,
        keepShingles ? p.shingles : new long[0],
        keepShingles ? p.alignment : new int[0]);
  }

  @Override
  public Fingerprint fingerprint(Article article) {
    Objects.requireNonNull(article, "article");
    return toFingerprint(prepare(article), true);
  }

  // ---- similarity and verification

  @Override
  public Similarity similarity(Article a, Article b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return exactSimilarity(prepare(a).shingles, prepare(b).shingles);
  }

  private Prepared fromFingerprint(Fingerprint f) {
    Prepared p = new Prepared(f.id());
    p.shingleCount = f.shingleCount();
    p.signature = f.signature().valuesView();
    if (f.hasShingles()) {
      p.shingles = f.shinglesView();
      setAlignment(p, f.alignmentView());
    }
    p.sample = f.sampleView();
    return p;
  }

  @Override
  public Similarity similarity(Fingerprint a, Fingerprint b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    a.checkComparable(b);
    if (a.hasShingles() && b.hasShingles()) {
      return exactSimilarity(a.shinglesView(), b.shinglesView());
    }
    return estimatedSimilarity(
        a.signature().valuesView(),
        a.shingleCount(),
        a.sampleView(),
        b.signature().valuesView(),
        b.shingleCount(),
        b.sampleView());
  }

  static Similarity exactSimilarity(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return new Similarity(0, 0, false);
    }
    int inter = intersectionSize(a, b);
    double jaccard = inter / (double) (a.length + b.length - inter);
    double containment = inter / (double) Math.min(a.length, b.length);
    return new Similarity(jaccard, containment, false);
  }

  static Similarity estimatedSimilarity(
      int[] sigA, int countA, long[] sampleA, int[] sigB, int countB, long[] sampleB) {
    if (countA == 0 || countB == 0) {
      return new Similarity(0, 0, true);
    }
    int same = 0;
    for (int i = 0; i < sigA.length; i++) {
      if (sigA[i] == sigB[i]) {
        same++;
      }
    }
    double jaccard = same / (double) sigA.length;
    long[] shorterSample = countA <= countB ? sampleA : sampleB;
    long[] longerSample = countA <= countB ? sampleB : sampleA;
    double containment;
    if (shorterSample.length > 0) {
      containment = intersectionSize(shorterSample, longerSample) / (double) shorterSample.length;
    } else {
      int small = Math.min(countA, countB);
      containment = Math.min(1, jaccard * (countA + countB) / ((1 + jaccard) * small));
    }
    return new Similarity(jaccard, containment, true);
  }

  /** Size of the intersection of two sorted distinct arrays. */
  static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int inter = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x == y) {
        inter++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return inter;
  }

  /**
   * Returns the share of the shorter text's words that align with the longer text: words covered by
   * a shingle of {@code sequence} (the shorter text's shingles in text order) that the longer
   * text's sorted set {@code longer} also has, after filling uncovered runs of at most {@code gap}
   * words between covered words. An isolated changed word (OCR noise, a synonym swap) only breaks
   * the k shingles around it, so a noisy copy aligns almost everywhere, while two different
   * articles sharing background paragraphs align only along those paragraphs.
   */
  static double alignedCoverage(int[] sequence, int k, int[] longer, int gap) {
    int shingles = sequence.length;
    if (shingles == 0) {
      return 0;
    }
    int words = shingles + k - 1;
    boolean[] covered = new boolean[words];
    int coverEnd = -1;
    for (int i = 0; i < shingles; i++) {
      if (Arrays.binarySearch(longer, sequence[i]) >= 0) {
        for (int w = Math.max(i, coverEnd + 1); w < i + k; w++) {
          covered[w] = true;
        }
        coverEnd = i + k - 1;
      }
    }
    int count = 0;
    int lastCovered = -1;
    for (int w = 0; w < words; w++) {
      if (covered[w]) {
        int run = w - lastCovered - 1;
        if (lastCovered >= 0 && run <= gap) {
          count += run;
        }
        count++;
        lastCovered = w;
      }
    }
    return count / (double) words;
  }

  /** A verification outcome: the similarity, and the accepting rule with its score or null. */
  private record Verdict(Similarity similarity, MatchRule rule, double score) {}

  /** Computes the similarity of a pair and applies the rules in order. */
  private Verdict judge(Prepared a, Prepared b) {
    boolean exact = a.shingles != null && b.shingles != null;
    Similarity s =
        exact
            ? exactSimilarity(a.shingles, b.shingles)
            : estimatedSimilarity(
                a.signature, a.shingleCount, a.sample, b.signature, b.shingleCount, b.sample);
    if (s.jaccard() >= config.resemblanceThreshold()) {
      return new Verdict(s, MatchRule.RESEMBLANCE, s.jaccard());
    }
    if (Math.min(a.shingleCount, b.shingleCount) < config.minContainedShingles()) {
      return new Verdict(s, null, 0);
    }
    if (s.containment() >= config.containmentThreshold()) {
      return new Verdict(s, MatchRule.CONTAINMENT, s.containment());
    }
    if (config.alignmentThreshold() > 0
        && a.alignment != null
        && b.alignment != null
        && s.containment() >= MIN_ALIGNMENT_CONTAINMENT) {
      boolean aShorter =
          a.shingleCount < b.shingleCount
              || (a.shingleCount == b.shingleCount && a.id.compareTo(b.id) < 0);
      Prepared shorter = aShorter ? a : b;
      Prepared longer = aShorter ? b : a;
      double coverage =
          alignedCoverage(
              shorter.alignment, config.shingleSize(), alignmentSet(longer), ALIGNMENT_GAP);
      if (coverage >= config.alignmentThreshold()) {
        return new Verdict(s, MatchRule.ALIGNMENT, coverage);
      }
    }
    return new Verdict(s, null, 0);
  }

  @Override
  public Optional<Match> verify(Fingerprint a, Fingerprint b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    a.checkComparable(b);
    Verdict v = judge(fromFingerprint(a), fromFingerprint(b));
    if (v.rule() == null || a.id().equals(b.id())) {
      return Optional.empty();
    }
    boolean aFirst = a.id().compareTo(b.id()) < 0;
    return Optional.of(
        new Match(
            aFirst ? a.id() : b.id(),
            aFirst ? b.id() : a.id(),
            v.similarity(),
            v.rule(),
            v.score()));
  }

  // ---- grouping

  @Override
  public List<DuplicateGroup> group(Collection<Article> articles, ProgressListener listener) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(listener, "listener");
    List<Article> list = List.copyOf(articles);
    checkUniqueIds(list.stream().map(Article::id).toList());
    int n = list.size();
    Prepared[] prepared = new Prepared[n];
    boolean lean = !config.exactVerification();
    parallel(
        n,
        listener,
        "fingerprint",
        i -> {
          Prepared p = prepare(list.get(i));
          if (lean) {
            // Estimate mode keeps ~1 KB per article: signature, sample and count only.
            p.text = null;
            p.shingles = null;
            p.alignment = null;
            p.alignmentSet = null;
          }
          prepared[i] = p;
        });
    Verified verified = candidatesAndVerify(prepared, listener);
    int[] rep = StarGrouping.representatives(ids(prepared), counts(prepared), verified.pairs);
    if (!lean && config.boilerplateMinGroups() > 0 && removeBoilerplate(prepared, rep, listener)) {
      verified = candidatesAndVerify(prepared, listener);
      rep = StarGrouping.representatives(ids(prepared), counts(prepared), verified.pairs);
    }
    return groups(ids(prepared), rep, verified);
  }

  @Override
  public List<DuplicateGroup> groupFingerprints(
      Collection<Fingerprint> fingerprints, ProgressListener listener) {
    Objects.requireNonNull(fingerprints, "fingerprints");
    Objects.requireNonNull(listener, "listener");
    List<Fingerprint> list = List.copyOf(fingerprints);
    checkUniqueIds(list.stream().map(Fingerprint::id).toList());
    int n = list.size();
    Prepared[] prepared = new Prepared[n];
    for (int i = 0; i < n; i++) {
      Fingerprint f = list.get(i);
      Checks.checkArgument(
          f.scheme() == HashScheme.current()
              && f.shingleSize() == config.shingleSize()
              && f.seed() == config.seed()
              && f.signature().length() == config.signatureLength(),
          "fingerprint %s was made with another configuration (scheme %s, shingle size %d, seed %d,"
              + " signature length %d) than this detector (%s, %d, %d, %d)",
          f.id(),
          f.scheme(),
          f.shingleSize(),
          f.seed(),
          f.signature().length(),
          HashScheme.current(),
          config.shingleSize(),
          config.seed(),
          config.signatureLength());
      prepared[i] = fromFingerprint(f);
    }
    int[] counts = counts(prepared);
    Verified verified = candidatesAndVerify(prepared, listener);
    String[] ids = ids(prepared);
    int[] rep = StarGrouping.representatives(ids, counts, verified.pairs);
    return groups(ids, rep, verified);
  }

  private static void checkUniqueIds(List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      Checks.checkArgument(seen.add(id), "article ids must be unique, got %s twice", id);
    }
  }

  private static String[] ids(Prepared[] prepared) {
    String[] ids = new String[prepared.length];
    for (int i = 0; i < prepared.length; i++) {
      ids[i] = prepared[i].id;
    }
    return ids;
  }

  private static int[] counts(Prepared[] prepared) {
    int[] counts = new int[prepared.length];
    for (int i = 0; i < prepared.length; i++) {
      counts[i] = prepared[i].shingleCount;
    }
    return counts;
  }

  /** Verified pairs (sorted) with their verdicts. */
  private record Verified(long[] pairs, Verdict[] verdicts) {}

  private Verified candidatesAndVerify(Prepared[] prepared, ProgressListener listener) {
    int n = prepared.length;
    int[] counts = counts(prepared);
    int[][] signatures = new int[n][];
    long[][] samples = new long[n][];
    for (int i = 0; i < n; i++) {
      if (counts[i] > 0) {
        signatures[i] = prepared[i].signature;
        samples[i] = prepared[i].sample;
      }
    }
    listener.progress("candidates", 0, -1);
    Supplier<long[]> containment =
        () ->
            CandidateSearch.containmentCandidates(
                samples,
                counts,
                config.minContainedShingles(),
                config.containmentThreshold() * CandidateSearch.CONTAINMENT_SAMPLE_SLACK,
                config.maxSampleFrequency());
    long[] candidates;
    if (config.threads() > 1 && n >= 1024) {
      // The two routes are independent: the containment search runs on a second thread.
      FutureTask<long[]> task = new FutureTask<>(containment::get);
      Thread thread = new Thread(task, "news-dedup-containment-candidates");
      thread.setDaemon(true);
      thread.start();
      long[] banded = CandidateSearch.bandCandidates(signatures, bands);
      candidates = CandidateSearch.union(banded, Futures.awaitUnchecked(task, "candidates"));
    } else {
      candidates =
          CandidateSearch.union(
              CandidateSearch.bandCandidates(signatures, bands), containment.get());
    }
    int m = candidates.length;
    Verdict[] verdicts = new Verdict[m];
    parallel(
        m,
        listener,
        "verify",
        c -> {
          Verdict v = judge(prepared[(int) (candidates[c] >>> 32)], prepared[(int) candidates[c]]);
          if (v.rule() != null) {
            verdicts[c] = v;
          }
        });
    int kept = 0;
    for (Verdict v : verdicts) {
      if (v != null) {
        kept++;
      }
    }
    long[] pairs = new long[kept];
    Verdict[] keptVerdicts = new Verdict[kept];
    int w = 0;
    for (int c = 0; c < m; c++) {
      if (verdicts[c] != null) {
        pairs[w] = candidates[c];
        keptVerdicts[w] = verdicts[c];
        w++;
      }
    }
    return new Verified(pairs, keptVerdicts);
  }

  /**
   * The batch boilerplate rule: a sentence of at least {@value #MIN_BOILERPLATE_SENTENCE_WORDS}
   * words that occurs in articles of at least {@code boilerplateMinGroups} different groups is a
   * site's template (cookie and newsletter lines, footers, stock comment phrases), not article
   * text: copies of one article share their sentences within one group, so sentences of the article
   * itself are never removed by copies alone. Returns whether any article changed.
   */
  private boolean removeBoilerplate(Prepared[] prepared, int[] rep, ProgressListener listener) {
    int n = prepared.length;
    int groupBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    long groupMask = (1L << groupBits) - 1;
    long seed = config.seed();
    int total = 0;
    for (Prepared p : prepared) {
      total += p.text.sentenceCount();
    }
    long[] entries = new long[total];
    int m = 0;
    for (int i = 0; i < n; i++) {
      TokenizedText t = prepared[i].text;
      for (int s = 0; s < t.sentenceCount(); s++) {
        if (t.sentenceEnd(s) - t.sentenceStart(s) >= MIN_BOILERPLATE_SENTENCE_WORDS) {
          entries[m++] = (t.sentenceHash(s, seed) & ~groupMask) | rep[i];
        }
      }
    }
    Arrays.sort(entries, 0, m);
    long[] boilerplate = new long[m];
    int b = 0;
    int start = 0;
    while (start < m) {
      long key = entries[start] & ~groupMask;
      int distinct = 1;
      int end = start + 1;
      while (end < m && (entries[end] & ~groupMask) == key) {
        if (entries[end] != entries[end - 1]) {
          distinct++;
        }
        end++;
      }
      if (distinct >= config.boilerplateMinGroups()) {
        boilerplate[b++] = key;
      }
      start = end;
    }
    if (b == 0) {
      return false;
    }
    long[] keys = Arrays.copyOf(boilerplate, b);
    AtomicLong changed = new AtomicLong();
    parallel(
        n,
        listener,
        "boilerplate",
        i -> {
          Prepared p = prepared[i];
          TokenizedText t = p.text;
          boolean[] drop = new boolean[t.sentenceCount()];
          boolean any = false;
          for (int s = 0; s < drop.length; s++) {
            if (t.sentenceEnd(s) - t.sentenceStart(s) >= MIN_BOILERPLATE_SENTENCE_WORDS
                && Arrays.binarySearch(keys, t.sentenceHash(s, seed) & ~groupMask) >= 0) {
              drop[s] = true;
              any = true;
            }
          }
          if (any) {
            fingerprintText(p, t.without(drop));
            changed.incrementAndGet();
          }
        });
    return changed.get() > 0;
  }

  private static List<DuplicateGroup> groups(String[] ids, int[] rep, Verified verified) {
    return StarGrouping.groups(
        ids,
        rep,
        verified.pairs,
        (c, first, second) -> {
          Verdict v = verified.verdicts[c];
          return new Match(first, second, v.similarity(), v.rule(), v.score());
        });
  }

  // ---- parallelism

  private void parallel(int n, ProgressListener listener, String stage, IntConsumer body) {
    listener.progress(stage, 0, n);
    if (n == 0) {
      return;
    }
    int threads = config.threads();
    AtomicLong done = new AtomicLong();
    int step = Math.max(1, Math.min(10_000, n / 20));
    IntConsumer withProgress =
        i -> {
          body.accept(i);
          long d = done.incrementAndGet();
          if (d % step == 0 || d == n) {
            listener.progress(stage, d, n);
          }
        };
    if (threads == 1 || n < 64) {
      for (int i = 0; i < n; i++) {
        withProgress.accept(i);
      }
      return;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      Futures.awaitUnchecked(
          pool.submit(() -> IntStream.range(0, n).parallel().forEach(withProgress)), stage);
    } finally {
      pool.shutdown();
    }
  }
}
