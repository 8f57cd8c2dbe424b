package io.github.newsdedup;

import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.internal.Parallel;
import io.github.newsdedup.internal.Progress;
import io.github.newsdedup.internal.grouping.BatchGrouping;
import io.github.newsdedup.internal.grouping.StarGrouping;
import io.github.newsdedup.internal.grouping.VerifiedPairs;
import io.github.newsdedup.internal.lsh.ContainmentRule;
import io.github.newsdedup.internal.lsh.LshBands;
import io.github.newsdedup.internal.shingle.TokenizedText;
import io.github.newsdedup.minhash.HashScheme;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The detector: the pipeline of {@link NearDuplicateDetector}, parallel over articles. It wires the
 * stages together; each stage has its own class ({@link ArticleFingerprinter}, {@link
 * BatchGrouping}, {@link Verifier}, {@link StarGrouping}, {@link BoilerplateRule}).
 */
final class DefaultNearDuplicateDetector implements NearDuplicateDetector {
  private final DetectorConfig config;
  private final RepresentativePolicy policy;
  private final Executor executor; // null: the shared pool
  private final ArticleFingerprinter fingerprinter;
  private final Verifier verifier;
  private final LshBands bands;
  private final ContainmentRule containmentRule;
  private final PairExplainer explainer;

  DefaultNearDuplicateDetector(DetectorConfig config) {
    this(config, RepresentativePolicy.mostComplete(), null);
  }

  /**
   * @param executor runs helper threads, or null for the library's shared pool
   */
  DefaultNearDuplicateDetector(
      DetectorConfig config, RepresentativePolicy policy, Executor executor) {
    this.policy = policy;
    this.executor = executor;
    this.config = config;
    this.fingerprinter = new ArticleFingerprinter(config.shape());
    this.verifier = new Verifier(config);
    this.bands = new LshBands(config.shape().bands(), config.shape().rows());
    DetectorConfig.Thresholds t = config.thresholds();
    this.containmentRule =
        new ContainmentRule(
            t.minContainedShingles(), t.containmentThreshold(), t.maxSampleFrequency());
    this.explainer = new PairExplainer(config, fingerprinter, verifier);
  }

  @Override
  public DetectorConfig config() {
    return config;
  }

  @Override
  public Fingerprint fingerprint(Article article) {
    Objects.requireNonNull(article, "article");
    return fingerprinter.fingerprint(article);
  }

  @Override
  public Similarity similarity(Article a, Article b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return Verifier.exactSimilarity(
        fingerprinter.fingerprint(a).shinglesView(), fingerprinter.fingerprint(b).shinglesView());
  }

  @Override
  public Similarity similarity(Fingerprint a, Fingerprint b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    a.checkComparable(b);
    return Verifier.similarity(a, b);
  }

  @Override
  public Explanation explain(Article a, Article b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return explainer.explain(a, b);
  }

