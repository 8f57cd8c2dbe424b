package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.testing.TestArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read-only opening (any number of readers beside one writer, nothing written), a directory left
 * with only the lock of a first add that never committed, and corrupt segments.
 */
class IndexReadOnlyTest {
  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  @TempDir Path temp;

  private static final String BODY = TestArticles.body(42, 14);
  private static final Article WIRE = Article.of("wire", BODY);
  private static final Article COPY = Article.of("copy", TestArticles.withChrome(BODY, "Site"));
  private static final Article OTHER = Article.of("other", TestArticles.body(43, 14));

  @Test
  void openReadOnly_besideAWriter_seesTheLastCommit() throws IOException {
    Path dir = temp.resolve("idx");
    try (DedupIndex writer = DedupIndex.open(dir, detector)) {
      writer.add(WIRE);
      writer.commit();
      writer.add(OTHER); // not committed
      try (DedupIndex reader = DedupIndex.openReadOnly(dir);
          DedupIndex second = DedupIndex.openReadOnly(dir, detector)) {
        assertEquals(List.of("wire"), reader.ids());
        assertEquals(List.of("wire"), second.ids());
        assertEquals(
            List.of("wire"), reader.match(COPY).matches().stream().map(IndexMatch::id).toList());
        assertEquals(1, reader.groups().size());
        assertTrue(reader.get("wire").isPresent());
        assertFalse(reader.get("other").isPresent());
        assertThrows(UnsupportedOperationException.class, () -> reader.add(COPY));
        assertThrows(
            UnsupportedOperationException.class,
            () -> reader.addAll(List.of(COPY), ProgressListener.NONE));
        assertThrows(UnsupportedOperationException.class, () -> reader.remove("wire"));
        assertThrows(
            UnsupportedOperationException.class, () -> reader.expireOlderThan(Instant.now()));
      }
      writer.add(COPY); // the writer goes on after the readers
    }
    try (DedupIndex index = DedupIndex.open(dir)) {
      assertEquals(List.of("copy", "other", "wire"), index.ids());
    }
  }

  @Test
  void openReadOnly_readsAndCloses_writesNothing() throws IOException {
    Path dir = temp.resolve("idx");
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      index.add(WIRE);
      index.add(OTHER);
    }
    Map<String, String> before = IndexTestData.checksums(dir);
    NearDuplicateDetector looser =
        NearDuplicateDetector.builder().containmentThreshold(0.5).build();
    try (DedupIndex reader = DedupIndex.openReadOnly(dir, looser)) {
      assertEquals(0.5, reader.config().thresholds().containmentThreshold());
      reader.match(COPY);
      reader.groups();
      reader.size();
      reader.describe("wire");
      reader.commit();
    }
    assertEquals(before, IndexTestData.checksums(dir)); // no lock file, no commit, no settings
    try (DedupIndex index = DedupIndex.open(dir)) {
      assertEquals(
          detector.config().thresholds().containmentThreshold(),
          index.config().thresholds().containmentThreshold());
    }
  }

  @Test
  void openReadOnly_noIndex_saysSoAndCreatesNothing() {
    Path dir = temp.resolve("missing");
    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> DedupIndex.openReadOnly(dir));
    assertTrue(e.getMessage().contains("no index here"), e.getMessage());
    assertFalse(Files.exists(dir));
  }

  @Test
  void open_onlyTheLockOfAFirstAddThatNeverCommitted_isANewIndex() throws IOException {
    Path dir = temp.resolve("idx");
    Files.createDirectories(dir);
    Files.createFile(dir.resolve("write.lock"));
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      index.add(WIRE);
    }
    try (DedupIndex index = DedupIndex.openReadOnly(dir)) {
      assertEquals(List.of("wire"), index.ids());
    }
  }

  @Test
  void open_flippedByteInASegment_isReportedAndLeavesTheDirectoryAsItWas() throws IOException {
    Path dir = temp.resolve("idx");
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      for (int i = 0; i < 40; i++) {
        index.add(Article.of("a" + i, TestArticles.body(i, 14)));
      }
    }
    Path largest;
    try (Stream<Path> files = Files.list(dir)) {
      largest =
          files
              .filter(p -> !p.getFileName().toString().startsWith("segments"))
              .max(Comparator.comparingLong(IndexReadOnlyTest::size))
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(largest);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(largest, bytes);
    Map<String, String> before = IndexTestData.checksums(dir);
    for (boolean readOnly : new boolean[] {false, true}) {
      IOException e =
          assertThrows(
              IOException.class,
              () -> (readOnly ? DedupIndex.openReadOnly(dir) : DedupIndex.open(dir)).close());
      assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
      assertEquals(before, IndexTestData.checksums(dir));
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
