package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.testing.TestArticles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opening directories that are not, or not compatible, news-dedup indexes. */
class IndexCompatibilityTest {
  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  @TempDir Path temp;

  private Path builtIndex() throws IOException {
    Path dir = temp.resolve("index");
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      index.addAll(TestArticles.distinct("d", 5, 11), (s, d, t) -> {});
    }
    return dir;
  }

  /** An index whose commit data claims the given format version. */
  private Path builtIndexOfFormat(String format) throws IOException {
    Path dir = builtIndex();
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w =
            new IndexWriter(
                d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put(IndexMetadata.FORMAT, format);
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
    return dir;
  }

  @Test
  void open_differentShingleSizeAndSeed_throwsNamingBothAndLeavesIndexUnchanged()
      throws IOException {
    Path dir = builtIndex();
    Map<String, String> before = IndexTestData.checksums(dir);
    NearDuplicateDetector other = NearDuplicateDetector.builder().shingleSize(4).seed(1).build();
    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> DedupIndex.open(dir, other));
    assertTrue(e.getMessage().contains("shingleSize is 5 in the index but 4"), e.getMessage());
    assertTrue(e.getMessage().contains("seed is "), e.getMessage());
    assertTrue(e.getMessage().contains("Rebuild the index"), e.getMessage());
    assertEquals(dir, e.index());
    assertEquals(before, IndexTestData.checksums(dir));
  }

  @Test
  void open_differentBands_throws() throws IOException {
    Path dir = builtIndex();
    NearDuplicateDetector other = NearDuplicateDetector.builder().bands(32).build();
    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> DedupIndex.open(dir, other));
    assertTrue(e.getMessage().contains("bands is "), e.getMessage());
  }

  @Test
  void open_verificationThresholdsChanged_isAllowed() throws IOException {
    Path dir = builtIndex();
    NearDuplicateDetector other =
        NearDuplicateDetector.builder()
            .bands(detector.config().shape().bands())
            .rows(detector.config().shape().rows())
            .containmentThreshold(0.7)
            .minContainedShingles(30)
            .build();
    try (DedupIndex index = DedupIndex.open(dir, other)) {
      assertEquals(5, index.size());
      assertEquals(0.7, index.config().thresholds().containmentThreshold());
    }
    try (DedupIndex index = DedupIndex.open(dir)) {
      assertEquals(
          0.7, index.config().thresholds().containmentThreshold()); // the latest commit's options
    }
  }

  @Test
  void open_foreignFiles_throwsAndLeavesThemUnchanged() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("photos"));
    Files.writeString(dir.resolve("holiday.jpg"), "not an index", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("sub"));
    Map<String, String> before = IndexTestData.checksums(dir);
    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> DedupIndex.open(dir, detector));
    assertTrue(e.getMessage().contains("not a news-dedup index"), e.getMessage());
    assertEquals(before, IndexTestData.checksums(dir));
  }

  @Test
  void open_luceneIndexWrittenByOthers_throwsAndLeavesItUnchanged() throws IOException {
    Path dir = temp.resolve("foreign");
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("title", "hello", Field.Store.YES));
      w.addDocument(doc);
      w.commit();
    }
    Map<String, String> before = IndexTestData.checksums(dir);
    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> DedupIndex.open(dir, detector));
    assertTrue(e.getMessage().contains("news-dedup did not write"), e.getMessage());
    assertThrows(IncompatibleIndexException.class, () -> DedupIndex.open(dir));
    assertEquals(before, IndexTestData.checksums(dir));
  }

  @Test
  void open_newerFormat_throwsSayingUpgrade() throws IOException {
    Path dir = builtIndexOfFormat(Integer.toString(IndexMetadata.FORMAT_VERSION + 1));
    Map<String, String> before = IndexTestData.checksums(dir);
    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> DedupIndex.open(dir, detector));
    assertTrue(e.getMessage().contains("newer news-dedup"), e.getMessage());
    assertTrue(e.getMessage().contains("upgrade"), e.getMessage());
    assertEquals(before, IndexTestData.checksums(dir));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "2"}) // 1: fingerprints in stored fields; 2: sample hashes as terms
  void open_olderFormat_throwsSayingRebuild(String format) throws IOException {
    Path dir = builtIndexOfFormat(format);
    Map<String, String> before = IndexTestData.checksums(dir);
    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> DedupIndex.open(dir, detector));
    assertTrue(e.getMessage().contains("older news-dedup"), e.getMessage());
    assertTrue(e.getMessage().contains("rebuild"), e.getMessage());
    assertThrows(IncompatibleIndexException.class, () -> DedupIndex.open(dir));
    assertEquals(before, IndexTestData.checksums(dir));
  }

  @Test
  void open_corruptSegmentFiles_throwsClearErrorAndLeavesFilesUnchanged() throws IOException {
    Path dir = builtIndex();
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("segments_")).toList();
    }
    assertFalse(files.isEmpty());
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      for (int i = bytes.length / 3; i < bytes.length; i += 7) {
        bytes[i] ^= 0x5A;
      }
      Files.write(f, bytes);
    }
    Map<String, String> before = IndexTestData.checksums(dir);
    IOException e = assertThrows(IOException.class, () -> DedupIndex.open(dir, detector));
    assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    assertEquals(before, IndexTestData.checksums(dir));
  }

  @Test
  void open_corruptDataFiles_throwsClearErrorAndLeavesFilesUnchanged() throws IOException {
    Path dir = builtIndex();
    List<Path> files;
    try (var s = Files.list(dir)) {
      files =
          s.filter(
                  p ->
                      !p.getFileName().toString().startsWith("segments_")
                          && !p.getFileName().toString().equals("write.lock"))
              .toList();
    }
    assertFalse(files.isEmpty());
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      for (int i = 0; i < bytes.length; i += 5) {
        bytes[i] ^= 0x33;
      }
      Files.write(f, bytes);
    }
    Map<String, String> before = IndexTestData.checksums(dir);
    IOException e = assertThrows(IOException.class, () -> DedupIndex.open(dir, detector));
    assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
    assertEquals(before, IndexTestData.checksums(dir));
  }

  @Test
  void open_onlyALeftoverLockFile_createsTheIndex() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("interrupted"));
    Files.writeString(dir.resolve("write.lock"), "", StandardCharsets.UTF_8);
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      index.add(Article.of("a", TestArticles.body(2, 10)));
    }
    try (DedupIndex index = DedupIndex.open(dir)) {
      assertEquals(1, index.size());
    }
  }

  @Test
  void open_regularFile_throws() throws IOException {
    Path file = Files.writeString(temp.resolve("file.txt"), "x", StandardCharsets.UTF_8);
    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> DedupIndex.open(file, detector));
    assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
  }

  @Test
  void open_existingWithoutIndex_throwsForOpenWithoutDetector() {
    Path dir = temp.resolve("missing");
    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> DedupIndex.open(dir));
    assertTrue(e.getMessage().contains("no index here"), e.getMessage());
    assertFalse(Files.exists(dir));
  }

  @Test
  void open_whileOpenElsewhere_throwsInUse() throws IOException {
    Path dir = temp.resolve("index");
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      index.add(Article.of("a", TestArticles.body(1, 10)));
      IOException e = assertThrows(IOException.class, () -> DedupIndex.open(dir, detector));
      assertTrue(e.getMessage().contains("open for writing in another process"), e.getMessage());
    }
  }
}
