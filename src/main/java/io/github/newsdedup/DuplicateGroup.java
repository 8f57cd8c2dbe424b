package io.github.newsdedup;

import java.util.List;
import java.util.Objects;

/**
 * A group of articles that are copies of the same text, around a representative.
 *
 * <p>Every member except the representative has a verified {@link Match} with the representative
 * (groups are stars, so a chain A≈B≈C never joins A and C through B unless B is the
 * representative), with one exception: an article whose verified matches are all members of groups
 * whose representative it does not match joins the group of one of them rather than stay alone.
 * {@code matches} also lists the verified matches between other members. A singleton is a group of
 * one with no matches.
 *
 * @param representative the id of the representative article, also the first member
 * @param members all member ids, representative first, then the others sorted
 * @param matches the verified matches between members, representative's first
 */
public record DuplicateGroup(String representative, List<String> members, List<Match> matches) {
  /**
   * Validates and copies the components.
   *
   * @param representative the id of the representative article, also the first member
   * @param members all member ids, representative first, then the others sorted
   * @param matches the verified matches between members, representative's first
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code members} does not start with {@code representative}
   */
  public DuplicateGroup {
    Objects.requireNonNull(representative, "representative");
    members = List.copyOf(members);
    matches = List.copyOf(matches);
    if (members.isEmpty() || !members.get(0).equals(representative)) {
      throw new IllegalArgumentException(
          "members must start with the representative " + representative + ", got " + members);
    }
  }

  /** {@return the number of members} */
  public int size() {
    return members.size();
  }
}
