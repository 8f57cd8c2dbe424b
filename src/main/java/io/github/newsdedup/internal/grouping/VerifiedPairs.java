package io.github.newsdedup.internal.grouping;

import io.github.newsdedup.internal.Parallel;
import io.github.newsdedup.internal.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The candidate pairs that verification accepted, in candidate order, each with its match.
 * Immutable; internal, so {@link #pairs()} is not copied.
 *
 * @param <M> the match type
 */
public final class VerifiedPairs<M> {
  private final long[] pairs;
  private final List<M> matches;

  private VerifiedPairs(long[] pairs, List<M> matches) {
    this.pairs = pairs;
    this.matches = matches;
  }

  /** Candidates are verified in chunks of at most this many pairs, each chunk by one judge. */
  static final int MAX_CHUNK = 4096;

  /** Chunks have at least this many pairs: a judge's setup is paid once per chunk. */
  static final int MIN_CHUNK = 16;

  /** Judges one candidate pair: its match, or {@code null} when no rule accepts it. */
  @FunctionalInterface
  public interface PairJudge<M> {
    /**
     * Returns the match of articles {@code i} and {@code j}, or {@code null}.
     *
     * @param i the first article's index
     * @param j the second article's index
     * @return the match or {@code null}
     */
    M judge(int i, int j);
  }

  /**
   * Verifies every candidate pair. The pairs are cut into about 256 chunks of consecutive pairs
   * (between {@value #MIN_CHUNK} and {@value #MAX_CHUNK} pairs each); each chunk is judged, in
   * order, by a judge of its own from {@code judges}, so a judge may keep state across the pairs of
   * its chunk (the index reads each first side once per run of pairs).
   *
   * @param candidates sorted distinct candidate pairs
   * @param judges makes a judge per chunk; called concurrently
   * @param parallel where the chunks run
   * @param progress receives progress in pairs, as stage {@code verify}
   * @return the accepted pairs
   */
  public static <M> VerifiedPairs<M> verify(
      long[] candidates, Supplier<PairJudge<M>> judges, Parallel parallel, Progress progress) {
    int m = candidates.length;
    Object[] verdicts = new Object[m];
    int chunk = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, (m + 255) / 256));
    int chunks = (m + chunk - 1) / chunk;
    progress.progress("verify", 0, m);
    parallel.forEach(
        chunks,
        "verify",
        (stage, done, total) -> {
          if (done > 0) {
            progress.progress(stage, Math.min(m, done * chunk), m);
          }
        },
        c -> {
          PairJudge<M> judge = judges.get();
          int end = Math.min(m, (c + 1) * chunk);
          for (int x = c * chunk; x < end; x++) {
            verdicts[x] = judge.judge((int) (candidates[x] >>> 32), (int) candidates[x]);
          }
        });
    int kept = 0;
    for (Object v : verdicts) {
      if (v != null) {
        kept++;
      }
    }
    long[] pairs = new long[kept];
    List<M> matches = new ArrayList<>(kept);
    int w = 0;
    for (int c = 0; c < m; c++) {
      if (verdicts[c] != null) {
        pairs[w++] = candidates[c];
        @SuppressWarnings("unchecked") // only judges' results are stored
        M match = (M) verdicts[c];
        matches.add(match);
      }
    }
    return new VerifiedPairs<>(pairs, List.copyOf(matches));
  }

  /** Returns the accepted pairs, sorted, encoded as {@code (long) i << 32 | j}; do not modify. */
  public long[] pairs() {
    return pairs;
  }

  /** Returns the match of each accepted pair, in the order of {@link #pairs()}. */
  public List<M> matches() {
    return matches;
  }

  /** Returns the number of accepted pairs. */
  public int size() {
    return pairs.length;
  }
}
