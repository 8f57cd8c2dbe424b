package io.github.newsdedup.index;

import io.github.newsdedup.Article;
import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.internal.Futures;
import io.github.newsdedup.internal.grouping.StarGrouping;
import io.github.newsdedup.internal.lsh.ContainmentRule;
import io.github.newsdedup.internal.lsh.LshBands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.PointsFormat;
import org.apache.lucene.codecs.PointsReader;
import org.apache.lucene.codecs.PointsWriter;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilterFactory;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.bloom.FuzzySet;
import org.apache.lucene.codecs.lucene90.Lucene90PointsReader;
import org.apache.lucene.codecs.lucene90.Lucene90PointsWriter;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.bkd.BKDWriter;

/**
 * The {@link DedupIndex} on a Lucene directory.
 *
 * <p>Each article is one Lucene document: its id (indexed, stored), one {@code band} term per LSH
 * band key (8 bytes, big-endian), one {@code sample} long point per containment-sample hash (index
 * format 3; format 2 indexed them as terms, whose terms dictionary and Bloom filters were most of a
 * commit), the serialized {@link Fingerprint} as a binary doc value (format 1 stored it as a stored
 * field, whose LZ4 compression of incompressible hashes was a large part of an add), title, source
 * and times (stored), the expiry time and an add sequence number as points, and shingle count and
 * sample size as doc values. Candidates are found by walking the postings of the query's band terms
 * and one pass over each segment's sample points (past a {@link SegmentSampleFilter}), segment by
 * segment, then verified exactly by the detector on the stored fingerprints.
 *
 * <p>Concurrency: a read-write lock. An add fingerprints its article without a lock, searches the
 * reader and the overlay under the read lock (so concurrent adds and matches search in parallel),
 * then under the write lock searches only what was added since and enters the article in the
 * overlay: each add sees every add before it. The document itself is then written to the {@code
 * IndexWriter} outside the lock (by the adding thread, or by {@code addAll}'s writer thread), and
 * whatever needs the writer complete (refresh, commit, close, a replacement) first waits for those
 * writes. Removals, expiry and refreshes take the write lock. Adds since the last reader refresh
 * live in the in-memory overlay (band and sample maps) that matching consults alongside the reader,
 * so that a reader need not be reopened after every add; it is refreshed at every commit, every
 * {@value #OVERLAY_LIMIT} adds and before whole-index reads.
 *
 * <p>Segments written since the index was opened (told by their sequence numbers) hold only keys
 * that a {@link KeyFilter} of this session has seen, so a key the filter rules out is not looked up
 * there; older segments are searched key by key through their own Bloom filters.
 */
final class LuceneDedupIndex implements DedupIndex {
  /** Adds held in the in-memory overlay before the reader is refreshed. */
  static final int OVERLAY_LIMIT = 16384;

  /** {@code addAll} fingerprints, enters and writes articles in chunks of this many. */
  static final int ADD_ALL_CHUNK = 128;

  /** Matches beyond this many are not verified pairwise when choosing the representative. */
  static final int MAX_PAIRWISE = 64;

  /** The writer's buffer: with a commit every 10,000 adds (the CLI's), one flush per commit. */
  static final int RAM_BUFFER_MB = 128;

  static final String ID = "id";
  static final String BAND = "band";
  static final String SAMPLE = "sample";
  static final String FINGERPRINT = "fp";
  static final String TITLE = "title";
  static final String SOURCE = "source";
  static final String PUBLISHED = "published";
  static final String ADDED = "added";
  static final String TIME = "time";
  static final String META = "meta";
  static final String SEQUENCE = "seq";

  private static final Set<String> TEXT_FIELDS = Set.of(TITLE, SOURCE);

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final NearDuplicateDetector detector;
  private final DetectorConfig config;
  private final LshBands bands;
  private final ContainmentRule containmentRule;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  // The overlay: adds not yet visible to the searcher. Guarded by lock.
  private final Map<String, Prepared> overlay = new HashMap<>();
  private final List<Prepared> overlayList = new ArrayList<>();
  private final LongMultimap overlayBands = new LongMultimap();
  private final LongMultimap overlaySamples = new LongMultimap();

  private final int overlayLimit;

  // Keys of the articles added since opening, and the sequence numbers that tell their segments.
  private final KeyFilter keyFilter = new KeyFilter(); // guarded by lock
  private final long sessionStart; // the first sequence number of this session
  private long nextSequence; // guarded by lock
  private boolean closed;
  private volatile int overlaySize; // overlay.size(), readable without the lock

  // New articles entered in the overlay whose documents are not yet in the writer.
  private final Object writes = new Object();
  private int pendingWrites; // guarded by writes
  private long generation; // reader refreshes so far; guarded by lock

  private LuceneDedupIndex(
      Path path,
      Directory directory,
      IndexWriter writer,
      NearDuplicateDetector detector,
      int overlayLimit)
      throws IOException {
    this.overlayLimit = overlayLimit;
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.detector = detector;
    this.config = detector.config();
    this.bands = new LshBands(config.shape().bands(), config.shape().rows());
    this.containmentRule =
        new ContainmentRule(
            config.thresholds().minContainedShingles(),
            config.thresholds().containmentThreshold(),
            config.thresholds().maxSampleFrequency());
    this.searchers = new SearcherManager(writer, true, true, null);
    IndexSearcher s = searchers.acquire();
    try {
      long max = -1;
      for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
        PointValues points = ctx.reader().getPointValues(SEQUENCE);
        if (points != null) {
          max = Math.max(max, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
        }
      }
      this.sessionStart = max + 1;
      this.nextSequence = sessionStart;
    } finally {
      searchers.release(s);
    }
    writer.setLiveCommitData(IndexMetadata.of(config).entrySet());
  }

