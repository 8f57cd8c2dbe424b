package io.github.newsdedup.internal.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups articles from verified pairs without chaining: greedy star (centre) grouping.
 *
 * <p>Articles are visited in order of the number of verified matches (most first), then shingle
 * count (the most complete copy first), then id. An unassigned article becomes a representative and
 * takes every still-unassigned article it matches directly. So every member of a group has a
 * verified match with its representative: a path A≈B≈C joins A and C only when B is their
 * representative, never through a chain of non-representatives, which is what makes single-link
 * (connected components) merge a site's unrelated pages. The one exception keeps verified pairs
 * together: an article that this pass leaves alone although it has verified matches (they all went
 * to groups whose representative it does not match) joins the group of its first match in visit
 * order; groups themselves never merge.
 *
 * <p>Generic in the match and group types, so that the batch detector and the index assemble their
 * own. Pairs are encoded as {@code (long) i << 32 | j} with {@code i < j}. Stateless and
 * thread-safe.
 */
public final class StarGrouping {
  private StarGrouping() {}

  /**
   * Returns, for each article, the index of its group's representative.
   *
   * @param ids article ids (ties are broken by id)
   * @param shingleCounts article sizes (completeness)
   * @param pairs verified pairs
   * @return the representative index of each article
   */
  public static int[] representatives(String[] ids, int[] shingleCounts, long[] pairs) {
    return representatives(ids, shingleCounts, pairs, null);
  }

