package io.github.newsdedup.index;

import io.github.newsdedup.NearDuplicateDetector;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link DedupIndex} found for one article: its verified matches among the stored articles,
 * and which article represents their group.
 *
 * <p>The representative is chosen as {@link NearDuplicateDetector#group} chooses it (most verified
 * matches, then the most shingles, then the smallest id) among the article and its matches only;
 * {@link DedupIndex#groups()} gives the answer over the whole index, which can differ when the
 * neighbourhood reaches further.
 *
 * @param id the article's id
 * @param matches the verified matches, best score first (then by id)
 * @param representative the id of the representative: the article itself when it has no matches
 * @param replaced for {@link DedupIndex#add}: whether an article with this id was stored before and
 *     has been replaced; for {@link DedupIndex#match}: whether an article with this id is stored
 *     (it is never matched against itself)
 */
public record IndexResult(
    String id, List<IndexMatch> matches, String representative, boolean replaced) {
  /**
   * Validates and copies the components.
   *
   * @param id the article's id
   * @param matches the verified matches, best score first (then by id)
   * @param representative the id of the representative: the article itself when it has no matches
   * @param replaced for {@link DedupIndex#add}: whether an article with this id was stored before
   *     and has been replaced; for {@link DedupIndex#match}: whether an article with this id is
   *     stored (it is never matched against itself)
   * @throws NullPointerException if a component is null
   */
  public IndexResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(representative, "representative");
    matches = List.copyOf(matches);
  }

  /** {@return whether the article has at least one verified match in the index} */
  public boolean hasMatches() {
    return !matches.isEmpty();
  }
}
