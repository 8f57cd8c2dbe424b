package io.github.newsdedup.cluster;

import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Match;
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
 * (connected components) merge a site's unrelated pages.
 *
 * <p>Stateless and thread-safe.
 */
public final class StarGrouping {
  private StarGrouping() {}

  /**
   * Returns, for each article, the index of its group's representative.
   *
   * @param ids article ids (ties are broken by id)
   * @param shingleCounts article sizes (completeness)
   * @param pairs verified pairs encoded as {@code (long) i << 32 | j}
   * @return the representative index of each article
   */
  public static int[] representatives(String[] ids, int[] shingleCounts, long[] pairs) {
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
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(i -> -degree[i])
            .thenComparingInt(i -> -shingleCounts[i])
            .thenComparing(i -> ids[i]));
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
    return rep;
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

  /**
   * Makes the {@link Match} of verified pair number {@code pair}, with its sides in group order.
   */
  @FunctionalInterface
  public interface MatchFactory {
    /**
     * Returns the match.
     *
     * @param pair the index of the pair in the pairs array
     * @param first the id listed first (the representative, when it is a side)
     * @param second the other id
     * @return the match
     */
    Match create(int pair, String first, String second);
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
   * @return the groups, largest first
   */
  public static List<DuplicateGroup> groups(
      String[] ids, int[] rep, long[] pairs, MatchFactory matches) {
    List<List<Match>> byRep = new ArrayList<>(ids.length);
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
      byRep.get(r).add(matches.create(c, aFirst ? ids[a] : ids[b], aFirst ? ids[b] : ids[a]));
    }
    List<int[]> members = members(ids, rep);
    List<DuplicateGroup> groups = new ArrayList<>(members.size());
    for (int[] g : members) {
      String repId = ids[g[0]];
      List<String> memberIds = new ArrayList<>(g.length);
      for (int i : g) {
        memberIds.add(ids[i]);
      }
      List<Match> ms = byRep.get(g[0]) == null ? new ArrayList<>() : byRep.get(g[0]);
      ms.sort(
          (x, y) -> {
            boolean xr = x.a().equals(repId);
            boolean yr = y.a().equals(repId);
            if (xr != yr) {
              return xr ? -1 : 1;
            }
            int c = x.a().compareTo(y.a());
            return c != 0 ? c : x.b().compareTo(y.b());
          });
      groups.add(new DuplicateGroup(repId, memberIds, ms));
    }
    return groups;
  }
}
