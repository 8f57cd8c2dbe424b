package io.github.newsdedup.index;

import io.github.newsdedup.Article;
import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.internal.lsh.ContainmentRule;
import io.github.newsdedup.internal.lsh.LshBands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The {@link DedupIndex} on a Lucene directory: orchestrates an add (fingerprint, search, enter,
 * write) over the parts that each hold one concern — {@link IndexStore} (opening, locking,
 * committing), {@link IndexSchema} (the document layout), {@link SegmentSearch} and {@link
 * SessionOverlay} (where matches are found), {@link RepresentativeChoice} (the result), {@link
 * DocumentWrites} (writing outside the lock), {@link BulkAdd} ({@code addAll}) and {@link
 * StoredArticles} (reading back).
 *
 * <p>Concurrency: a read-write lock. An add fingerprints its article without a lock, searches the
 * reader and the overlay under the read lock (so concurrent adds and matches search in parallel),
 * then under the write lock searches only what was added since and enters the article in the
 * overlay: each add sees every add before it. The document itself is then written to the {@code
 * IndexWriter} outside the lock (by the adding thread, or by {@code addAll}'s writer thread), and
 * whatever needs the writer complete (refresh, commit, close, a replacement) first waits for those
 * writes ({@link DocumentWrites}). Removals, expiry and refreshes take the write lock. The overlay
 * spares a reader refresh after every add; the reader is refreshed at every commit, every {@value
 * #OVERLAY_LIMIT} adds and before whole-index reads.
 */
final class LuceneDedupIndex implements DedupIndex {
  /** Adds held in the in-memory overlay before the reader is refreshed. */
  static final int OVERLAY_LIMIT = 16384;

  private final IndexStore store;
  private final NearDuplicateDetector detector;
  private final DetectorConfig config;
  private final LshBands bands;
  private final ContainmentRule containmentRule;
  private final SegmentSearch segmentSearch;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final SessionOverlay overlay = new SessionOverlay(); // guarded by lock
  private final int overlayLimit;
  private final DocumentWrites writes;
  private long nextSequence; // guarded by lock
  private long generation; // reader refreshes so far; guarded by lock
  private boolean closed; // guarded by lock

  private LuceneDedupIndex(IndexStore store, int overlayLimit) throws IOException {
    this.store = store;
    this.overlayLimit = overlayLimit;
    this.detector = store.detector;
    this.config = detector.config();
    this.bands = new LshBands(config.shape().bands(), config.shape().rows());
    DetectorConfig.Thresholds t = config.thresholds();
    this.containmentRule =
        new ContainmentRule(
            t.minContainedShingles(), t.containmentThreshold(), t.maxSampleFrequency());
    long sessionStart = maxSequence() + 1;
    this.nextSequence = sessionStart;
    this.segmentSearch = new SegmentSearch(detector, containmentRule, sessionStart);
    this.writes = new DocumentWrites(store.writer);
  }

  /** Takes the articles whose documents could not be written out of the overlay; holds lock. */
  private void forgetFailedWrites() {
    for (PreparedArticle p : writes.takeFailed()) {
      overlay.removeIfCurrent(p);
    }
  }

  private long maxSequence() throws IOException {
    return store.withSearcher(
        s -> {
          long max = -1;
          for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
            max = Math.max(max, IndexSchema.maxSequence(ctx.reader()));
          }
          return max;
        });
  }

  // ---- opening

  static DedupIndex inMemory(NearDuplicateDetector detector) {
    return inMemory(detector, OVERLAY_LIMIT);
  }

  /** An in-memory index whose reader is refreshed every {@code overlayLimit} adds; for tests. */
  static DedupIndex inMemory(NearDuplicateDetector detector, int overlayLimit) {
    try {
      return start(IndexStore.inMemory(detector), overlayLimit);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an in-memory index", e);
    }
  }

  /** Opens or creates; {@code detector} null means: existing index, its own configuration. */
  static DedupIndex open(Path path, NearDuplicateDetector detector) throws IOException {
    IndexStore store = IndexStore.open(path, detector);
    LuceneDedupIndex index = start(store, OVERLAY_LIMIT);
    if (store.created()) {
      index.commit(); // the directory is recognizably ours from now on
    }
    return index;
  }

  private static LuceneDedupIndex start(IndexStore store, int overlayLimit) throws IOException {
    try {
      return new LuceneDedupIndex(store, overlayLimit);
    } catch (IOException | RuntimeException e) {
      store.abandon();
      throw e;
    }
  }

  // ---- add and match

  /** Fingerprints an article (no lock); serializes the fingerprint too when it is to be stored. */
  private PreparedArticle prepare(Article article, boolean store) {
    Objects.requireNonNull(article, "article");
    Fingerprint f = detector.fingerprint(article);
    long[] keys = f.shingleCount() == 0 ? new long[0] : bands.bandKeys(f.signature().toIntArray());
    PreparedArticle p = new PreparedArticle(article, f, keys, System.currentTimeMillis());
    if (store) {
      p.bytes = f.toBytes();
    }
    return p;
  }

  @Override
  public DetectorConfig config() {
    return config;
  }

  @Override
  public IndexResult add(Article article) throws IOException {
    writes.rethrowFailure();
    PreparedArticle p = prepare(article, true);
    preSearch(p);
    List<FoundMatch> found = new ArrayList<>();
    addLocked(p, found);
    if (!p.replaced) {
      try {
        writes.write(p);
      } catch (IOException | RuntimeException | Error e) {
        lock.writeLock().lock();
        try {
          forgetFailedWrites();
        } finally {
          lock.writeLock().unlock();
        }
        throw e;
      }
    }
    maybeRefresh();
    return result(p, found);
  }

  /**
   * Searches the reader and the overlay under the read lock, so that concurrent adds search in
   * parallel; {@link #addLocked} then only searches what was added since, under the write lock.
   */
  private void preSearch(PreparedArticle p) throws IOException {
    if (p.shingleCount == 0) {
      return;
    }
    lock.readLock().lock();
    try {
      if (closed) {
        return;
      }
      List<FoundMatch> found = new ArrayList<>();
      p.preOverlayEnd = overlay.end();
      store.withSearcher(s -> searchAll(s.getIndexReader(), p, found));
      p.preFound = found;
      p.preGeneration = generation;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The ordered part of an add, under the write lock: finds the matches {@link #preSearch} could
   * not see and enters the article in the overlay, so that every later add sees it. A replacement
   * is written to the writer here; a new article's document is written by the caller afterwards,
   * outside the lock ({@link DocumentWrites}), so that adds index their documents in parallel.
   */
  void addLocked(PreparedArticle p, List<FoundMatch> found) throws IOException {
    lock.writeLock().lock();
    try {
      checkNotClosed();
      forgetFailedWrites();
      store.withSearcher(s -> findLocked(s.getIndexReader(), p, found));
      p.preFound = null;
      p.sequence = nextSequence++;
      overlay.addKeys(p);
      if (p.replaced) {
        writes.await(); // the stored version may still be on its way to the writer
        forgetFailedWrites();
        store.writer.updateDocument(new Term(IndexSchema.ID, p.id()), IndexSchema.document(p));
        p.bytes = null;
      } else {
        writes.started();
      }
      overlay.enter(p);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Sets whether {@code p} replaces a stored article and finds its matches, reusing what the
   * pre-search found when the reader is still the same; the caller holds the write lock.
   */
  private Void findLocked(IndexReader reader, PreparedArticle p, List<FoundMatch> found)
      throws IOException {
    p.replaced = overlay.contains(p.id()) || StoredArticles.liveDoc(reader, p.id()) >= 0;
    if (p.preFound != null && p.preGeneration == generation) {
      // Same reader as the pre-search: keep what is still current, search the newer adds.
      for (FoundMatch f : p.preFound) {
        PreparedArticle current = overlay.get(f.fingerprint().id());
        if (f.origin() == null ? current == null : current == f.origin()) {
          found.add(f);
        }
      }
      overlay.search(p, p.preOverlayEnd, overlay.hints(p), containmentRule, detector, found);
      return null;
    }
    return searchAll(reader, p, found);
  }

  /** Adds the matches of {@code p} in the reader and the overlay; the caller holds a lock. */
  private Void searchAll(IndexReader reader, PreparedArticle p, List<FoundMatch> found)
      throws IOException {
    if (p.shingleCount > 0) {
      KeyHints hints = overlay.hints(p);
      segmentSearch.search(reader, p, hints, overlay, found);
      overlay.search(p, 0, hints, containmentRule, detector, found);
    }
    return null;
  }

  /** Refreshes the reader once the overlay is full. */
  void maybeRefresh() throws IOException {
    if (overlay.size() < overlayLimit) {
      return;
    }
    lock.writeLock().lock();
    try {
      if (!closed && overlay.size() >= overlayLimit) {
        refreshLocked();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public List<IndexResult> addAll(Collection<Article> articles, ProgressListener listener)
      throws IOException {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(listener, "listener");
    writes.rethrowFailure();
    return new BulkAdd(this, List.copyOf(articles)).run(listener);
  }

  /** Fingerprints and pre-searches an article to be added (no lock held on entry). */
  PreparedArticle prepareAndSearch(Article article) {
    PreparedArticle p = prepare(article, true);
    try {
      preSearch(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** Returns the result of an add whose matches are {@code found}. */
  IndexResult result(PreparedArticle p, List<FoundMatch> found) {
    return RepresentativeChoice.result(detector, p, found, p.replaced);
  }

  /** The writes of new articles' documents. */
  DocumentWrites writes() {
    return writes;
  }

  @Override
  public IndexResult match(Article article) throws IOException {
    PreparedArticle p = prepare(article, false);
    lock.readLock().lock();
    try {
      ensureOpen();
      return store.withSearcher(
          s -> {
            IndexReader reader = s.getIndexReader();
            boolean stored =
                overlay.contains(p.id()) || StoredArticles.liveDoc(reader, p.id()) >= 0;
            List<FoundMatch> found = new ArrayList<>();
            searchAll(reader, p, found);
            return RepresentativeChoice.result(detector, p, found, stored);
          });
    } finally {
      lock.readLock().unlock();
    }
  }

  // ---- whole-index reads and removals

  /** Makes every change visible to a fresh searcher and empties the overlay; holds write lock. */
  private void refreshLocked() throws IOException {
    writes.await();
    writes.takeFailed(); // the overlay is emptied anyway
    store.searchers.maybeRefreshBlocking();
    generation++;
    overlay.clear();
  }

  /** Applies {@code f} to a fresh searcher that sees every change so far. */
  private <T> T withFreshSearcher(IndexStore.SearcherFunction<T> f) throws IOException {
    lock.writeLock().lock();
    try {
      ensureOpen();
      if (!overlay.isEmpty()) {
        refreshLocked();
      }
      return store.withSearcher(f);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** What is read of one stored document, given the reader and its doc id. */
  private interface StoredDocFunction<T> {
    T apply(IndexReader reader, int doc) throws IOException;
  }

  /** Reads the stored document of {@code id} with a fresh reader; empty if it is not stored. */
  private <T> Optional<T> withStoredDoc(String id, StoredDocFunction<T> f) throws IOException {
    Objects.requireNonNull(id, "id");
    return withFreshSearcher(
        s -> {
          IndexReader r = s.getIndexReader();
          int doc = StoredArticles.liveDoc(r, id);
          return doc < 0 ? Optional.empty() : Optional.of(f.apply(r, doc));
        });
  }

  @Override
  public Optional<Fingerprint> get(String id) throws IOException {
    return withStoredDoc(id, (r, doc) -> new StoredFingerprints(r).fingerprint(doc));
  }

  @Override
  public Optional<IndexedArticle> describe(String id) throws IOException {
    return withStoredDoc(id, (r, doc) -> StoredArticles.describe(r, doc, id));
  }

  @Override
  public boolean remove(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    lock.writeLock().lock();
    try {
      ensureOpen();
      refreshLocked();
      boolean exists = store.withSearcher(s -> StoredArticles.liveDoc(s.getIndexReader(), id) >= 0);
      if (exists) {
        store.writer.deleteDocuments(new Term(IndexSchema.ID, id));
        refreshLocked();
      }
      return exists;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public long expireOlderThan(Instant cutoff) throws IOException {
    Objects.requireNonNull(cutoff, "cutoff");
    lock.writeLock().lock();
    try {
      ensureOpen();
      refreshLocked();
      Query old = IndexSchema.olderThan(cutoff);
      long count = store.withSearcher(s -> (long) s.count(old));
      if (count > 0) {
        store.writer.deleteDocuments(old);
        refreshLocked();
      }
      return count;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public long size() throws IOException {
    return withFreshSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  @Override
  public List<String> ids() throws IOException {
    return withFreshSearcher(s -> StoredArticles.ids(s.getIndexReader()));
  }

  @Override
  public List<DuplicateGroup> groups() throws IOException {
    // A fresh searcher under the lock; the grouping itself runs on that point-in-time reader
    // without the lock, so that adds go on meanwhile.
    IndexSearcher searcher;
    lock.writeLock().lock();
    try {
      ensureOpen();
      if (!overlay.isEmpty()) {
        refreshLocked();
      }
      searcher = store.searchers.acquire();
    } finally {
      lock.writeLock().unlock();
    }
    try {
      return IndexGrouping.group(searcher.getIndexReader(), detector);
    } finally {
      store.searchers.release(searcher);
    }
  }

  // ---- durability and lifecycle

  @Override
  public void commit() throws IOException {
    lock.writeLock().lock();
    try {
      ensureOpen();
      writes.await();
      writes.rethrowFailure(); // one that finished meanwhile
      store.commit(config);
      // Everything is flushed now, so a new reader costs little, and the next flush then starts
      // from an empty overlay: one segment per commit rather than a refresh splitting it in two.
      refreshLocked();
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void close() throws IOException {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        writes.await();
        store.commit(config); // what was written, also when a background write failed
      } finally {
        store.close();
      }
    } finally {
      lock.writeLock().unlock();
    }
    writes.rethrowFailure();
  }

  /** Throws if the index is closed, or the failure of a background write not reported yet. */
  private void ensureOpen() throws IOException {
    checkNotClosed();
    writes.rethrowFailure();
  }

  private void checkNotClosed() {
    if (closed) {
      throw new IllegalStateException("the index " + where() + " is closed");
    }
  }

  private String where() {
    return store.path() == null ? "(in memory)" : store.path().toString();
  }

  @Override
  public String toString() {
    return "LuceneDedupIndex[" + (store.path() == null ? "in memory" : store.path()) + "]";
  }
}
