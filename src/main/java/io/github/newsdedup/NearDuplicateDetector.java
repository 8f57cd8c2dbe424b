package io.github.newsdedup;

import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.internal.lsh.LshBands;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Finds copies of news articles: normalizes, fingerprints (word shingles, MinHash), finds candidate
 * pairs (LSH banding for resemblance, a content-defined shingle sample for containment), verifies
 * them and groups the verified pairs around representatives.
 *
 * <pre>{@code
 * NearDuplicateDetector detector = NearDuplicateDetector.builder()
 *     .shingleSize(5)
 *     .signatureLength(128)
 *     .containmentThreshold(0.8)
 *     .build();
 * List<DuplicateGroup> groups = detector.group(List.of(
 *     Article.of("wire", "The minister said on Tuesday that talks would resume next week ..."),
 *     Article.of("repost", "Advertisement\nThe minister said on Tuesday that talks ...")));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public interface NearDuplicateDetector {

  /**
   * Returns a new builder with every option at its default.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a detector with every option at its default.
   *
   * @return the detector
   */
  static NearDuplicateDetector withDefaults() {
    return builder().build();
  }

  /**
   * Returns a detector for a resolved configuration, for example one read back from an index.
   *
   * @param config the configuration
   * @return the detector
   */
  static NearDuplicateDetector of(DetectorConfig config) {
    return new DefaultNearDuplicateDetector(Objects.requireNonNull(config, "config"));
  }

  /** {@return the resolved configuration} */
  DetectorConfig config();

  /**
   * Computes the fingerprint of one article, full shingle set included. Page chrome is removed by
   * the per-article rules only; the batch boilerplate rule needs {@link #group}.
   *
   * @param article the article
   * @return its fingerprint
   * @throws NullPointerException if {@code article} is null
   */
  Fingerprint fingerprint(Article article);

  /**
   * Returns the exact similarity of two articles.
   *
   * @param a an article
   * @param b another article
   * @return exact Jaccard and containment of the shorter in the longer
   * @throws NullPointerException if an argument is null
   */
  Similarity similarity(Article a, Article b);

  /**
   * Returns the similarity of two fingerprints: exact when both kept their shingle sets, estimated
   * from signatures and samples otherwise.
   *
   * @param a a fingerprint
   * @param b another fingerprint
   * @return the similarity
   * @throws IllegalArgumentException if the fingerprints were made with different schemes, shingle
   *     sizes, seeds or signature lengths
   */
  Similarity similarity(Fingerprint a, Fingerprint b);

  /**
   * Verifies a pair against this detector's thresholds.
   *
   * @param a a fingerprint
   * @param b another fingerprint
   * @return the match when the pair passes the resemblance or the containment rule
   * @throws IllegalArgumentException if the fingerprints are not comparable
   */
  Optional<Match> verify(Fingerprint a, Fingerprint b);

  /**
   * Explains the verdict on a pair: the exact similarity of their fingerprints, the rule that
   * accepted them or each rule's value beside its threshold, the passages they share and the page
   * chrome that normalization dropped from each, all as char ranges of the bodies as given. Slower
   * than {@link #similarity(Article, Article)} (the bodies are normalized a second time, keeping
   * offsets): meant for showing evidence, not for batches. The batch boilerplate rule of {@link
   * #group} does not apply to a pair.
   *
   * <pre>{@code
   * Explanation e = detector.explain(wire, repost);
   * for (Explanation.Passage p : e.passages()) {
   *   System.out.println(wire.body().substring(p.a().start(), p.a().end()));
   * }
   * }</pre>
   *
   * @param a an article
   * @param b another article
   * @return the explanation
   * @throws NullPointerException if an argument is null
   */
  Explanation explain(Article a, Article b);

  /**
   * Explains every copy of every group against its group's representative, as {@link
   * #explain(Article, Article)} does, but with the batch boilerplate rule of {@link #group}
   * applied: sentences found in articles of at least {@code boilerplateMinGroups} of the given
   * groups are left out of the comparison and listed as dropped ({@link
   * Explanation.DropReason#BOILERPLATE}), so the scores are those {@code group} computed. For
   * review reports over a grouped batch.
   *
   * @param articles the batch, with unique ids
   * @param groups its groups, as {@link #group} returned them
   * @param listener receives progress per stage
   * @return one explanation per member that is not its group's representative, group by group in
   *     the order given, members in group order
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if two articles share an id or a group names an article not
   *     in {@code articles}
   */
  List<Explanation> explainGroups(
      Collection<Article> articles, Collection<DuplicateGroup> groups, ProgressListener listener);

  /**
   * Groups articles: every input article ends in exactly one group; singletons are groups of one.
   * Groups are ordered by size (largest first), then representative id.
   *
   * @param articles the articles, with unique ids
   * @return the groups
   * @throws NullPointerException if {@code articles} or an element is null
   * @throws IllegalArgumentException if two articles share an id
   */
  default List<DuplicateGroup> group(Collection<Article> articles) {
    return group(articles, ProgressListener.NONE);
  }

  /**
   * Groups articles, reporting progress to {@code listener}.
   *
   * @param articles the articles, with unique ids
   * @param listener receives progress per stage
   * @return the groups
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if two articles share an id
   */
  List<DuplicateGroup> group(Collection<Article> articles, ProgressListener listener);

  /**
   * Groups precomputed fingerprints with the same candidate search, verification and grouping as
   * {@link #group(Collection)}, but without the batch boilerplate rule (which needs the text).
   *
   * @param fingerprints fingerprints with unique ids made by a compatible detector
   * @param listener receives progress per stage
   * @return the groups
   * @throws IllegalArgumentException if ids repeat or fingerprints are not comparable
   */
  List<DuplicateGroup> groupFingerprints(
      Collection<Fingerprint> fingerprints, ProgressListener listener);

  /**
   * Builds a {@link NearDuplicateDetector}. Mutable and not thread-safe; {@link #build()} can be
   * called repeatedly. Each option is validated when set (an {@link IllegalArgumentException} names
   * option and value); setting an option again replaces the earlier value, so a wrapper can set
   * defaults and let its caller override them.
   *
   * <p>Defaults:
   *
   * <ul>
   *   <li>{@code shingleSize} {@value #DEFAULT_SHINGLE_SIZE} words
   *   <li>{@code signatureLength} {@value #DEFAULT_SIGNATURE_LENGTH} values
   *   <li>{@code bands} and {@code rows}: derived from the resemblance threshold t as the longest
   *       rows (the fewest chance candidates) for which {@code floor(signatureLength / rows)} bands
   *       give a pair at Jaccard t a candidate probability of at least {@value
   *       #TARGET_CANDIDATE_PROBABILITY}; 42 bands of 3 rows at the defaults. Setting only {@code
   *       bands} requires it to divide the signature length
   *   <li>{@code seed} {@value #DEFAULT_SEED}
   *   <li>{@code resemblanceThreshold} {@value #DEFAULT_RESEMBLANCE_THRESHOLD}
   *   <li>{@code containmentThreshold} {@value #DEFAULT_CONTAINMENT_THRESHOLD}
   *   <li>{@code minContainedShingles} {@value #DEFAULT_MIN_CONTAINED_SHINGLES}: about three
   *       sentences, so a stub is never "contained" in everything
   *   <li>{@code alignmentThreshold} {@value #DEFAULT_ALIGNMENT_THRESHOLD}
   *   <li>{@code sampleRate} {@value #DEFAULT_SAMPLE_RATE}: one shingle in eight goes to the
   *       containment sample
   *   <li>{@code maxSampleFrequency} {@value #DEFAULT_MAX_SAMPLE_FREQUENCY}
   *   <li>{@code boilerplateMinGroups} {@value #DEFAULT_BOILERPLATE_MIN_GROUPS}
   *   <li>{@code exactVerification} {@code true}
   *   <li>{@code representative}: {@link RepresentativePolicy#mostComplete()}
   *   <li>{@code threads}: the number of available processors
   *   <li>{@code executor}: a pool shared by the library, sized to the cores
   * </ul>
   */
  final class Builder {
    /** Largest accepted thread count: {@value}, far above any useful count, below a JVM's limit. */
    public static final int MAX_THREADS = 1024;

    /** Default words per shingle. */
    public static final int DEFAULT_SHINGLE_SIZE = 5;

    /** Default MinHash values per signature. */
    public static final int DEFAULT_SIGNATURE_LENGTH = 128;

    /** Default hash seed. */
    public static final long DEFAULT_SEED = 20240607L;

    /** Default Jaccard resemblance threshold. */
    public static final double DEFAULT_RESEMBLANCE_THRESHOLD = 0.5;

    /** Default containment threshold. */
    public static final double DEFAULT_CONTAINMENT_THRESHOLD = 0.8;

    /** Default minimum shingles of the shorter article for a containment match. */
    public static final int DEFAULT_MIN_CONTAINED_SHINGLES = 50;

    /** Default alignment threshold (share of the shorter article's words that align). */
    public static final double DEFAULT_ALIGNMENT_THRESHOLD = 0.85;

    /** Default containment sampling rate (one in this many shingles). */
    public static final int DEFAULT_SAMPLE_RATE = 8;

    /** Default cap on the article frequency of a sampled shingle used for candidates. */
    public static final int DEFAULT_MAX_SAMPLE_FREQUENCY = 1000;

    /** Default number of distinct groups a sentence must occur in to count as boilerplate. */
    public static final int DEFAULT_BOILERPLATE_MIN_GROUPS = 3;

    /** Candidate probability at the resemblance threshold that derived bands must reach. */
    public static final double TARGET_CANDIDATE_PROBABILITY = 0.995;

    private int shingleSize = -1;
    private int signatureLength = -1;
    private int bands = -1;
    private int rows = -1;
    private Long seed;
    private double resemblanceThreshold = -1;
    private double containmentThreshold = -1;
    private int minContainedShingles = -1;
    private double alignmentThreshold = -1;
    private int sampleRate = -1;
    private int maxSampleFrequency = -1;
    private int boilerplateMinGroups = -1;
    private Boolean exactVerification;
    private int threads = -1;

    private RepresentativePolicy representative = RepresentativePolicy.mostComplete();
    private Executor executor; // null: the library's shared pool

    Builder() {}

    /**
     * Sets the number of words per shingle. Larger values are stricter about word order.
     *
     * @param value in {@code [1, 16]}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder shingleSize(int value) {
      shingleSize = ConfigChecks.shingleSize(value);
      return this;
    }

    /**
     * Sets the number of MinHash values per signature; more values estimate more precisely.
     *
     * @param value in {@code [8, 4096]}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder signatureLength(int value) {
      signatureLength = ConfigChecks.signatureLength(value);
      return this;
    }

    /**
     * Sets the number of LSH bands explicitly instead of deriving it from the threshold. It must
     * divide the signature length (checked by {@link #build()}).
     *
     * @param value a positive number of bands
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder bands(int value) {
      bands = ConfigChecks.bands(value);
      return this;
    }

    /**
     * Sets the number of signature values per LSH band explicitly. With {@link #bands} unset, the
     * bands are {@code signatureLength / rows}.
     *
     * @param value a positive number of rows
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder rows(int value) {
      rows = ConfigChecks.rows(value);
      return this;
    }

    /**
     * Sets the seed of the hash family. Fingerprints are comparable only under the same seed.
     *
     * @param value any value
     * @return this builder
     */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /**
     * Sets the Jaccard resemblance at or above which two articles are copies.
     *
     * @param value in {@code (0, 1]}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder resemblanceThreshold(double value) {
      resemblanceThreshold = ConfigChecks.resemblanceThreshold(value);
      return this;
    }

    /**
     * Sets the share of the shorter article's shingles that must lie in the longer for a
     * containment match (an article inside a longer page).
     *
     * @param value in {@code (0, 1]}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder containmentThreshold(double value) {
      containmentThreshold = ConfigChecks.containmentThreshold(value);
      return this;
    }

    /**
     * Sets how many shingles the shorter article needs before it can match by containment.
     *
     * @param value a count in {@code [1, }{@value #MAX_THREADS}{@code ]}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder minContainedShingles(int value) {
      minContainedShingles = ConfigChecks.minContainedShingles(value);
      return this;
    }

    /**
     * Sets the alignment rule: a pair matches when at least this share of the shorter article's
     * words align, in order, with the longer one, tolerating isolated changed words (OCR noise,
     * misspellings, synonym swaps). The short rule (two short texts aligning with each other) uses
     * the same share. 0 disables both, and the lead rule for teasers ({@link MatchRule#LEAD}).
     *
     * @param value 0 or in {@code (0, 1]}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder alignmentThreshold(double value) {
      alignmentThreshold = ConfigChecks.alignmentThreshold(value);
      return this;
    }

    /**
     * Sets the containment sampling rate: shingles whose hash is 0 modulo this value form the
     * sample used to find containment candidates.
     *
     * @param value in {@code [1, 1024]}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder sampleRate(int value) {
      sampleRate = ConfigChecks.sampleRate(value);
      return this;
    }

    /**
     * Sets the article frequency above which a sampled shingle is ignored for containment
     * candidates.
     *
     * @param value at least 2
     * @return this builder
     * @throws IllegalArgumentException if below 2
     */
    public Builder maxSampleFrequency(int value) {
      maxSampleFrequency = ConfigChecks.maxSampleFrequency(value);
      return this;
    }

    /**
     * Sets the batch boilerplate rule: a sentence that occurs in articles of at least this many
     * different groups is site boilerplate and is removed before the final grouping. 0 disables it.
     *
     * @param value 0 or at least 2
     * @return this builder
     * @throws IllegalArgumentException if 1 or negative
     */
    public Builder boilerplateMinGroups(int value) {
      boilerplateMinGroups = ConfigChecks.boilerplateMinGroups(value);
      return this;
    }

    /**
     * Sets whether {@link NearDuplicateDetector#group} verifies candidates on the full shingle sets
     * (exact; keeps the tokens, about 16 KB per 500-word article) or on signature and sample
     * estimates (about 1 KB per article, for millions of articles in one batch). Estimate mode
     * skips the batch boilerplate rule and the alignment, lead and short rules, which need the
     * text.
     *
     * @param value {@code true} for exact verification
     * @return this builder
     */
    public Builder exactVerification(boolean value) {
      exactVerification = value;
      return this;
    }

    /**
     * Sets which article of a group becomes its representative (default {@link
     * RepresentativePolicy#mostComplete()}). It changes who is visited first by grouping, never
     * which pairs match.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder representative(RepresentativePolicy policy) {
      representative = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the executor that runs the detector's helper threads (default: one pool shared by the
     * library, sized to the cores). A call uses at most {@code threads} threads, its own included;
     * it works on its own thread too, so a busy executor slows it down but never stalls it. Pass an
     * application's pool, or {@code Executors.newVirtualThreadPerTaskExecutor()} on a JDK that has
     * it.
     *
     * @param executor the executor; the detector never shuts it down
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sets the number of worker threads.
     *
     * @param value a count in {@code [1, }{@value #MAX_THREADS}{@code ]}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder threads(int value) {
      threads = ConfigChecks.threads(value);
      return this;
    }

    /**
     * Returns the configuration these options resolve to, defaults and derived bands included.
     *
     * @return the configuration
     * @throws IllegalArgumentException if options conflict, e.g. bands that do not divide the
     *     signature length
     */
    public DetectorConfig config() {
      int k = signatureLength == -1 ? DEFAULT_SIGNATURE_LENGTH : signatureLength;
      double t = resemblanceThreshold == -1 ? DEFAULT_RESEMBLANCE_THRESHOLD : resemblanceThreshold;
      int r;
      int b;
      if (bands == -1 && rows == -1) {
        r = deriveRows(k, t);
        b = k / r;
      } else if (rows == -1) {
        Checks.checkArgument(
            k % bands == 0, "bands must divide signatureLength (%d), got %d", k, bands);
        b = bands;
        r = k / bands;
      } else {
        r = rows;
        b = bands == -1 ? Math.max(1, k / rows) : bands;
      }
      return new DetectorConfig(
          new DetectorConfig.Shape(
              shingleSize == -1 ? DEFAULT_SHINGLE_SIZE : shingleSize,
              k,
              b,
              r,
              seed == null ? DEFAULT_SEED : seed,
              sampleRate == -1 ? DEFAULT_SAMPLE_RATE : sampleRate),
          new DetectorConfig.Thresholds(
              t,
              containmentThreshold == -1 ? DEFAULT_CONTAINMENT_THRESHOLD : containmentThreshold,
              minContainedShingles == -1 ? DEFAULT_MIN_CONTAINED_SHINGLES : minContainedShingles,
              alignmentThreshold == -1 ? DEFAULT_ALIGNMENT_THRESHOLD : alignmentThreshold,
              maxSampleFrequency == -1 ? DEFAULT_MAX_SAMPLE_FREQUENCY : maxSampleFrequency,
              boilerplateMinGroups == -1 ? DEFAULT_BOILERPLATE_MIN_GROUPS : boilerplateMinGroups),
          exactVerification == null || exactVerification,
          threads == -1 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads);
    }

    /**
     * Builds the detector.
     *
     * @return an immutable, thread-safe detector
     * @throws IllegalArgumentException if options conflict
     */
    public NearDuplicateDetector build() {
      return new DefaultNearDuplicateDetector(config(), representative, executor);
    }

    /**
     * Returns the longest rows r (so the fewest chance candidates between unrelated articles, about
     * {@code bands * J^r} per pair) for which {@code floor(signatureLength / r)} bands still reach
     * {@link #TARGET_CANDIDATE_PROBABILITY} at Jaccard {@code threshold}; 1 if none does.
     */
    static int deriveRows(int signatureLength, double threshold) {
      for (int r = signatureLength; r > 1; r--) {
        int b = signatureLength / r;
        if (LshBands.candidateProbability(threshold, b, r) >= TARGET_CANDIDATE_PROBABILITY) {
          return r;
        }
      }
      return 1;
    }
  }
}
