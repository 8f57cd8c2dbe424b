package io.github.newsdedup.index;

import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.NearDuplicateDetector;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene resources of one open index: its directory, the writer (which holds the directory's
 * write lock, so one process at a time) and the searcher manager over it. Opening checks, before
 * anything is written, that an existing directory holds an index of this version and configuration
 * (read from the newest commit's user data, {@link IndexMetadata}); every commit records the
 * configuration there. Not thread-safe: the index's lock guards it.
 */
final class IndexStore implements Closeable {
  /** The writer's buffer: with a commit every 10,000 adds (the CLI's), one flush per commit. */
  static final int RAM_BUFFER_MB = 128;

  private final Path path;
  private final Directory directory;
  final IndexWriter writer;
  final SearcherManager searchers;
  final NearDuplicateDetector detector;
  private final boolean created;

  private IndexStore(
      Path path,
      Directory directory,
      IndexWriter writer,
      NearDuplicateDetector detector,
      boolean created)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.detector = detector;
    this.created = created;
    try {
      this.searchers = new SearcherManager(writer, true, true, null);
      writer.setLiveCommitData(IndexMetadata.of(detector.config()).entrySet());
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
  }

  /** Creates an empty in-memory store. */
  static IndexStore inMemory(NearDuplicateDetector detector) {
    Directory dir = new ByteBuffersDirectory();
    try {
      IndexWriter w = new IndexWriter(dir, writerConfig(IndexWriterConfig.OpenMode.CREATE));
      return new IndexStore(null, dir, w, detector, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an in-memory index", e);
    }
  }

  /**
   * Opens the index in {@code path}, or creates one in an empty or missing directory.
   *
   * @param path the directory
   * @param detector the configuration to create with or to check against; null means: an existing
   *     index, with the configuration it records
   * @return the store; {@link #created()} tells whether it was created and needs a first commit
   * @throws IncompatibleIndexException if {@code path} holds something else or another version or
   *     configuration
   * @throws IOException if it cannot be read or another process has it open
   */
  static IndexStore open(Path path, NearDuplicateDetector detector) throws IOException {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IncompatibleIndexException(
          path, "not a directory; give a directory (an empty or new one to create an index)");
    }
    if (!Files.exists(path) || isEmptyDirectory(path)) {
      if (detector == null) {
        throw new IncompatibleIndexException(
            path, "no index here; create one first (for example with 'index add')");
      }
      Files.createDirectories(path);
      Directory dir = FSDirectory.open(path);
      IndexWriter w;
      try {
        w = new IndexWriter(dir, writerConfig(IndexWriterConfig.OpenMode.CREATE));
      } catch (IOException e) {
        dir.close();
        throw e;
      }
      return new IndexStore(path, dir, w, detector, true);
    }
    Directory dir = FSDirectory.open(path);
    try {
      Map<String, String> stored = readCommitData(path, dir);
      NearDuplicateDetector d = detector;
      if (d == null) {
        d =
            NearDuplicateDetector.of(
                IndexMetadata.config(
                    path, stored, Math.max(1, Runtime.getRuntime().availableProcessors())));
      } else {
        IndexMetadata.checkCompatible(path, stored, d.config());
      }
      IndexWriter w;
      try {
        w = new IndexWriter(dir, writerConfig(IndexWriterConfig.OpenMode.APPEND));
      } catch (LockObtainFailedException e) {
        throw new IOException(
            path + ": the index is open in another process (" + e.getMessage() + ")", e);
      }
      return new IndexStore(path, dir, w, d, false);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Returns whether the store was just created (in memory or in an empty directory). */
  boolean created() {
    return created;
  }

  /** Returns the directory's path, or {@code null} in memory. */
  Path path() {
    return path;
  }

  /** A function of a searcher. */
  interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Applies {@code f} to the current searcher, acquired for the call and released after it. */
  <T> T withSearcher(SearcherFunction<T> f) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return f.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Commits what the writer holds, with {@code config} in the commit's user data. */
  void commit(DetectorConfig config) throws IOException {
    writer.setLiveCommitData(IndexMetadata.of(config).entrySet());
    writer.commit();
  }

  /** Discards what was not committed and releases everything; for a store that failed to start. */
  void abandon() throws IOException {
    try {
      writer.rollback();
    } finally {
      try {
        searchers.close();
      } finally {
        directory.close();
      }
    }
  }

  /** Closes the searchers, the writer (without committing) and the directory. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        writer.close();
      } finally {
        directory.close();
      }
    }
  }

  /**
   * Whether the directory holds nothing, or only the lock file of an index whose creation was
   * interrupted before its first commit.
   */
  private static boolean isEmptyDirectory(Path path) throws IOException {
    try (Stream<Path> s = Files.list(path)) {
      return s.allMatch(
          p ->
              p.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)
                  && Files.isRegularFile(p));
    }
  }

  /** Reads the newest commit's user data without writing anything. */
  private static Map<String, String> readCommitData(Path path, Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      throw new IncompatibleIndexException(
          path,
          "the directory is not empty and holds no index, so it is not a news-dedup index; give"
              + " an empty or new directory to create one");
    }
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      return r.getIndexCommit().getUserData();
    } catch (IndexFormatTooNewException | IndexFormatTooOldException e) {
      throw new IncompatibleIndexException(
          path,
          "a Lucene index of a format this version cannot read, so not a news-dedup index of this"
              + " version ("
              + e.getMessage()
              + ")");
    } catch (IOException e) {
      throw new IOException(
          path
              + ": the index is corrupt or incomplete and was not modified; restore it from a"
              + " backup or rebuild it ("
              + e
              + ")",
          e);
    }
  }

  private static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig c = new IndexWriterConfig(null);
    c.setOpenMode(mode);
    c.setCodec(new IndexCodec());
    c.setRAMBufferSizeMB(RAM_BUFFER_MB);
    // Flushed segments are not packed into a compound file: that copied every segment once more.
    c.setUseCompoundFile(false);
    c.getMergePolicy().setNoCFSRatio(0);
    c.setCommitOnClose(false);
    return c;
  }
}
