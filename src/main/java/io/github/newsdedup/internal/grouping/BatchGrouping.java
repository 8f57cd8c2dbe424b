package io.github.newsdedup.internal.grouping;

import io.github.newsdedup.internal.Parallel;
import io.github.newsdedup.internal.Progress;
import io.github.newsdedup.internal.lsh.CandidateSearch;
import io.github.newsdedup.internal.lsh.ContainmentRule;
import io.github.newsdedup.internal.lsh.LshBands;
import java.util.List;
import java.util.function.Supplier;

/**
 * The batch grouping pipeline — candidate search ({@link CandidateSearch}), verification of the
 * candidate pairs ({@link VerifiedPairs}), star grouping ({@link StarGrouping}) — written once for
 * the detector's grouping and the index's {@code groups()}, so that both group alike. Callers
 * supply how a pair is verified (in memory, or from stored fingerprints) and what a match and a
 * group are.
 *
 * @param bands the LSH banding of the signatures
 * @param rule when a pair is a containment candidate
 * @param parallel where the stages run
 * @param progress receives progress of the stages {@code candidates} and {@code verify}
 */
public record BatchGrouping(
    LshBands bands, ContainmentRule rule, Parallel parallel, Progress progress) {

  /**
   * The articles to group, in id order (the index of an article is its position).
   *
   * @param ids article ids, ascending
   * @param shingleCounts each article's shingle count
   * @param signatures each article's signature, {@code null} for an article without shingles
   * @param samples each article's sorted containment sample, {@code null} likewise
   */
  public record Articles(String[] ids, int[] shingleCounts, int[][] signatures, long[][] samples) {}

  /** Makes the match of a verified pair from its verdict, given the sides in group order. */
  @FunctionalInterface
  public interface MatchMaker<V, M> {
    /**
     * Returns the match.
     *
     * @param verdict what verification returned for the pair
     * @param first the first side's id
     * @param second the second side's id
     * @return the match
     */
    M create(V verdict, String first, String second);
  }

  /**
   * Finds the candidate pairs and verifies them.
   *
   * @param articles the articles
   * @param judges makes a judge per chunk of pairs; called concurrently
   * @return the accepted pairs with their verdicts
   */
  public <V> VerifiedPairs<V> verify(
      Articles articles, Supplier<VerifiedPairs.PairJudge<V>> judges) {
    progress.progress("candidates", 0, -1);
    long[] candidates =
        CandidateSearch.candidates(
            articles.signatures(),
            articles.samples(),
            articles.shingleCounts(),
            bands,
            rule,
            parallel);
    return VerifiedPairs.verify(candidates, judges, parallel, progress);
  }

  /**
   * Runs the whole pipeline: {@link #verify}, representatives, {@link #stars}.
   *
   * @param articles the articles
   * @param judges makes a judge per chunk of pairs; called concurrently
   * @param matches makes a match from a verdict
   * @param groups makes a group
   * @return the groups, largest first
   */
  public <V, M, G> List<G> group(
      Articles articles,
      Supplier<VerifiedPairs.PairJudge<V>> judges,
      MatchMaker<V, M> matches,
      StarGrouping.GroupFactory<M, G> groups) {
    VerifiedPairs<V> verified = verify(articles, judges);
    int[] rep =
        StarGrouping.representatives(articles.ids(), articles.shingleCounts(), verified.pairs());
    return stars(articles.ids(), rep, verified, matches, groups);
  }

  /**
   * Assembles the groups around the chosen representatives ({@link StarGrouping#groups}).
   *
   * @param ids article ids
   * @param rep each article's representative index, from {@link StarGrouping#representatives}
   * @param verified the verified pairs the representatives were chosen from
   * @param matches makes a match from a verdict
   * @param groups makes a group
   * @return the groups, largest first
   */
  public static <V, M, G> List<G> stars(
      String[] ids,
      int[] rep,
      VerifiedPairs<V> verified,
      MatchMaker<V, M> matches,
      StarGrouping.GroupFactory<M, G> groups) {
    List<V> verdicts = verified.matches();
    return StarGrouping.groups(
        ids,
        rep,
        verified.pairs(),
        (c, first, second) -> matches.create(verdicts.get(c), first, second),
        groups);
  }
}