  /**
   * Returns, for each article, the index of its group's representative, visiting articles by {@code
   * ranks} first (lower first), then as {@link #representatives(String[], int[], long[])}.
   *
   * @param ids article ids (ties are broken by id)
   * @param shingleCounts article sizes (completeness)
   * @param pairs verified pairs
   * @param ranks a policy's rank of each article, or null for none
   * @return the representative index of each article
   */
  public static int[] representatives(
      String[] ids, int[] shingleCounts, long[] pairs, long[] ranks) {
    int n = ids.length;
    int[] degree = new int[n];
    for (long p : pairs) {
      degree[(int) (p >>> 32)]++;
      degree[(int) p]++;
    }
    int[][] adjacency = new int[n][];
    for (int i = 0; i < n; i++) {
      adjacency[i] = new int[degree[i]];
    }
    int[] fill = new int[n];
    for (long p : pairs) {
      int a = (int) (p >>> 32);
      int b = (int) p;
      adjacency[a][fill[a]++] = b;
      adjacency[b][fill[b]++] = a;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Comparator<Integer> complete =
        Comparator.<Integer>comparingInt(i -> -degree[i])
            .thenComparingInt(i -> -shingleCounts[i])
            .thenComparing(i -> ids[i]);
    Arrays.sort(
        order,
        ranks == null
            ? complete
            : Comparator.<Integer>comparingLong(i -> ranks[i]).thenComparing(complete));
    int[] rep = new int[n];
    Arrays.fill(rep, -1);
    for (int c : order) {
      if (rep[c] != -1) {
        continue;
      }
      rep[c] = c;
      for (int m : adjacency[c]) {
        if (rep[m] == -1) {
          rep[m] = c;
        }
      }
    }
    attachLoneCopies(order, adjacency, rep);
    return rep;
  }

  /**
   * Puts each article that the star pass left alone although it has verified matches into the group
   * of its first matched article in visit order. Such an article matched only members of other
   * groups (a copy of the source whose representative is a teaser or a heavily edited copy), so it
   * would otherwise be split from its verified partner. Its partners are all members of groups of
   * two or more that stay as they are, so no group merges with another and a lone article joins at
   * most one step away from a member that matches the representative.
   */
  private static void attachLoneCopies(Integer[] order, int[][] adjacency, int[] rep) {
    int n = rep.length;
    int[] size = new int[n];
    for (int r : rep) {
      size[r]++;
    }
    int[] rank = new int[n];
    for (int x = 0; x < n; x++) {
      rank[order[x]] = x;
    }
    for (int c = 0; c < n; c++) {
      if (rep[c] != c || size[c] != 1 || adjacency[c].length == 0) {
        continue;
      }
      int first = adjacency[c][0];
      for (int m : adjacency[c]) {
        if (rank[m] < rank[first]) {
          first = m;
        }
      }
      rep[c] = rep[first];
    }
  }

  /**
   * Returns the member lists of the groups: representative first, others by id; groups ordered by
   * size (largest first), then representative id.
   *
   * @param ids article ids
   * @param rep each article's representative index
   * @return member index lists
   */
  public static List<int[]> members(String[] ids, int[] rep) {
    int n = ids.length;
    int[] size = new int[n];
    for (int r : rep) {
      size[r]++;
    }
    List<List<Integer>> byRep = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byRep.add(null);
    }
    for (int i = 0; i < n; i++) {
      int r = rep[i];
      if (byRep.get(r) == null) {
        byRep.set(r, new ArrayList<>(size[r]));
      }
      if (i != r) {
        byRep.get(r).add(i);
      }
    }
    List<int[]> groups = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      if (rep[r] != r) {
        continue;
      }
      List<Integer> others = byRep.get(r);
      others.sort(Comparator.comparing(i -> ids[i]));
      int[] g = new int[others.size() + 1];
      g[0] = r;
      for (int k = 0; k < others.size(); k++) {
        g[k + 1] = others.get(k);
      }
      groups.add(g);
    }
    groups.sort(Comparator.<int[]>comparingInt(g -> -g.length).thenComparing(g -> ids[g[0]]));
    return groups;
  }

  /** Makes the match of verified pair number {@code pair}, with its sides in group order. */
  @FunctionalInterface
  public interface MatchFactory<M> {
    /**
     * Returns the match.
     *
     * @param pair the index of the pair in the pairs array
     * @param first the id listed first (the representative, when it is a side)
     * @param second the other id
     * @return the match
     */
    M create(int pair, String first, String second);
  }

  /** Makes a group from its representative, members (representative first) and matches. */
  @FunctionalInterface
  public interface GroupFactory<M, G> {
    /**
     * Returns the group.
     *
     * @param representative the representative's id
     * @param members member ids, representative first, then by id
     * @param matches the verified matches inside the group, those with the representative first
     * @return the group
     */
    G create(String representative, List<String> members, List<M> matches);
  }

  /**
   * Assembles the groups: members as {@link #members}, and in each group the matches between its
   * members, those with the representative first, then by ids. Pairs whose sides landed in
   * different groups are left out.
   *
   * @param ids article ids
   * @param rep each article's representative index, from {@link #representatives}
   * @param pairs the verified pairs the representatives were chosen from
   * @param matches makes the match of a pair
   * @param groups makes a group
   * @return the groups, largest first
   */
  public static <M, G> List<G> groups(
      String[] ids, int[] rep, long[] pairs, MatchFactory<M> matches, GroupFactory<M, G> groups) {
    // Per representative: the group's pairs as (pair index, first side, second side).
    List<List<int[]>> byRep = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      byRep.add(null);
    }
    for (int c = 0; c < pairs.length; c++) {
      int a = (int) (pairs[c] >>> 32);
      int b = (int) pairs[c];
      if (rep[a] != rep[b]) {
        continue;
      }
      int r = rep[a];
      boolean aFirst = a == r || (b != r && ids[a].compareTo(ids[b]) < 0);
      if (byRep.get(r) == null) {
        byRep.set(r, new ArrayList<>());
      }
      byRep.get(r).add(aFirst ? new int[] {c, a, b} : new int[] {c, b, a});
    }
    List<int[]> members = members(ids, rep);
    List<G> result = new ArrayList<>(members.size());
    for (int[] g : members) {
      int r = g[0];
      List<String> memberIds = new ArrayList<>(g.length);
      for (int i : g) {
        memberIds.add(ids[i]);
      }
      List<int[]> sides = byRep.get(r) == null ? new ArrayList<>() : byRep.get(r);
      sides.sort(
          Comparator.<int[]>comparingInt(x -> x[1] == r ? 0 : 1)
              .thenComparing(x -> ids[x[1]])
              .thenComparing(x -> ids[x[2]]));
      List<M> ms = new ArrayList<>(sides.size());
      for (int[] x : sides) {
        ms.add(matches.create(x[0], ids[x[1]], ids[x[2]]));
      }
      result.add(groups.create(ids[r], memberIds, ms));
    }
    return result;
  }
}
