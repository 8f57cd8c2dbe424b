package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.internal.lsh.ContainmentRule;
import io.github.newsdedup.testing.TestArticles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionOverlayTest {
  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
  private final ContainmentRule rule = new ContainmentRule(50, 0.8, 100);

  private PreparedArticle prepared(Article a) {
    Fingerprint f = detector.fingerprint(a);
    long[] keys = {f.signature().toIntArray()[0], 1234L}; // any keys: the overlay only indexes them
    return new PreparedArticle(a, f, keys, 0L);
  }

  @Test
  void enter_laterEntryOfSameId_supersedesAndOnlyCurrentIsRemoved() {
    SessionOverlay overlay = new SessionOverlay();
    PreparedArticle first = prepared(Article.of("a", TestArticles.body(1, 10)));
    PreparedArticle second = prepared(Article.of("a", TestArticles.body(2, 10)));
    overlay.enter(first);
    overlay.enter(second);
    assertSame(second, overlay.get("a"));
    assertEquals(1, overlay.size());
    assertEquals(2, overlay.end());
    overlay.removeIfCurrent(first);
    assertSame(second, overlay.get("a"));
    overlay.removeIfCurrent(second);
    assertNull(overlay.get("a"));
    assertTrue(overlay.isEmpty());
  }

  @Test
  void search_findsVerifiedCopyAndSkipsItself() {
    SessionOverlay overlay = new SessionOverlay();
    String body = TestArticles.body(7, 14);
    PreparedArticle wire = prepared(Article.of("wire", body));
    overlay.addKeys(wire);
    overlay.enter(wire);
    PreparedArticle copy = prepared(Article.of("copy", TestArticles.withChrome(body, "Site")));
    List<FoundMatch> found = new ArrayList<>();
    overlay.search(copy, 0, overlay.hints(copy), rule, detector, found);
    assertEquals(1, found.size());
    assertEquals("wire", found.get(0).fingerprint().id());
    assertSame(wire, found.get(0).origin());
    found.clear();
    overlay.search(wire, 0, overlay.hints(wire), rule, detector, found);
    assertEquals(List.of(), found);
    overlay.search(copy, overlay.end(), overlay.hints(copy), rule, detector, found);
    assertEquals(List.of(), found, "entries before 'from' are not searched");
  }

  @Test
  void clear_forgetsEntriesButKeepsKeyFilter() {
    SessionOverlay overlay = new SessionOverlay();
    PreparedArticle a = prepared(Article.of("a", TestArticles.body(3, 10)));
    overlay.addKeys(a);
    overlay.enter(a);
    assertEquals(1, overlay.sampleFrequency(a.sample[0]));
    overlay.clear();
    assertFalse(overlay.contains("a"));
    assertEquals(0, overlay.sampleFrequency(a.sample[0]));
    KeyHints hints = overlay.hints(a);
    for (boolean b : hints.band()) {
      assertTrue(b);
    }
    for (boolean s : hints.sample()) {
      assertTrue(s);
    }
  }
}
