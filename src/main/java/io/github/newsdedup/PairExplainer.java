package io.github.newsdedup;

import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.internal.Parallel;
import io.github.newsdedup.internal.Progress;
import io.github.newsdedup.internal.shingle.TokenizedText;
import io.github.newsdedup.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explains a pair: the verdict and the scores come from the real fingerprints and the {@link
 * Verifier}; the passages from the shingles of the {@link TracedText}s, which are the fingerprints'
 * shingles located in the bodies. Immutable and thread-safe.
 */
final class PairExplainer {
  /** Runs of shared shingles at most this many words apart (a changed word or two) are merged. */
  static final int MERGE_GAP = 3;

  /** Positions kept per shingle hash of the second text; more repeats add no passage. */
  private static final int MAX_REPEATS = 16;

  private final DetectorConfig config;
  private final ArticleFingerprinter fingerprinter;
  private final Verifier verifier;
  private final TextNormalizer normalizer = TextNormalizer.newsDefault();

  PairExplainer(DetectorConfig config, ArticleFingerprinter fingerprinter, Verifier verifier) {
    this.config = config;
    this.fingerprinter = fingerprinter;
    this.verifier = verifier;
  }

  /** An article's fingerprint and traced text. */
  private record Prepared(Article article, Fingerprint fingerprint, TracedText text) {}

  /**
   * The last first article of each thread: a report explains each member of a group against the
   * same representative, mostly one after another on one thread.
   */
  private final ThreadLocal<Prepared> last = new ThreadLocal<>();

  /** Bodies longer than this are not kept by {@link #last}. */
  private static final int MAX_KEPT_CHARS = 1 << 20;

  private Prepared prepare(Article article) {
    return new Prepared(
        article,
        fingerprinter.fingerprint(article),
        TracedText.of(article, normalizer, config.shape().seed()));
  }

  Explanation explain(Article a, Article b) {
    Prepared pa = last.get();
    if (pa == null || pa.article() != a) {
      pa = prepare(a);
      // Kept only for ordinary articles: a thread does not hold on to a huge body.
      last.set(a.body().length() <= MAX_KEPT_CHARS ? pa : null);
    }
    return explain(pa, prepare(b));
  }

  private Explanation explain(Prepared pa, Prepared pb) {
    Fingerprint fa = pa.fingerprint();
    Fingerprint fb = pb.fingerprint();
    Verifier.Verdict verdict = verifier.judge(fa, fb);
    TracedText ta = pa.text();
    TracedText tb = pb.text();
    return new Explanation(
        pa.article().id(),
        pb.article().id(),
        verdict.similarity(),
        Optional.ofNullable(verdict.rule()),
        rules(fa, fb, verdict),
        passages(ta, tb),
        ta.dropped(),
        tb.dropped());
  }

