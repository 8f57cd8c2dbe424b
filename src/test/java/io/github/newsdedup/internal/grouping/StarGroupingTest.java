package io.github.newsdedup.internal.grouping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StarGroupingTest {
  private static long pair(int i, int j) {
    return ((long) i << 32) | j;
  }

  @Test
  void representatives_chain_joinsOnlyThroughTheRepresentative() {
    // A≈B, B≈C, A≉C: B matches both and becomes the representative; each member is verified
    // against B.
    String[] ids = {"a", "b", "c"};
    int[] rep =
        StarGrouping.representatives(
            ids, new int[] {100, 100, 100}, new long[] {pair(0, 1), pair(1, 2)});
    assertArrayEquals(new int[] {1, 1, 1}, rep);
  }

  @Test
  void representatives_longChain_endsNeverMeet() {
    // a≈b≈c≈d≈e: single link would make one group; stars cut the chain.
    String[] ids = {"a", "b", "c", "d", "e"};
    long[] chain = {pair(0, 1), pair(1, 2), pair(2, 3), pair(3, 4)};
    int[] rep = StarGrouping.representatives(ids, new int[] {100, 100, 100, 100, 100}, chain);
    assertArrayEquals(new int[] {1, 1, 1, 3, 3}, rep);
    for (int i = 0; i < ids.length; i++) {
      int r = rep[i];
      boolean matchesRep = r == i;
      for (long p : chain) {
        matchesRep |= (p == pair(Math.min(i, r), Math.max(i, r)));
      }
      assertEquals(true, matchesRep, ids[i] + " must match its representative " + ids[r]);
    }
  }

  @Test
  void representatives_mostConnectedThenMostComplete() {
    String[] ids = {"teaser", "full", "edited"};
    int[] rep =
        StarGrouping.representatives(
            ids, new int[] {60, 500, 480}, new long[] {pair(0, 1), pair(1, 2)});
    assertArrayEquals(new int[] {1, 1, 1}, rep);
    int[] tie =
        StarGrouping.representatives(ids, new int[] {60, 500, 480}, new long[] {pair(1, 2)});
    assertEquals(1, tie[2], "equal degree: the longer article represents");
  }

  @Test
  void representatives_copyMatchingOnlyAMember_joinsItsPartnersGroup() {
    // The teaser matches every full copy and represents; "noisy" matches the source only: it must
    // not be split from the source.
    String[] ids = {"teaser", "source", "copy1", "copy2", "copy3", "noisy"};
    long[] pairs = {pair(0, 1), pair(0, 2), pair(0, 3), pair(0, 4), pair(1, 2), pair(1, 5)};
    int[] rep = StarGrouping.representatives(ids, new int[] {80, 500, 510, 490, 495, 470}, pairs);
    assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0}, rep);
  }

  @Test
  void representatives_loneCopy_joinsTheFirstPartnerInVisitOrder_groupsNeverMerge() {
    // Stars {b: a, c, h} and {e: d, f, i}; g matches c and d, neither a representative: it joins
    // the group of c (visited before d), and the two stars stay apart.
    String[] ids = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
    long[] pairs = {
      pair(0, 1), pair(1, 2), pair(1, 7), pair(3, 4), pair(4, 5), pair(4, 8), pair(2, 6), pair(3, 6)
    };
    int[] rep = StarGrouping.representatives(ids, new int[9], pairs);
    assertArrayEquals(new int[] {1, 1, 1, 4, 4, 4, 1, 1, 4}, rep);
  }

  @Test
  void members_orderedBySizeThenRepresentativeId() {
    String[] ids = {"z", "y", "x", "w"};
    List<int[]> groups = StarGrouping.members(ids, new int[] {0, 0, 2, 3});
    assertArrayEquals(new int[] {0, 1}, groups.get(0));
    assertArrayEquals(new int[] {3}, groups.get(1), "w before x");
    assertArrayEquals(new int[] {2}, groups.get(2));
  }
}
