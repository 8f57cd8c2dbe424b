package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.testing.TestArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneDedupIndexTest {
  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  @TempDir Path temp;

  private static final String BODY = TestArticles.body(42, 14);
  private static final Article WIRE = Article.of("wire", BODY).withTitle("Talks").withSource("w");
  private static final Article COPY =
      Article.of("copy", TestArticles.withChrome(BODY, "Daily Site")).withSource("https://d/1");
  private static final Article OTHER = Article.of("other", TestArticles.body(43, 14));

  @Test
  void add_copyOfStoredArticle_returnsVerifiedMatch() throws IOException {
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      assertFalse(index.add(WIRE).hasMatches());
      assertFalse(index.add(OTHER).hasMatches());
      IndexResult r = index.add(COPY);
      assertEquals("copy", r.id());
      assertEquals(1, r.matches().size());
      IndexMatch m = r.matches().get(0);
      assertEquals("wire", m.id());
      assertEquals("Talks", m.title());
      assertEquals("w", m.source());
      assertEquals(
          detector
              .verify(detector.fingerprint(COPY), detector.fingerprint(WIRE))
              .orElseThrow()
              .similarity(),
          m.similarity());
      assertFalse(r.replaced());
      assertEquals(3, index.size());
    }
  }

  @Test
  void add_representative_isTheLongerOfAPair() throws IOException {
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      index.add(WIRE);
      IndexResult r = index.add(COPY);
      // The chrome adds shingles, so the copy page is the most complete of the two.
      String expected =
          detector.fingerprint(COPY).shingleCount() >= detector.fingerprint(WIRE).shingleCount()
              ? "copy"
              : "wire";
      assertEquals(expected, r.representative());
      assertEquals(expected.equals("wire"), r.matches().get(0).representative());
    }
  }

  @Test
  void match_copy_findsWithoutStoring() throws IOException {
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      index.add(WIRE);
      IndexResult r = index.match(COPY);
      assertEquals(List.of("wire"), r.matches().stream().map(IndexMatch::id).toList());
      assertEquals(1, index.size());
      assertEquals(Optional.empty(), index.get("copy"));
    }
  }

  @Test
  void match_storedId_isNotMatchedAgainstItself() throws IOException {
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      index.add(WIRE);
      IndexResult r = index.match(WIRE);
      assertTrue(r.replaced());
      assertEquals(List.of(), r.matches());
      assertEquals("wire", r.representative());
    }
  }

  @Test
  void add_existingId_replacesStoredArticle() throws IOException {
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      index.add(WIRE);
      index.add(OTHER);
      IndexResult r = index.add(Article.of("wire", OTHER.body()));
      assertTrue(r.replaced());
      assertEquals(List.of("other"), r.matches().stream().map(IndexMatch::id).toList());
      assertEquals(2, index.size());
      assertEquals(
          detector.fingerprint(Article.of("wire", OTHER.body())), index.get("wire").orElseThrow());
      // The old text is gone: a copy of it matches nothing.
      assertEquals(List.of(), index.match(COPY).matches());
    }
  }

  @Test
  void add_manyArticles_matchesAcrossOverlayAndReader() throws IOException {
    List<Article> articles = IndexTestData.storiesWithCopies(60, 2, 5);
    // Refreshing every 50 adds puts copies and their sources on both sides of refreshes.
    try (DedupIndex index = LuceneDedupIndex.inMemory(detector, 50)) {
      List<IndexResult> results = index.addAll(articles, ProgressListener.NONE);
      assertEquals(articles.size(), results.size());
      for (int i = 0; i < articles.size(); i++) {
        String id = articles.get(i).id();
        if (id.endsWith("-c1") || id.endsWith("-c2")) {
          String story = id.substring(0, id.indexOf('-'));
          assertTrue(
              results.get(i).matches().stream().anyMatch(m -> m.id().equals(story)),
              id + " should match " + story + ": " + results.get(i));
        }
      }
      assertEquals(articles.size(), index.size());
    }
  }

  @Test
  void addAll_reportsProgress() throws IOException {
    AtomicLong last = new AtomicLong();
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      index.addAll(TestArticles.distinct("d", 20, 3), (stage, done, total) -> last.set(done));
    }
    assertEquals(20, last.get());
  }

  @Test
  void get_storedArticle_returnsItsFingerprintAndFields() throws IOException {
    Instant published = Instant.parse("2025-03-01T10:00:00Z");
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      index.add(WIRE.withPublished(published));
      Fingerprint f = index.get("wire").orElseThrow();
      assertEquals(detector.fingerprint(WIRE), f);
      IndexedArticle a = index.describe("wire").orElseThrow();
      assertEquals("Talks", a.title());
      assertEquals("w", a.source());
      assertEquals(Optional.of(published), a.published());
      assertEquals(published, a.expiryTime());
      assertEquals(f.shingleCount(), a.shingleCount());
      assertEquals(Optional.empty(), index.describe("nope"));
    }
  }

  @Test
  void remove_storedId_removesItOnly() throws IOException {
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      index.add(WIRE);
      index.add(OTHER);
      assertTrue(index.remove("wire"));
      assertFalse(index.remove("wire"));
      assertEquals(List.of("other"), index.ids());
      assertEquals(List.of(), index.match(COPY).matches());
    }
  }

  @Test
  void expireOlderThan_usesPublishedTimeOrAddedTime() throws IOException {
    Instant old = Instant.parse("2020-01-01T00:00:00Z");
    Instant recent = Instant.parse("2999-01-01T00:00:00Z");
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      index.add(WIRE.withPublished(old));
      index.add(OTHER.withPublished(recent));
      index.add(COPY); // no published time: expires by its time of adding, which is now
      assertEquals(1, index.expireOlderThan(Instant.parse("2021-01-01T00:00:00Z")));
      assertEquals(List.of("copy", "other"), index.ids());
      assertEquals(1, index.expireOlderThan(Instant.now().plusSeconds(3600)));
      assertEquals(List.of("other"), index.ids());
    }
  }

  @Test
  void open_reopened_findsCommittedArticlesAndMatches() throws IOException {
    Path dir = temp.resolve("index");
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      index.add(WIRE);
      index.add(OTHER);
    }
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      assertEquals(2, index.size());
      assertEquals(
          List.of("wire"), index.match(COPY).matches().stream().map(IndexMatch::id).toList());
    }
    try (DedupIndex index = DedupIndex.open(dir)) {
      assertEquals(detector.config().shape().bands(), index.config().shape().bands());
      assertEquals(2, index.size());
    }
  }

  @Test
  void add_afterReopen_findsCopiesInEarlierAndThisSessionsSegments() throws IOException {
    // Segments of earlier sessions are searched key by key; this session's through its filter.
    List<Article> articles = IndexTestData.storiesWithCopies(40, 1, 9);
    List<Article> sources = articles.stream().filter(a -> !a.id().contains("-c")).toList();
    List<Article> copies = articles.stream().filter(a -> a.id().contains("-c")).toList();
    Path dir = temp.resolve("index");
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      index.addAll(sources.subList(0, 20), ProgressListener.NONE);
    }
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      index.addAll(sources.subList(20, sources.size()), ProgressListener.NONE);
      index.commit(); // this session's articles move from the overlay into a segment
      for (Article copy : copies) {
        String story = copy.id().substring(0, copy.id().indexOf('-'));
        IndexResult r = index.add(copy);
        assertTrue(
            r.matches().stream().anyMatch(m -> m.id().equals(story)),
            copy.id() + " should match " + story + ": " + r);
      }
      assertEquals(articles.size(), index.size());
      assertEquals(
          NearDuplicateDetector.builder()
              .boilerplateMinGroups(0)
              .build()
              .group(IndexTestData.sortedById(articles)),
          index.groups());
    }
  }

  @Test
  void groups_afterRemoveAndReplace_equalBatchGroupsOfWhatIsStored() throws IOException {
    List<Article> articles = IndexTestData.storiesWithCopies(30, 2, 11);
    try (DedupIndex index = LuceneDedupIndex.inMemory(detector, 25)) {
      index.addAll(articles, ProgressListener.NONE);
      index.remove(articles.get(0).id());
      Article replaced = Article.of(articles.get(4).id(), articles.get(7).body());
      index.add(replaced);
      List<Article> stored = new ArrayList<>(articles.subList(1, articles.size()));
      stored.set(3, replaced);
      assertEquals(
          NearDuplicateDetector.builder()
              .boilerplateMinGroups(0)
              .build()
              .group(IndexTestData.sortedById(stored)),
          index.groups());
    }
  }

  @Test
  void open_uncommittedAdds_areLostAfterCrashButCommittedOnesKept() throws IOException {
    // close() commits, so simulate by reading a copy of the directory taken before close.
    Path dir = temp.resolve("index");
    DedupIndex index = DedupIndex.open(dir, detector);
    index.add(WIRE);
    index.commit();
    index.add(OTHER);
    Path copy = temp.resolve("copy");
    copyTree(dir, copy);
    index.close();
    try (DedupIndex reopened = DedupIndex.open(copy, detector)) {
      assertEquals(List.of("wire"), reopened.ids());
    }
  }

  /** An id longer than Lucene's term limit (32,766 bytes): writing its document fails. */
  private static final String IMMENSE_ID = "x".repeat(40_000);

  /**
   * A chunk of {@code addAll} whose sixth document cannot be written, then one more article; the
   * listener fails the call after the first chunk, before its background write is awaited.
   */
  private static List<Article> chunkWithUnwritableArticle() {
    List<Article> articles =
        new ArrayList<>(TestArticles.distinct("d", BulkAdd.CHUNK + 1, 3));
    articles.set(5, Article.of(IMMENSE_ID, BODY));
    return articles;
  }

  private static final IllegalStateException STOP = new IllegalStateException("listener stops");

  private static final ProgressListener STOP_AFTER_FIRST_CHUNK =
      (stage, done, total) -> {
        if (done > 0) {
          throw STOP;
        }
      };

  @Test
  void addAll_backgroundWriteFailsAfterCallFailed_nextCallRethrowsIt() throws IOException {
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      List<Article> articles = chunkWithUnwritableArticle();
      assertSame(
          STOP,
          assertThrows(
              IllegalStateException.class, () -> index.addAll(articles, STOP_AFTER_FIRST_CHUNK)));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, index::commit);
      assertTrue(e.getMessage().contains("immense term"), e.getMessage());
      index.commit(); // reported once
      assertEquals(BulkAdd.CHUNK - 1, index.size());
      assertFalse(index.ids().contains(IMMENSE_ID));
    }
  }

  @Test
  void addAll_backgroundWriteFailsAfterCallFailed_closeCommitsTheRestAndRethrowsIt()
      throws IOException {
    Path dir = temp.resolve("idx");
    DedupIndex index = DedupIndex.open(dir, detector);
    List<Article> articles = chunkWithUnwritableArticle();
    assertThrows(IllegalStateException.class, () -> index.addAll(articles, STOP_AFTER_FIRST_CHUNK));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, index::close);
    assertTrue(e.getMessage().contains("immense term"), e.getMessage());
    index.close(); // closed now
    try (DedupIndex reopened = DedupIndex.open(dir)) {
      assertEquals(BulkAdd.CHUNK - 1, reopened.size());
    }
  }

  @Test
  void addAll_unwritableArticle_throwsAndStoresTheOthers() throws IOException {
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      List<Article> articles = chunkWithUnwritableArticle();
      assertThrows(
          IllegalArgumentException.class, () -> index.addAll(articles, ProgressListener.NONE));
      index.commit(); // reported once
      assertEquals(articles.size() - 1, index.size());
    }
  }

  @Test
  void close_twice_isHarmless() throws IOException {
    DedupIndex index = DedupIndex.inMemory(detector);
    index.close();
    index.close();
    assertThrows(IllegalStateException.class, () -> index.add(WIRE));
  }

  @Test
  void add_null_throwsNamingParameter() throws IOException {
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      NullPointerException e = assertThrows(NullPointerException.class, () -> index.add(null));
      assertEquals("article", e.getMessage());
    }
  }

  @Test
  void add_emptyArticle_hasNoMatches() throws IOException {
    try (DedupIndex index = DedupIndex.inMemory(detector)) {
      index.add(Article.of("e1", " "));
      assertEquals(List.of(), index.add(Article.of("e2", " ")).matches());
      assertEquals(2, index.size());
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(from)) {
      s.forEach(files::add);
    }
    for (Path f : files) {
      Path target = to.resolve(from.relativize(f).toString());
      if (Files.isDirectory(f)) {
        Files.createDirectories(target);
      } else if (!f.getFileName().toString().equals("write.lock")) {
        Files.copy(f, target);
      }
    }
  }
}