  /**
   * Explains each member of each group against its representative, with the batch boilerplate rule
   * applied as {@link NearDuplicateDetector#group} applies it, the given groups standing for the
   * grouping the rule counts groups in.
   */
  List<Explanation> explainGroups(
      List<Article> articles, List<DuplicateGroup> groups, Parallel parallel, Progress progress) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      Checks.checkArgument(
          index.put(articles.get(i).id(), i) == null,
          "article ids must be unique, got %s twice",
          articles.get(i).id());
    }
    int n = articles.size();
    int[] rep = new int[n];
    for (int i = 0; i < n; i++) {
      rep[i] = i;
    }
    List<int[]> pairs = new ArrayList<>();
    for (DuplicateGroup g : groups) {
      int r = indexOf(index, g.representative());
      for (String member : g.members()) {
        int m = indexOf(index, member);
        rep[m] = r;
        if (m != r) {
          pairs.add(new int[] {r, m});
        }
      }
    }
    DetectorConfig.Thresholds t = config.thresholds();
    TokenizedText[] texts = new TokenizedText[n];
    BoilerplateRule rule = null;
    if (config.exactVerification() && t.boilerplateMinGroups() > 0) {
      parallel.forEach(
          n,
          "boilerplate",
          progress,
          i -> texts[i] = fingerprinter.fingerprinted(articles.get(i)).text());
      rule = BoilerplateRule.find(texts, rep, t.boilerplateMinGroups(), config.shape().seed());
    }
    BoilerplateRule boilerplate = rule == null || rule.isEmpty() ? null : rule;
    Explanation[] out = new Explanation[pairs.size()];
    ThreadLocal<Prepared> lastRep = new ThreadLocal<>();
    parallel.forEach(
        pairs.size(),
        "explain",
        progress,
        p -> {
          int r = pairs.get(p)[0];
          int m = pairs.get(p)[1];
          Prepared pr = lastRep.get();
          if (pr == null || pr.article() != articles.get(r)) {
            pr = prepare(articles.get(r), texts[r], boilerplate);
            lastRep.set(pr);
          }
          out[p] = explain(pr, prepare(articles.get(m), texts[m], boilerplate));
        });
    return List.of(out);
  }

  private static int indexOf(Map<String, Integer> index, String id) {
    Integer i = index.get(id);
    Checks.checkArgument(i != null, "group member %s is not among the articles", id);
    return i;
  }

  /** Prepares an article without the batch's boilerplate sentences. */
  private Prepared prepare(Article article, TokenizedText text, BoilerplateRule rule) {
    boolean[] drop = rule == null ? null : rule.boilerplateSentences(text);
    if (drop == null) {
      return prepare(article);
    }
    TracedText traced = TracedText.of(article, normalizer, config.shape().seed());
    int[] starts = new int[text.sentenceCount() + 1];
    for (int s = 0; s < text.sentenceCount(); s++) {
      starts[s] = text.sentenceStart(s);
    }
    starts[text.sentenceCount()] = text.tokenCount();
    Checks.checkState(
        traced.count() == text.tokenCount(),
        "traced and fingerprinted token counts differ for %s",
        article.id());
    return new Prepared(
        article,
        fingerprinter.fingerprint(article.id(), text.without(drop)),
        traced.withoutSentences(starts, drop));
  }

  private List<Explanation.RuleCheck> rules(
      Fingerprint a, Fingerprint b, Verifier.Verdict verdict) {
    DetectorConfig.Thresholds t = config.thresholds();
    Similarity s = verdict.similarity();
    List<Explanation.RuleCheck> rules = new ArrayList<>();
    rules.add(check(MatchRule.RESEMBLANCE, s.jaccard(), t.resemblanceThreshold(), verdict));
    rules.add(check(MatchRule.CONTAINMENT, s.containment(), t.containmentThreshold(), verdict));
    if (t.alignmentThreshold() > 0 && a.hasShingles() && b.hasShingles()) {
      boolean aShorter =
          a.shingleCount() < b.shingleCount()
              || (a.shingleCount() == b.shingleCount() && a.id().compareTo(b.id()) < 0);
      Fingerprint shorter = aShorter ? a : b;
      Fingerprint longer = aShorter ? b : a;
      int[] sequence = shorter.alignmentView();
      double coverage =
          Verifier.alignedCoverage(
              sequence,
              sequence.length,
              config.shape().shingleSize(),
              longer.alignmentIndex(),
              Verifier.ALIGNMENT_GAP,
              Verifier.MAX_SUBSTITUTION_RUN);
      rules.add(check(MatchRule.ALIGNMENT, coverage, t.alignmentThreshold(), verdict));
      rules.add(
          check(MatchRule.LEAD, verifier.leadAgreement(a, b), Verifier.LEAD_THRESHOLD, verdict));
      rules.add(
          check(MatchRule.SHORT, verifier.mutualAlignment(a, b), t.alignmentThreshold(), verdict));
    }
    return rules;
  }

  private static Explanation.RuleCheck check(
      MatchRule rule, double value, double threshold, Verifier.Verdict verdict) {
    // The accepting rule shows the score it accepted with.
    double v = verdict.rule() == rule ? verdict.score() : value;
    return new Explanation.RuleCheck(rule, v, threshold, verdict.rule() == rule);
  }

  /** A diagonal run: shingles {@code a + i} and {@code b + i} equal for {@code i < length}. */
  private record Run(int a, int b, int length) {}

  /** A passage in tokens: {@code [a, a + words)} and {@code [b, b + bWords)}. */
  private record Span(int a, int aEnd, int b, int bEnd) {}

  List<Explanation.Passage> passages(TracedText ta, TracedText tb) {
    if (ta.wholeText() || tb.wholeText()) {
      return wholeTextPassage(ta, tb);
    }
    int k = config.shape().shingleSize();
    long seed = config.shape().seed();
    long[] sa = ta.shingleHashes(k, seed);
    long[] sb = tb.shingleHashes(k, seed);
    int width = Math.min(k, Math.min(ta.count(), tb.count()));
    if (sa.length == 0 || sb.length == 0 || Math.min(k, ta.count()) != Math.min(k, tb.count())) {
      return List.of();
    }
    List<Run> chosen = chooseRuns(diagonalRuns(sa, positions(sb)), ta, tb, width);
    List<Explanation.Passage> passages = new ArrayList<>();
    for (Span span : spans(chosen, ta, tb)) {
      passages.add(passage(span, ta, tb));
    }
    return passages;
  }

  /** Where each shingle hash occurs in {@code sb}, at most {@link #MAX_REPEATS} places. */
  private static Map<Long, int[]> positions(long[] sb) {
    Map<Long, int[]> positions = new HashMap<>();
    for (int j = 0; j < sb.length; j++) {
      int[] list = positions.get(sb[j]);
      if (list == null) {
        positions.put(sb[j], new int[] {j});
      } else if (list.length < MAX_REPEATS) {
        list = Arrays.copyOf(list, list.length + 1);
        list[list.length - 1] = j;
        positions.put(sb[j], list);
      }
    }
    return positions;
  }

  /**
   * Diagonal runs {a, b, length} of shared shingles: (i, j) extends the run ending at (i-1, j-1).
   */
  private static List<int[]> diagonalRuns(long[] sa, Map<Long, int[]> positions) {
    List<int[]> runs = new ArrayList<>();
    Map<Integer, int[]> active = new HashMap<>();
    for (int i = 0; i < sa.length; i++) {
      int[] js = positions.get(sa[i]);
      Map<Integer, int[]> next = new HashMap<>();
      if (js != null) {
        for (int j : js) {
          int[] run = active.get(j - 1);
          if (run == null) {
            run = new int[] {i, j, 0};
            runs.add(run);
          }
          run[2]++;
          next.put(j, run);
        }
      }
      active = next;
    }
    return runs;
  }

  /**
   * Longest runs first; a run whose words overlap a chosen one on either side is dropped. Returns
   * the chosen runs in word units, in the order of {@code a}.
   */
  private static List<Run> chooseRuns(List<int[]> runs, TracedText ta, TracedText tb, int width) {
    runs.sort(
        Comparator.<int[]>comparingInt(r -> -r[2])
            .thenComparingInt(r -> r[0])
            .thenComparingInt(r -> r[1]));
    boolean[] usedA = new boolean[ta.count()];
    boolean[] usedB = new boolean[tb.count()];
    List<Run> chosen = new ArrayList<>();
    for (int[] r : runs) {
      int words = r[2] + width - 1;
      if (!anySet(usedA, r[0], words) && !anySet(usedB, r[1], words)) {
        Arrays.fill(usedA, r[0], r[0] + words, true);
        Arrays.fill(usedB, r[1], r[1] + words, true);
        chosen.add(new Run(r[0], r[1], words));
      }
    }
    chosen.sort(Comparator.comparingInt(Run::a));
    return chosen;
  }

  /** Cuts the runs at paragraph breaks of either side, then merges pieces a few words apart. */
  private static List<Span> spans(List<Run> chosen, TracedText ta, TracedText tb) {
    List<Span> spans = new ArrayList<>();
    for (Run r : chosen) {
      int from = 0;
      for (int d = 1; d <= r.length(); d++) {
        if (d == r.length() || ta.startsUnit(r.a() + d) || tb.startsUnit(r.b() + d)) {
          Span piece = new Span(r.a() + from, r.a() + d, r.b() + from, r.b() + d);
          Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
          if (last != null && mergeable(last, piece, ta, tb)) {
            spans.set(spans.size() - 1, new Span(last.a(), piece.aEnd(), last.b(), piece.bEnd()));
          } else {
            spans.add(piece);
          }
          from = d;
        }
      }
    }
    return spans;
  }

  /**
   * The passage of a span in both bodies; punctuation both bodies have right around the words
   * (quotes, a full stop) belongs to it.
   */
  private static Explanation.Passage passage(Span s, TracedText ta, TracedText tb) {
    Explanation.TextRange ra = ta.bodyRange(s.a(), s.aEnd());
    Explanation.TextRange rb = tb.bodyRange(s.b(), s.bEnd());
    String ba = ta.body();
    String bb = tb.body();
    int before = 0;
    while (before < MAX_PUNCTUATION
        && ra.start() - before > 0
        && rb.start() - before > 0
        && samePunctuation(
            ba.charAt(ra.start() - before - 1), bb.charAt(rb.start() - before - 1))) {
      before++;
    }
    int after = 0;
    while (after < MAX_PUNCTUATION
        && ra.end() + after < ba.length()
        && rb.end() + after < bb.length()
        && samePunctuation(ba.charAt(ra.end() + after), bb.charAt(rb.end() + after))) {
      after++;
    }
    return new Explanation.Passage(
        new Explanation.TextRange(ra.start() - before, ra.end() + after),
        new Explanation.TextRange(rb.start() - before, rb.end() + after),
        s.aEnd() - s.a());
  }

  /** Punctuation next to a passage that joins it when both bodies have it. */
  private static final int MAX_PUNCTUATION = 3;

  private static boolean samePunctuation(char x, char y) {
    return x == y && ".,;:!?\"'‘’“”«»()[]。，、".indexOf(x) >= 0;
  }

  /**
   * Texts without content units are fingerprinted as one shingle of all their words: they share all
   * their words, as one passage, or none.
   */
  private static List<Explanation.Passage> wholeTextPassage(TracedText ta, TracedText tb) {
    int n = ta.count();
    if (!ta.wholeText() || !tb.wholeText() || n == 0 || n != tb.count()) {
      return List.of();
    }
    long[] a = ta.shingleHashes(n, 0);
    long[] b = tb.shingleHashes(n, 0);
    if (a[0] != b[0]) {
      return List.of();
    }
    return List.of(new Explanation.Passage(ta.bodyRange(0, n), tb.bodyRange(0, n), n));
  }

  private static boolean mergeable(Span last, Span next, TracedText ta, TracedText tb) {
    int gapA = next.a() - last.aEnd();
    int gapB = next.b() - last.bEnd();
    if (gapA < 0 || gapB < 0 || gapA > MERGE_GAP || gapB > MERGE_GAP) {
      return false;
    }
    for (int t = last.aEnd(); t <= next.a(); t++) {
      if (ta.startsUnit(t)) {
        return false;
      }
    }
    for (int t = last.bEnd(); t <= next.b(); t++) {
      if (tb.startsUnit(t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anySet(boolean[] used, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }
}
