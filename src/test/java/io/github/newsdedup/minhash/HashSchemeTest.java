package io.github.newsdedup.minhash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashSchemeTest {

  /** Persisted ids: a constant's id never changes (indexes and fingerprints store it). */
  @Test
  void ids_areFixed() {
    assertEquals(1, HashScheme.NEWSDEDUP_V1.id());
  }

  @Test
  void ids_areUnique_andRoundTrip() {
    Set<Integer> seen = new HashSet<>();
    for (HashScheme s : HashScheme.values()) {
      assertTrue(seen.add(s.id()), "duplicate id " + s.id());
      assertEquals(s, HashScheme.fromId(s.id()));
    }
  }

  @Test
  void current_isNewestConstant() {
    HashScheme[] all = HashScheme.values();
    assertEquals(all[all.length - 1], HashScheme.current());
  }

  @Test
  void fromId_unknown_throwsSayingNewerVersion() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HashScheme.fromId(99));
    assertEquals(
        "unknown hash scheme id 99: written by a newer news-dedup? Supported: 1", e.getMessage());
  }
}