  // ---- opening

  static DedupIndex inMemory(NearDuplicateDetector detector) {
    return inMemory(detector, OVERLAY_LIMIT);
  }

  /** An in-memory index whose reader is refreshed every {@code overlayLimit} adds; for tests. */
  static DedupIndex inMemory(NearDuplicateDetector detector, int overlayLimit) {
    Directory dir = new ByteBuffersDirectory();
    try {
      IndexWriter w = new IndexWriter(dir, writerConfig(IndexWriterConfig.OpenMode.CREATE));
      return new LuceneDedupIndex(null, dir, w, detector, overlayLimit);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create an in-memory index", e);
    }
  }

  /** Opens or creates; {@code detector} null means: existing index, its own configuration. */
  static DedupIndex open(Path path, NearDuplicateDetector detector) throws IOException {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new IncompatibleIndexException(
          path, "not a directory; give a directory (an empty or new one to create an index)");
    }
    boolean empty = !Files.exists(path) || isEmptyDirectory(path);
    if (empty) {
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
      LuceneDedupIndex index = create(path, dir, w, detector);
      index.commit(); // the directory is recognizably ours from now on
      return index;
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
      return create(path, dir, w, d);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  private static LuceneDedupIndex create(
      Path path, Directory dir, IndexWriter w, NearDuplicateDetector detector) throws IOException {
    try {
      return new LuceneDedupIndex(path, dir, w, detector, OVERLAY_LIMIT);
    } catch (IOException | RuntimeException e) {
      w.rollback();
      throw e;
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
    } catch (org.apache.lucene.index.IndexFormatTooNewException
        | org.apache.lucene.index.IndexFormatTooOldException e) {
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
    c.setCodec(new KeyCodec());
    c.setRAMBufferSizeMB(RAM_BUFFER_MB);
    // Flushed segments are not packed into a compound file: that copied every segment once more.
    c.setUseCompoundFile(false);
    c.getMergePolicy().setNoCFSRatio(0);
    c.setCommitOnClose(false);
    return c;
  }

  /** Points in a leaf of the points tree: see {@link KeyCodec}. */
  static final int POINTS_PER_LEAF = 32;

  /**
   * {@link KeyTermsCodec} with small leaves in the points tree (Lucene's default is 512 points): a
   * sample lookup decodes a whole leaf for each hash it looks up in a segment. It keeps the default
   * codec's name, so that reading needs no special codec: the points reader takes the leaf size
   * from the file.
   */
  private static final class KeyCodec extends FilterCodec {
    private final PointsFormat points =
        new PointsFormat() {
          @Override
          public PointsWriter fieldsWriter(SegmentWriteState state) throws IOException {
            return new Lucene90PointsWriter(
                state, POINTS_PER_LEAF, BKDWriter.DEFAULT_MAX_MB_SORT_IN_HEAP);
          }

          @Override
          public PointsReader fieldsReader(SegmentReadState state) throws IOException {
            return new Lucene90PointsReader(state);
          }
        };

    KeyCodec() {
      super(Codec.getDefault().getName(), new KeyTermsCodec());
    }

    @Override
    public PointsFormat pointsFormat() {
      return points;
    }
  }

  /**
   * The default codec of the Lucene on the class path, with a Bloom filter in front of the band and
   * id terms: almost every lookup is for a key that a segment does not hold, and without the filter
   * each such lookup loads a terms block (measured: lookups were most of the time of an add at
   * 100,000 articles). It names no version-specific class, so any Lucene 9.x runs it; reading needs
   * no special codec: the per-field format is found by name.
   */
  private static final class KeyTermsCodec extends FilterCodec {
    private final PostingsFormat postings;

    KeyTermsCodec() {
      super(Codec.getDefault().getName(), Codec.getDefault());
      PerFieldPostingsFormat defaults = (PerFieldPostingsFormat) delegate.postingsFormat();
      PostingsFormat keys =
          new BloomFilteringPostingsFormat(
              defaults.getPostingsFormatForField(ID), new KeyBloomFactory());
      this.postings =
          new PerFieldPostingsFormat() {
            @Override
            public PostingsFormat getPostingsFormatForField(String field) {
              return field.equals(BAND) || field.equals(ID)
                  ? keys
                  : defaults.getPostingsFormatForField(field);
            }
          };
    }

    @Override
    public PostingsFormat postingsFormat() {
      return postings;
    }
  }

  /** Sizes each segment's filter for about 100 key terms a document at 2 % false positives. */
  private static final class KeyBloomFactory extends BloomFilterFactory {
    static final int TERMS_PER_DOC = 100;

    @Override
    public FuzzySet getSetForField(SegmentWriteState state, FieldInfo info) {
      long values = Math.max(1024, (long) state.segmentInfo.maxDoc() * TERMS_PER_DOC);
      return FuzzySet.createOptimalSet((int) Math.min(Integer.MAX_VALUE / 16, values), 0.02f);
    }

    @Override
    public boolean isSaturated(FuzzySet set, FieldInfo info) {
      return set.getSaturation() > 0.9f;
    }
  }

  // ---- per-article preparation (no lock)

  /** An article ready to be matched and stored. */
  private static final class Prepared {
    // The article without its body: the overlay holds thousands of these.
    final String id;
    final String title;
    final String source;
    final Instant published; // null if none
    final Fingerprint fingerprint;
    final long[] bandKeys;
    final long[] sample;
    final int shingleCount;
    final long added;
    byte[] bytes; // the serialized fingerprint of an add, made in parallel; null once written

    boolean replaced; // set by addLocked
    long sequence; // set by addLocked

    // Set by preSearch: the matches found before the write lock, and what they covered.
    List<Found> preFound;
    long preGeneration = -1;
    int preOverlayEnd;

    Prepared(Article article, Fingerprint fingerprint, long[] bandKeys, long added) {
      this.id = article.id();
      this.title = article.title();
      this.source = article.source();
      this.published = article.published().orElse(null);
      this.fingerprint = fingerprint;
      // In term order (unsigned big-endian), so that consecutive seeks share term-index frames.
      this.bandKeys = sortedUnsigned(bandKeys);
      this.sample = sortedUnsigned(fingerprint.sample());
      this.shingleCount = fingerprint.shingleCount();
      this.added = added;
    }

    String id() {
      return id;
    }
  }

  private static long[] sortedUnsigned(long[] values) {
    long[] v = values.clone();
    for (int i = 0; i < v.length; i++) {
      v[i] ^= Long.MIN_VALUE;
    }
    Arrays.sort(v);
    for (int i = 0; i < v.length; i++) {
      v[i] ^= Long.MIN_VALUE;
    }
    return v;
  }

  /** Fingerprints an article; serializes the fingerprint too when it is to be stored. */
  private Prepared prepare(Article article, boolean store) {
    Objects.requireNonNull(article, "article");
    Fingerprint f = detector.fingerprint(article);
    long[] keys = f.shingleCount() == 0 ? new long[0] : bands.bandKeys(f.signature().toIntArray());
    Prepared p = new Prepared(article, f, keys, System.currentTimeMillis());
    if (store) {
      p.bytes = f.toBytes();
    }
    return p;
  }

  // ---- add and match

  @Override
  public DetectorConfig config() {
    return config;
  }

  @Override
  public IndexResult add(Article article) throws IOException {
    Prepared p = prepare(article, true);
    preSearch(p);
    List<Found> found = new ArrayList<>();
    addLocked(p, found);
    if (!p.replaced) {
      writeNew(p);
    }
    maybeRefresh();
    return result(p, found, p.replaced);
  }

  /**
   * Searches the reader and the overlay under the read lock, so that concurrent adds search in
   * parallel; {@link #addLocked} then only searches what was added since, under the write lock.
   */
  private void preSearch(Prepared p) throws IOException {
    if (p.shingleCount == 0) {
      return;
    }
    lock.readLock().lock();
    try {
      if (closed) {
        return;
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        List<Found> found = new ArrayList<>();
        KeyHints hints = hints(p);
        searchReader(searcher.getIndexReader(), p, hints, found);
        int end = overlayList.size();
        searchOverlay(p, 0, hints, found);
        p.preFound = found;
        p.preOverlayEnd = end;
        p.preGeneration = generation;
      } finally {
        searchers.release(searcher);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The ordered part of an add, under the write lock: finds the matches {@link #preSearch} could
   * not see and enters the article in the overlay, so that every later add sees it. A replacement
   * is written to the writer here; a new article's document is written by the caller afterwards,
   * outside the lock ({@link #writeNew}), so that adds index their documents in parallel.
   */
  private void addLocked(Prepared p, List<Found> found) throws IOException {
    lock.writeLock().lock();
    try {
      ensureOpen();
      IndexSearcher searcher = searchers.acquire();
      try {
        p.replaced = overlay.containsKey(p.id()) || storedDoc(searcher, p.id()) >= 0;
        if (p.shingleCount == 0) {
          // nothing to match
        } else if (p.preFound != null && p.preGeneration == generation) {
          // Same reader as the pre-search: keep what is still current, search the newer adds.
          for (Found f : p.preFound) {
            Prepared current = overlay.get(f.fingerprint().id());
            if (f.origin() == null ? current == null : current == f.origin()) {
              found.add(f);
            }
          }
          searchOverlay(p, p.preOverlayEnd, hints(p), found);
        } else {
          KeyHints hints = hints(p);
          searchReader(searcher.getIndexReader(), p, hints, found);
          searchOverlay(p, 0, hints, found);
        }
        p.preFound = null;
        p.sequence = nextSequence++;
        for (long k : p.bandKeys) {
          keyFilter.addBand(k);
        }
        for (long h : p.sample) {
          keyFilter.addSample(h);
        }
        if (p.replaced) {
          awaitWrites(); // the stored version may still be on its way to the writer
          writer.updateDocument(new Term(ID, p.id()), document(p));
          p.bytes = null;
        } else {
          writeStarted();
        }
        overlay.put(p.id(), p);
        overlaySize = overlay.size();
        int position = overlayList.size();
        overlayList.add(p);
        for (long k : p.bandKeys) {
          overlayBands.put(k, position);
        }
        for (long h : p.sample) {
          overlaySamples.put(h, position);
        }
      } finally {
        searchers.release(searcher);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  // ---- writes outside the lock

  private void writeStarted() {
    synchronized (writes) {
      pendingWrites++;
    }
  }

  private void writeDone() {
    synchronized (writes) {
      if (--pendingWrites == 0) {
        writes.notifyAll();
      }
    }
  }

  /**
   * Waits until every article entered in the overlay is in the writer; the caller holds the write
   * lock, so no new ones are entered meanwhile (the writes themselves take no lock).
   */
  private void awaitWrites() {
    boolean interrupted = false;
    synchronized (writes) {
      while (pendingWrites > 0) {
        try {
          writes.wait();
        } catch (InterruptedException e) {
          interrupted = true; // the writes finish regardless; the interrupt is kept for the caller
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Writes the document of a new article entered by {@link #addLocked}. If that fails, the article
   * leaves the overlay again (it is not stored) and the failure is thrown.
   */
  private void writeNew(Prepared p) throws IOException {
    Throwable failure = null;
    try {
      writer.addDocument(document(p)); // a new id: no delete term to buffer and apply at flush
      p.bytes = null;
    } catch (IOException | RuntimeException | Error e) {
      failure = e;
    } finally {
      writeDone();
    }
    if (failure != null) {
      lock.writeLock().lock();
      try {
        if (overlay.get(p.id()) == p) {
          overlay.remove(p.id());
          overlaySize = overlay.size();
        }
      } finally {
        lock.writeLock().unlock();
      }
      if (failure instanceof IOException io) {
        throw io;
      }
      if (failure instanceof RuntimeException re) {
        throw re;
      }
      throw (Error) failure;
    }
  }

  /** Refreshes the reader once the overlay is full. */
  private void maybeRefresh() throws IOException {
    if (overlaySize < overlayLimit) {
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
    List<Article> list = List.copyOf(articles);
    int n = list.size();
    List<IndexResult> results = new ArrayList<>(n);
    listener.progress("index", 0, n);
    // The pool fingerprints and pre-searches the next chunk while this thread enters the current
    // one in order, and one writer thread indexes the documents of the chunk before.
    int chunk = ADD_ALL_CHUNK;
    ForkJoinPool pool = new ForkJoinPool(config.threads());
    ExecutorService writerThread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "news-dedup-index-writer");
              t.setDaemon(true);
              return t;
            });
    Future<?> lastWrite = null;
    try {
      Future<List<Prepared>> next = pool.submit(() -> prepareAll(list, 0, chunk, pool));
      for (int from = 0; from < n; from += chunk) {
        List<Prepared> prepared = Futures.await(next, "fingerprinting");
        int nextFrom = from + chunk;
        next = nextFrom < n ? pool.submit(() -> prepareAll(list, nextFrom, chunk, pool)) : null;
        List<Prepared> toWrite = new ArrayList<>(prepared.size());
        try {
          for (Prepared p : prepared) {
            List<Found> found = new ArrayList<>();
            addLocked(p, found);
            if (!p.replaced) {
              toWrite.add(p);
            }
            results.add(result(p, found, p.replaced));
          }
        } finally {
          // Every article entered must be written (or forgotten), even when this chunk failed.
          Future<?> previous = lastWrite;
          lastWrite = writerThread.submit(() -> writeAll(toWrite));
          if (previous != null) {
            Futures.await(previous, "writing documents");
          }
        }
        maybeRefresh();
        listener.progress("index", from + prepared.size(), n);
      }
      if (lastWrite != null) {
        Futures.await(lastWrite, "writing documents");
      }
    } finally {
      pool.shutdownNow();
      writerThread.shutdown(); // queued writes still run: entered articles are never left pending
    }
    return results;
  }

  /** Writes new articles' documents in order; throws the first failure after trying them all. */
  private Void writeAll(List<Prepared> toWrite) throws IOException {
    IOException first = null;
    for (Prepared p : toWrite) {
      try {
        writeNew(p);
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return null;
  }

  private List<Prepared> prepareAll(List<Article> list, int from, int chunk, ForkJoinPool pool) {
    List<Article> part = list.subList(from, Math.min(list.size(), from + chunk));
    if (pool.getParallelism() == 1 || part.size() < 8) {
      return part.stream().map(this::prepareAndSearch).toList();
    }
    return part.parallelStream().map(this::prepareAndSearch).toList();
  }

  private Prepared prepareAndSearch(Article article) {
    Prepared p = prepare(article, true);
    try {
      preSearch(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  @Override
  public IndexResult match(Article article) throws IOException {
    Prepared p = prepare(article, false);
    lock.readLock().lock();
    try {
      ensureOpen();
      IndexSearcher searcher = searchers.acquire();
      try {
        boolean stored = overlay.containsKey(p.id()) || storedDoc(searcher, p.id()) >= 0;
        return search(searcher, p, stored);
      } finally {
        searchers.release(searcher);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /** A verified match with what is needed to report it. */
  private record Found(
      Fingerprint fingerprint, String title, String source, Match match, Prepared origin) {}

  /** Finds and verifies the matches of {@code p}; the caller holds a lock. */
  private IndexResult search(IndexSearcher searcher, Prepared p, boolean replaced)
      throws IOException {
    List<Found> found = new ArrayList<>();
    if (p.shingleCount > 0) {
      KeyHints hints = hints(p);
      searchReader(searcher.getIndexReader(), p, hints, found);
      searchOverlay(p, 0, hints, found);
    }
    return result(p, found, replaced);
  }

  /**
   * Which of an article's keys this session's {@link KeyFilter} may hold: the others are in no
   * segment written since opening and not in the overlay.
   */
  private record KeyHints(boolean[] band, boolean[] sample) {}

  /** Returns the hints of {@code p} for the filter as it is now; the caller holds a lock. */
  private KeyHints hints(Prepared p) {
    boolean[] band = new boolean[p.bandKeys.length];
    for (int i = 0; i < band.length; i++) {
      band[i] = keyFilter.mightHoldBand(p.bandKeys[i]);
    }
    boolean[] sample = new boolean[p.sample.length];
    for (int i = 0; i < sample.length; i++) {
      sample[i] = keyFilter.mightHoldSample(p.sample[i]);
    }
    return new KeyHints(band, sample);
  }

  private void searchReader(IndexReader reader, Prepared p, KeyHints hints, List<Found> found)
      throws IOException {
    BytesRef term = new BytesRef(new byte[8]);
    int sampleSize = p.sample.length;
    long[] sampleFreq = new long[sampleSize];
    // Per leaf, per sample term: the live docs holding it (only while the term stays rare).
    List<LeafReaderContext> leaves = reader.leaves();
    int[][][] sampleDocs = new int[leaves.size()][][];
    Map<Integer, Boolean> bandHits = new HashMap<>();
    PostingsEnum postings = null;
    // Segments written in this session hold only keys of the filter: look up there only the keys
    // that the filter may hold.
    boolean[] bandMaybe = hints.band();
    boolean[] sampleMaybe = hints.sample();
    int[] sampleOrder = pointOrder(p.sample);

    for (int l = 0; l < leaves.size(); l++) {
      LeafReaderContext ctx = leaves.get(l);
      LeafReader leaf = ctx.reader();
      boolean filtered = writtenThisSession(leaf);
      Bits live = leaf.getLiveDocs();
      Terms bandTerms = leaf.terms(BAND);
      if (bandTerms != null) {
        TermsEnum te = bandTerms.iterator();
        for (int i = 0; i < p.bandKeys.length; i++) {
          if (filtered && !bandMaybe[i]) {
            continue;
          }
          long k = p.bandKeys[i];
          encode(k, term.bytes);
          if (te.seekExact(term)) {
            postings = te.postings(postings, PostingsEnum.NONE);
            for (int d = postings.nextDoc();
                d != PostingsEnum.NO_MORE_DOCS;
                d = postings.nextDoc()) {
              if (live == null || live.get(d)) {
                bandHits.put(ctx.docBase + d, Boolean.TRUE);
              }
            }
          }
        }
      }
      PointValues samplePoints = leaf.getPointValues(SAMPLE);
      if (samplePoints != null && p.shingleCount > 0) {
        SampleVisitor visitor =
            new SampleVisitor(
                p.sample,
                sampleOrder,
                filtered ? sampleMaybe : null,
                SegmentSampleFilter.of(leaf, SAMPLE));
        if (visitor.size > 0) {
          samplePoints.intersect(visitor);
          sampleDocs[l] = visitor.docs(sampleFreq, live, config.thresholds().maxSampleFrequency());
        }
      }
    }
    // Containment candidates: shared sample hashes, counted over rare hashes only.
    Set<Integer> candidates = new HashSet<>(bandHits.keySet());
    for (int l = 0; l < leaves.size(); l++) {
      if (sampleDocs[l] == null) {
        continue;
      }
      Map<Integer, Integer> counts = new HashMap<>();
      for (int t = 0; t < sampleSize; t++) {
        int[] docs = sampleDocs[l][t];
        if (docs == null
            || sampleFreq[t] + (sampleMaybe[t] ? overlayFrequency(p.sample[t]) : 0) + 1
                > config.thresholds().maxSampleFrequency()) {
          continue;
        }
        for (int d : docs) {
          counts.merge(d, 1, Integer::sum);
        }
      }
      if (counts.isEmpty()) {
        continue;
      }
      LeafReaderContext ctx = leaves.get(l);
      NumericDocValues meta = ctx.reader().getNumericDocValues(META);
      int[] docs = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      for (int d : docs) {
        if (meta == null || !meta.advanceExact(d)) {
          continue;
        }
        long v = meta.longValue();
        int count = (int) (v >>> 32);
        int sampleLength = (int) v;
        if (containmentCandidate(p.shingleCount, sampleSize, count, sampleLength, counts.get(d))) {
          candidates.add(ctx.docBase + d);
        }
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    int[] docs = candidates.stream().mapToInt(Integer::intValue).sorted().toArray();
    StoredFingerprints fingerprints = new StoredFingerprints(reader);
    StoredFields storedFields = null;
    for (int doc : docs) {
      Fingerprint f = fingerprints.fingerprint(doc);
      String id = f.id();
      if (id.equals(p.id()) || overlay.containsKey(id)) {
        continue; // itself, or a version superseded by an add in the overlay
      }
      Optional<Match> m = detector.verify(p.fingerprint, f);
      if (m.isPresent()) {
        // Title and source only for the matches: most candidates are not.
        if (storedFields == null) {
          storedFields = reader.storedFields();
        }
        Document d = storedFields.document(doc, TEXT_FIELDS);
        found.add(new Found(f, orEmpty(d.get(TITLE)), orEmpty(d.get(SOURCE)), m.get(), null));
      }
    }
  }

  /** The positions of {@code sample} in point order (signed), the order of a sample point field. */
  private static int[] pointOrder(long[] sample) {
    // The sample is in unsigned order: the non-negative values, then the negative ones.
    int n = sample.length;
    int firstNegative = 0;
    while (firstNegative < n && sample[firstNegative] >= 0) {
      firstNegative++;
    }
    int[] order = new int[n];
    int j = 0;
    for (int t = firstNegative; t < n; t++) {
      order[j++] = t;
    }
    for (int t = 0; t < firstNegative; t++) {
      order[j++] = t;
    }
    return order;
  }

  /**
   * Collects, in one pass over a segment's sample points, the documents holding each of the query
   * sample hashes (sorted, so that a cell of the points tree is entered only when it may hold one),
   * and how many documents hold each, deleted ones included, as a term's document frequency would.
   */
  private static final class SampleVisitor implements PointValues.IntersectVisitor {
    final long[] values; // the query hashes looked up, ascending
    final int[] positions; // their positions in the sample
    final int size;
    final int sampleSize;
    long[] hits = new long[64]; // (index in values << 32) | doc
    int hitCount;

    SampleVisitor(long[] sample, int[] order, boolean[] maybe, SegmentSampleFilter filter) {
      sampleSize = sample.length;
      values = new long[sampleSize];
      positions = new int[sampleSize];
      int n = 0;
      for (int t : order) {
        if ((maybe == null || maybe[t]) && (filter == null || filter.mightHold(sample[t]))) {
          values[n] = sample[t];
          positions[n++] = t;
        }
      }
      size = n;
    }

    @Override
    public PointValues.Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
      long min = LongPoint.decodeDimension(minPackedValue, 0);
      long max = LongPoint.decodeDimension(maxPackedValue, 0);
      int i = Arrays.binarySearch(values, 0, size, min);
      if (i >= 0) {
        return PointValues.Relation.CELL_CROSSES_QUERY;
      }
      i = -i - 1;
      return i < size && values[i] <= max
          ? PointValues.Relation.CELL_CROSSES_QUERY
          : PointValues.Relation.CELL_OUTSIDE_QUERY;
    }

    @Override
    public void visit(int docID) {
      throw new IllegalStateException("a sample cell is never inside the query");
    }

    @Override
    public void visit(int docID, byte[] packedValue) {
      int i = Arrays.binarySearch(values, 0, size, LongPoint.decodeDimension(packedValue, 0));
      if (i >= 0) {
        if (hitCount == hits.length) {
          hits = Arrays.copyOf(hits, hitCount * 2);
        }
        hits[hitCount++] = ((long) i << 32) | docID;
      }
    }

    /**
     * Adds each hash's document count to {@code frequency} (by sample position) and returns, by
     * sample position, the live documents holding each hash still within {@code maxFrequency}.
     */
    int[][] docs(long[] frequency, Bits live, int maxFrequency) {
      int[] counts = new int[size];
      for (int h = 0; h < hitCount; h++) {
        counts[(int) (hits[h] >>> 32)]++;
      }
      int[][] docs = new int[sampleSize][];
      int[] filled = new int[size];
      for (int i = 0; i < size; i++) {
        int t = positions[i];
        frequency[t] += counts[i];
        if (counts[i] > 0 && frequency[t] + 1 <= maxFrequency) {
          docs[t] = new int[counts[i]];
        }
      }
      for (int h = 0; h < hitCount; h++) {
        int i = (int) (hits[h] >>> 32);
        int d = (int) hits[h];
        int[] into = docs[positions[i]];
        if (into != null && (live == null || live.get(d))) {
          into[filled[i]++] = d;
        }
      }
      for (int i = 0; i < size; i++) {
        int t = positions[i];
        if (docs[t] != null && filled[i] < docs[t].length) {
          docs[t] = Arrays.copyOf(docs[t], filled[i]);
        }
      }
      return docs;
    }
  }

  /** Whether every document of {@code leaf} was added since this index was opened. */
  private boolean writtenThisSession(LeafReader leaf) throws IOException {
    PointValues points = leaf.getPointValues(SEQUENCE);
    return points != null
        && LongPoint.decodeDimension(points.getMinPackedValue(), 0) >= sessionStart;
  }

  /**
   * Whether a pair is a containment candidate by the batch rule ({@link ContainmentRule}); ties
   * count {@code p} as the shorter side.
   */
  private boolean containmentCandidate(
      int countP, int sampleP, int countD, int sampleD, int shared) {
    boolean pShorter = countP <= countD;
    return containmentRule.isCandidate(
        pShorter ? countP : countD, pShorter ? sampleP : sampleD, shared);
  }

  private int overlayFrequency(long hash) {
    return overlaySamples.count(hash);
  }

  /** Searches the overlay entries added at or after position {@code from}. */
  private void searchOverlay(Prepared p, int from, KeyHints hints, List<Found> found) {
    if (overlayList.size() <= from) {
      return;
    }
    Map<Prepared, Integer> shared = new HashMap<>();
    Set<Prepared> candidates = new HashSet<>();
    for (int b = 0; b < p.bandKeys.length; b++) {
      if (!hints.band()[b]) {
        continue; // in no overlay entry
      }
      overlayBands.forEach(
          p.bandKeys[b],
          i -> {
            if (i >= from) {
              candidates.add(overlayList.get(i));
            }
          });
    }
    for (int t = 0; t < p.sample.length; t++) {
      long h = p.sample[t];
      if (hints.sample()[t]
          && overlaySamples.count(h) + 1 <= config.thresholds().maxSampleFrequency()) {
        overlaySamples.forEach(
            h,
            i -> {
              if (i >= from) {
                shared.merge(overlayList.get(i), 1, Integer::sum);
              }
            });
      }
    }
    for (Map.Entry<Prepared, Integer> e : shared.entrySet()) {
      Prepared o = e.getKey();
      if (containmentCandidate(
          p.shingleCount, p.sample.length, o.shingleCount, o.sample.length, e.getValue())) {
        candidates.add(o);
      }
    }
    for (Prepared o : candidates) {
      if (o.id().equals(p.id()) || overlay.get(o.id()) != o) {
        continue;
      }
      verify(p, o.fingerprint, o.title, o.source, o, found);
    }
  }

  private void verify(
      Prepared p, Fingerprint f, String title, String source, Prepared origin, List<Found> found) {
    Optional<Match> m = detector.verify(p.fingerprint, f);
    m.ifPresent(match -> found.add(new Found(f, title, source, match, origin)));
  }

  /** Orders the matches and picks the representative by the star rule on the neighbourhood. */
  private IndexResult result(Prepared p, List<Found> found, boolean replaced) {
    found.sort(
        Comparator.comparingDouble((Found x) -> -x.match().score())
            .thenComparing(x -> x.fingerprint().id()));
    int n = found.size() + 1;
    String[] ids = new String[n];
    int[] counts = new int[n];
    ids[0] = p.id();
    counts[0] = p.shingleCount;
    List<Long> pairs = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      Fingerprint f = found.get(i - 1).fingerprint();
      ids[i] = f.id();
      counts[i] = f.shingleCount();
      pairs.add((long) i); // (0, i)
    }
    if (found.size() > 1 && found.size() <= MAX_PAIRWISE) {
      for (int i = 1; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (detector
              .verify(found.get(i - 1).fingerprint(), found.get(j - 1).fingerprint())
              .isPresent()) {
            pairs.add(((long) i << 32) | j);
          }
        }
      }
    }
    long[] pairArray = pairs.stream().mapToLong(Long::longValue).toArray();
    int[] rep = StarGrouping.representatives(ids, counts, pairArray);
    String representative = ids[rep[0]];
    List<IndexMatch> matches = new ArrayList<>(found.size());
    for (Found x : found) {
      Match m = x.match();
      String id = x.fingerprint().id();
      matches.add(
          new IndexMatch(
              id,
              x.title(),
              x.source(),
              m.similarity(),
              m.rule(),
              m.score(),
              id.equals(representative)));
    }
    return new IndexResult(p.id(), matches, representative, replaced);
  }

  // ---- the stored document

  private static Document document(Prepared p) {
    Document doc = new Document();
    doc.add(new StringField(ID, p.id(), Field.Store.YES));
    for (long k : p.bandKeys) {
      doc.add(new StringField(BAND, new BytesRef(encode(k, new byte[8])), Field.Store.NO));
    }
    if (p.shingleCount > 0) {
      for (long h : p.sample) {
        doc.add(new LongPoint(SAMPLE, h));
      }
    }
    doc.add(new BinaryDocValuesField(FINGERPRINT, new BytesRef(p.bytes)));
    if (!p.title.isEmpty()) {
      doc.add(new StoredField(TITLE, p.title));
    }
    if (!p.source.isEmpty()) {
      doc.add(new StoredField(SOURCE, p.source));
    }
    if (p.published != null) {
      doc.add(new StoredField(PUBLISHED, p.published.toEpochMilli()));
    }
    doc.add(new StoredField(ADDED, p.added));
    long time = p.published != null ? p.published.toEpochMilli() : p.added;
    doc.add(new LongPoint(TIME, time));
    doc.add(new LongPoint(SEQUENCE, p.sequence));
    doc.add(new NumericDocValuesField(META, ((long) p.shingleCount << 32) | p.sample.length));
    return doc;
  }

  private static byte[] encode(long v, byte[] into) {
    for (int i = 7; i >= 0; i--) {
      into[i] = (byte) v;
      v >>>= 8;
    }
    return into;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  // ---- lookups and whole-index reads

  /** Returns the live doc id of {@code id} in the searcher's reader, or -1. */
  private static int storedDoc(IndexSearcher searcher, String id) throws IOException {
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
      Terms terms = ctx.reader().terms(ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = ctx.reader().getLiveDocs();
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (live == null || live.get(d)) {
          return ctx.docBase + d;
        }
      }
    }
    return -1;
  }

  /** Makes every change visible to a fresh searcher and empties the overlay; holds write lock. */
  private void refreshLocked() throws IOException {
    awaitWrites();
    searchers.maybeRefreshBlocking();
    generation++;
    overlay.clear();
    overlaySize = 0;
    overlayList.clear();
    overlayBands.clear();
    overlaySamples.clear();
  }

  /** A function of a fresh searcher that sees every change so far. */
  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withFreshSearcher(SearcherFunction<T> f) throws IOException {
    lock.writeLock().lock();
    try {
      ensureOpen();
      if (!overlay.isEmpty()) {
        refreshLocked();
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        return f.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public Optional<Fingerprint> get(String id) throws IOException {
    return withStoredDoc(id, (r, doc) -> new StoredFingerprints(r).fingerprint(doc));
  }

  /** What is read of one stored document, given the reader and its doc id. */
  @FunctionalInterface
  private interface StoredDocFunction<T> {
    T apply(IndexReader reader, int doc) throws IOException;
  }

  /** Reads the stored document of {@code id} with a fresh searcher; empty if it is not stored. */
  private <T> Optional<T> withStoredDoc(String id, StoredDocFunction<T> f) throws IOException {
    Objects.requireNonNull(id, "id");
    return withFreshSearcher(
        s -> {
          int doc = storedDoc(s, id);
          return doc < 0 ? Optional.empty() : Optional.of(f.apply(s.getIndexReader(), doc));
        });
  }

  @Override
  public Optional<IndexedArticle> describe(String id) throws IOException {
    return withStoredDoc(
        id,
        (r, doc) -> {
          Document d = r.storedFields().document(doc);
          LeafReaderContext ctx = r.leaves().get(ReaderUtil.subIndex(doc, r.leaves()));
          NumericDocValues meta = ctx.reader().getNumericDocValues(META);
          if (meta == null || !meta.advanceExact(doc - ctx.docBase)) {
            throw new IOException("corrupt index: article " + id + " has no shingle count");
          }
          int shingleCount = (int) (meta.longValue() >>> 32);
          IndexableField published = d.getField(PUBLISHED);
          return new IndexedArticle(
              id,
              orEmpty(d.get(TITLE)),
              orEmpty(d.get(SOURCE)),
              published == null
                  ? Optional.empty()
                  : Optional.of(Instant.ofEpochMilli(published.numericValue().longValue())),
              Instant.ofEpochMilli(d.getField(ADDED).numericValue().longValue()),
              shingleCount);
        });
  }

  @Override
  public boolean remove(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    lock.writeLock().lock();
    try {
      ensureOpen();
      refreshLocked();
      IndexSearcher s = searchers.acquire();
      boolean exists;
      try {
        exists = storedDoc(s, id) >= 0;
      } finally {
        searchers.release(s);
      }
      if (exists) {
        writer.deleteDocuments(new Term(ID, id));
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
      long millis =
          cutoff.isBefore(Instant.ofEpochMilli(Long.MIN_VALUE + 1))
              ? Long.MIN_VALUE + 1
              : cutoff.isAfter(Instant.ofEpochMilli(Long.MAX_VALUE))
                  ? Long.MAX_VALUE
                  : cutoff.toEpochMilli();
      Query old = LongPoint.newRangeQuery(TIME, Long.MIN_VALUE, millis - 1);
      IndexSearcher s = searchers.acquire();
      long count;
      try {
        count = s.count(old);
      } finally {
        searchers.release(s);
      }
      if (count > 0) {
        writer.deleteDocuments(old);
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
    return withFreshSearcher(
        s -> {
          List<String> ids = new ArrayList<>();
          PostingsEnum pe = null;
          for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
            Terms terms = ctx.reader().terms(ID);
            if (terms == null) {
              continue;
            }
            Bits live = ctx.reader().getLiveDocs();
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
              pe = te.postings(pe, PostingsEnum.NONE);
              for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (live == null || live.get(d)) {
                  ids.add(t.utf8ToString());
                  break;
                }
              }
            }
          }
          ids.sort(Comparator.naturalOrder());
          return ids;
        });
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
      searcher = searchers.acquire();
    } finally {
      lock.writeLock().unlock();
    }
    try {
      return IndexGrouping.group(searcher.getIndexReader(), detector);
    } finally {
      searchers.release(searcher);
    }
  }

  // ---- durability and lifecycle

  @Override
  public void commit() throws IOException {
    lock.writeLock().lock();
    try {
      ensureOpen();
      awaitWrites();
      writer.setLiveCommitData(IndexMetadata.of(config).entrySet());
      writer.commit();
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
        awaitWrites();
        writer.setLiveCommitData(IndexMetadata.of(config).entrySet());
        writer.commit();
      } finally {
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
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException(
          "the index " + (path == null ? "(in memory)" : path.toString()) + " is closed");
    }
  }

  @Override
  public String toString() {
    return "LuceneDedupIndex[" + (path == null ? "in memory" : path.toString()) + "]";
  }
}
