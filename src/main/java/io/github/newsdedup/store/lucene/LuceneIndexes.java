package io.github.newsdedup.store.lucene;

import io.github.newsdedup.DedupIndex;
import io.github.newsdedup.NearDuplicateDetector;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Factories of the Lucene-backed {@link DedupIndex}; {@link DedupIndex#open(Path,
 * NearDuplicateDetector)} and {@link DedupIndex#inMemory} call these, and most code should too.
 */
public final class LuceneIndexes {
  private LuceneIndexes() {}

  /**
   * Opens or creates the index in {@code directory}; see {@link DedupIndex#open(Path,
   * NearDuplicateDetector)}.
   *
   * @param directory the index directory
   * @param detector the detector
   * @return the open index
   * @throws IOException as documented there
   */
  public static DedupIndex open(Path directory, NearDuplicateDetector detector) throws IOException {
    return LuceneDedupIndex.open(directory, detector);
  }

  /**
   * Opens an existing index with its stored configuration; see {@link DedupIndex#open(Path)}.
   *
   * @param directory the index directory
   * @return the open index
   * @throws IOException as documented there
   */
  public static DedupIndex openExisting(Path directory) throws IOException {
    return LuceneDedupIndex.open(directory, null);
  }

  /**
   * Returns an index in memory; see {@link DedupIndex#inMemory}.
   *
   * @param detector the detector
   * @return the index
   */
  public static DedupIndex inMemory(NearDuplicateDetector detector) {
    return LuceneDedupIndex.inMemory(detector);
  }
}