  @Override
  public List<Explanation> explainGroups(
      Collection<Article> articles, Collection<DuplicateGroup> groups, ProgressListener listener) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(listener, "listener");
    try (Parallel parallel = Parallel.of(config.threads())) {
      return explainer.explainGroups(
          List.copyOf(articles), List.copyOf(groups), parallel, listener::progress);
    }
  }

  @Override
  public Optional<Match> verify(Fingerprint a, Fingerprint b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    a.checkComparable(b);
    Verifier.Verdict v = verifier.judge(a, b);
    if (!v.accepted() || a.id().equals(b.id())) {
      return Optional.empty();
    }
    boolean aFirst = a.id().compareTo(b.id()) < 0;
    return Optional.of(v.toMatch(aFirst ? a.id() : b.id(), aFirst ? b.id() : a.id()));
  }

  @Override
  public List<DuplicateGroup> group(Collection<Article> articles, ProgressListener listener) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(listener, "listener");
    List<Article> list = List.copyOf(articles);
    checkUniqueIds(list.stream().map(Article::id).toList());
    int n = list.size();
    Fingerprint[] fingerprints = new Fingerprint[n];
    boolean exact = config.exactVerification();
    boolean boilerplate = exact && config.thresholds().boilerplateMinGroups() > 0;
    TokenizedText[] texts = boilerplate ? new TokenizedText[n] : null;
    Progress progress = listener::progress;
    try (Parallel parallel = Parallel.of(config.threads(), executor)) {
      parallel.forEach(
          n,
          "fingerprint",
          progress,
          i -> {
            ArticleFingerprinter.Fingerprinted f = fingerprinter.fingerprinted(list.get(i));
            // Estimate mode keeps ~1 KB per article: signature, sample and count only.
            fingerprints[i] = exact ? f.fingerprint() : f.fingerprint().withoutShingles();
            if (texts != null) {
              texts[i] = f.text();
            }
          });
      String[] ids = ids(fingerprints);
      VerifiedPairs<Verifier.Verdict> verified =
          candidatesAndVerify(fingerprints, parallel, progress);
      long[] ranks = ranks(list);
      int[] rep = StarGrouping.representatives(ids, counts(fingerprints), verified.pairs(), ranks);
      if (boilerplate && removeBoilerplate(fingerprints, texts, rep, parallel, progress)) {
        verified = candidatesAndVerify(fingerprints, parallel, progress);
        rep = StarGrouping.representatives(ids, counts(fingerprints), verified.pairs(), ranks);
      }
      return groups(ids, rep, verified);
    }
  }

  @Override
  public List<DuplicateGroup> groupFingerprints(
      Collection<Fingerprint> fingerprints, ProgressListener listener) {
    Objects.requireNonNull(fingerprints, "fingerprints");
    Objects.requireNonNull(listener, "listener");
    Fingerprint[] list = fingerprints.toArray(new Fingerprint[0]);
    checkUniqueIds(Arrays.stream(list).map(Fingerprint::id).toList());
    DetectorConfig.Shape shape = config.shape();
    for (Fingerprint f : list) {
      Checks.checkArgument(
          f.scheme() == HashScheme.current()
              && f.shingleSize() == shape.shingleSize()
              && f.seed() == shape.seed()
              && f.signatureView().length == shape.signatureLength(),
          "fingerprint %s was made with another configuration (scheme %s, shingle size %d, seed %d,"
              + " signature length %d) than this detector (%s, %d, %d, %d)",
          f.id(),
          f.scheme(),
          f.shingleSize(),
          f.seed(),
          f.signatureView().length,
          HashScheme.current(),
          shape.shingleSize(),
          shape.seed(),
          shape.signatureLength());
    }
    Progress progress = listener::progress;
    try (Parallel parallel = Parallel.of(config.threads(), executor)) {
      String[] ids = ids(list);
      VerifiedPairs<Verifier.Verdict> verified = candidatesAndVerify(list, parallel, progress);
      int[] rep = StarGrouping.representatives(ids, counts(list), verified.pairs());
      return groups(ids, rep, verified);
    }
  }

  /** The representative policy's rank of each article, or null for the default policy. */
  private long[] ranks(List<Article> list) {
    if (policy.equals(RepresentativePolicy.mostComplete())) {
      return null;
    }
    long[] ranks = new long[list.size()];
    for (int i = 0; i < ranks.length; i++) {
      ranks[i] = policy.rank(list.get(i));
    }
    return ranks;
  }

  private static void checkUniqueIds(List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      Checks.checkArgument(seen.add(id), "article ids must be unique, got %s twice", id);
    }
  }

  private static String[] ids(Fingerprint[] fingerprints) {
    String[] ids = new String[fingerprints.length];
    for (int i = 0; i < fingerprints.length; i++) {
      ids[i] = fingerprints[i].id();
    }
    return ids;
  }

  private static int[] counts(Fingerprint[] fingerprints) {
    int[] counts = new int[fingerprints.length];
    for (int i = 0; i < fingerprints.length; i++) {
      counts[i] = fingerprints[i].shingleCount();
    }
    return counts;
  }

  private VerifiedPairs<Verifier.Verdict> candidatesAndVerify(
      Fingerprint[] fingerprints, Parallel parallel, Progress progress) {
    int n = fingerprints.length;
    int[] counts = counts(fingerprints);
    int[][] signatures = new int[n][];
    long[][] samples = new long[n][];
    for (int i = 0; i < n; i++) {
      if (counts[i] > 0) {
        signatures[i] = fingerprints[i].signatureView();
        samples[i] = fingerprints[i].sampleView();
      }
    }
    VerifiedPairs.PairJudge<Verifier.Verdict> judge =
        (i, j) -> {
          Verifier.Verdict v = verifier.judge(fingerprints[i], fingerprints[j]);
          return v.accepted() ? v : null;
        };
    BatchGrouping.Articles articles =
        new BatchGrouping.Articles(ids(fingerprints), counts, signatures, samples);
    return new BatchGrouping(bands, containmentRule, parallel, progress)
        .verify(articles, () -> judge);
  }

  /**
   * Applies the batch boilerplate rule: removes the boilerplate sentences and re-fingerprints the
   * articles that had any. Returns whether any article changed.
   */
  private boolean removeBoilerplate(
      Fingerprint[] fingerprints,
      TokenizedText[] texts,
      int[] rep,
      Parallel parallel,
      Progress progress) {
    BoilerplateRule rule =
        BoilerplateRule.find(
            texts, rep, config.thresholds().boilerplateMinGroups(), config.shape().seed());
    if (rule.isEmpty()) {
      return false;
    }
    AtomicLong changed = new AtomicLong();
    parallel.forEach(
        fingerprints.length,
        "boilerplate",
        progress,
        i -> {
          boolean[] drop = rule.boilerplateSentences(texts[i]);
          if (drop != null) {
            texts[i] = texts[i].without(drop);
            fingerprints[i] = fingerprinter.fingerprint(fingerprints[i].id(), texts[i]);
            changed.incrementAndGet();
          }
        });
    return changed.get() > 0;
  }

  private static List<DuplicateGroup> groups(
      String[] ids, int[] rep, VerifiedPairs<Verifier.Verdict> verified) {
    return BatchGrouping.stars(
        ids, rep, verified, (v, first, second) -> v.toMatch(first, second), DuplicateGroup::new);
  }
}
