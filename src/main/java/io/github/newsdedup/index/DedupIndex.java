package io.github.newsdedup.index;

import io.github.newsdedup.Article;
import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A persistent, incremental duplicate index: add articles one at a time (or in batches) as they
 * arrive and learn at once which stored articles they copy, without regrouping everything.
 *
 * <pre>{@code
 * NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
 * try (DedupIndex index = DedupIndex.open(Path.of("dedup-index"), detector)) {
 *   index.add(Article.of("wire-1", wireText));
 *   IndexResult r = index.add(Article.of("blog-7", blogText)); // a copy of the wire story
 *   List<String> copied = r.matches().stream().map(IndexMatch::id).toList(); // ["wire-1"]
 *   index.commit(); // durable from here; close() commits too
 * }
 * }</pre>
 *
 * <p>The index stores each article's {@link Fingerprint} (signature, shingle set, containment
 * sample), its title, source and time, and indexes the LSH band keys and sample hashes, so that it
 * finds candidates the way {@link NearDuplicateDetector#group} does and verifies them exactly with
 * the same rules. Ids are the caller's: adding an id that is already stored <b>replaces</b> the
 * stored article.
 *
 * <p><b>Durability:</b> {@link #commit()} makes every article added so far durable; {@link
 * #close()} commits. After a crash the index reopens at its last commit.
 *
 * <p><b>Compatibility:</b> an index records its format version, the hash scheme and the options
 * that shape what it stores (shingle size, signature length, bands, rows, seed, sample rate).
 * Opening it with a detector that differs in any of these throws {@link
 * IncompatibleIndexException}; the thresholds, which only affect candidate selection and
 * verification, may change between runs.
 *
 * <p>Thread-safe: any number of threads may add, match and read at once. Each add sees every add
 * that finished before it started.
 */
public interface DedupIndex extends Closeable {

  /**
   * Opens the index in {@code directory} for the detector's configuration, creating the directory
   * and an empty index when it does not exist or is empty.
   *
   * @param directory the index directory
   * @param detector the detector whose configuration the index uses
   * @return the open index
   * @throws IncompatibleIndexException if the directory holds something that is not a news-dedup
   *     index, an index of a newer format, or one built with an incompatible configuration (the
   *     directory is not modified)
   * @throws IOException if the directory cannot be read or written, the index is corrupt, or
   *     another process has it open
   */
  static DedupIndex open(Path directory, NearDuplicateDetector detector) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(detector, "detector");
    return LuceneDedupIndex.open(directory, detector);
  }

  /**
   * Opens an existing index with the configuration it was built with.
   *
   * @param directory the index directory
   * @return the open index
   * @throws IncompatibleIndexException if the directory does not hold a news-dedup index of a
   *     format this version reads
   * @throws IOException if the directory cannot be read, or the index is corrupt or in use
   */
  static DedupIndex open(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    return LuceneDedupIndex.open(directory, null);
  }

  /**
   * Returns an index held in memory only, for tests and small jobs: nothing survives {@link
   * #close()}.
   *
   * @param detector the detector whose configuration the index uses
   * @return the index
   */
  static DedupIndex inMemory(NearDuplicateDetector detector) {
    Objects.requireNonNull(detector, "detector");
    return LuceneDedupIndex.inMemory(detector);
  }

  /** {@return the configuration of the index's detector} */
  DetectorConfig config();

  /**
   * Stores an article and returns its verified matches among the articles stored before it. Adding
   * an id that is already stored replaces that article (it is not matched against itself).
   *
   * @param article the article
   * @return its matches and their representative
   * @throws NullPointerException if {@code article} is null
   * @throws IOException if the index cannot be written
   */
  IndexResult add(Article article) throws IOException;

  /**
   * Adds articles in order, fingerprinting them in parallel; the same as calling {@link #add} for
   * each, in order.
   *
   * @param articles the articles
   * @param listener receives progress (stage {@code "index"})
   * @return one result per article, in order
   * @throws NullPointerException if an argument or an element is null
   * @throws IOException if the index cannot be written
   */
  List<IndexResult> addAll(Collection<Article> articles, ProgressListener listener)
      throws IOException;

  /**
   * Returns what {@link #add} would return, without storing the article.
   *
   * @param article the article
   * @return its matches among the stored articles
   * @throws NullPointerException if {@code article} is null
   * @throws IOException if the index cannot be read
   */
  IndexResult match(Article article) throws IOException;

  /**
   * Returns the stored fingerprint of an article.
   *
   * @param id the article id
   * @return the fingerprint, or empty if no article with this id is stored
   * @throws IOException if the index cannot be read
   */
  Optional<Fingerprint> get(String id) throws IOException;

  /**
   * Returns what the index stored about an article besides its fingerprint.
   *
   * @param id the article id
   * @return the stored fields, or empty if no article with this id is stored
   * @throws IOException if the index cannot be read
   */
  Optional<IndexedArticle> describe(String id) throws IOException;

  /**
   * Removes an article.
   *
   * @param id the article id
   * @return whether an article with this id was stored
   * @throws IOException if the index cannot be written
   */
  boolean remove(String id) throws IOException;

  /**
   * Removes every article whose publication time, or the time it was added when it has none, is
   * before {@code cutoff}.
   *
   * @param cutoff the first instant that is kept
   * @return the number of articles removed
   * @throws IOException if the index cannot be written
   */
  long expireOlderThan(Instant cutoff) throws IOException;

  /**
   * Returns the number of stored articles.
   *
   * @return the count
   * @throws IOException if the index cannot be read
   */
  long size() throws IOException;

  /**
   * Returns the ids of all stored articles, sorted.
   *
   * @return the ids
   * @throws IOException if the index cannot be read
   */
  List<String> ids() throws IOException;

  /**
   * Groups the stored articles: the groups {@link NearDuplicateDetector#groupFingerprints} returns
   * for the stored fingerprints in id order. They equal those of {@link
   * NearDuplicateDetector#group} on the same articles in id order whenever the batch boilerplate
   * rule removes nothing (always with {@code boilerplateMinGroups(0)}): that rule needs every text
   * at once, and the index keeps no text. Holds the id, shingle count, signature and containment
   * sample of every article in memory (about 1 KB an article; under 2 GB of heap at a million
   * articles) and reads the full fingerprints of candidate pairs from the index as it verifies
   * them.
   *
   * @return the groups, largest first
   * @throws IOException if the index cannot be read
   */
  List<DuplicateGroup> groups() throws IOException;

  /**
   * Makes every article added so far durable.
   *
   * @throws IOException if the index cannot be written
   */
  void commit() throws IOException;

  /**
   * Commits and closes the index. Closing twice has no effect.
   *
   * @throws IOException if the final commit fails
   */
  @Override
  void close() throws IOException;
}
