package io.github.newsdedup.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;

/**
 * Writes the documents of new articles to the {@link IndexWriter} outside the index's lock, after
 * the index entered them in its overlay: by the adding thread, or in order on a background thread
 * for {@code addAll}. It counts the writes under way, so that whatever needs the writer complete (a
 * refresh, a commit, a replacement, closing) can wait for them. The article of a document that
 * cannot be written is handed back ({@link #takeFailed()}) for the index to take out of its
 * overlay under its lock: a writer never waits for that lock, whose holder may be waiting for the
 * writer. The failure of a background write is kept until a caller reports it, so that no failure
 * goes unseen. Thread-safe.
 */
final class DocumentWrites {
  private final IndexWriter writer;
  private int pending; // guarded by this
  private Throwable failure; // of a background write, not yet reported; guarded by this
  private List<PreparedArticle> failed = new ArrayList<>(); // guarded by this

  DocumentWrites(IndexWriter writer) {
    this.writer = writer;
  }

  /** Counts a write that is to follow; the caller holds the index's write lock. */
  synchronized void started() {
    pending++;
  }

  private synchronized void done() {
    if (--pending == 0) {
      notifyAll();
    }
  }

  /**
   * Writes the document of an article counted by {@link #started()}. If that fails, the article is
   * kept for {@link #takeFailed()} (it is not stored) and the failure is thrown.
   */
  void write(PreparedArticle p) throws IOException {
    write(p, false);
  }

  /** Writes; a background write's failure is kept before the write counts as done. */
  private void write(PreparedArticle p, boolean background) throws IOException {
    try {
      // A new id: no delete term to buffer and apply at flush.
      writer.addDocument(IndexSchema.document(p));
      p.bytes = null;
    } catch (IOException | RuntimeException | Error e) {
      synchronized (this) {
        failed.add(p);
        if (background) {
          keep(e);
        }
      }
      throw e;
    } finally {
      done();
    }
  }

  /** Returns, and forgets, the articles whose documents could not be written since last asked. */
  synchronized List<PreparedArticle> takeFailed() {
    if (failed.isEmpty()) {
      return List.of();
    }
    List<PreparedArticle> taken = failed;
    failed = new ArrayList<>();
    return taken;
  }

  /**
   * Writes the documents of {@code articles}, in order, on {@code executor}. A failure (the first
   * one kept, later ones suppressed in it) is kept until a caller reports it: the one who awaits
   * the returned future through {@link #rethrow}, or else the next {@link #rethrowFailure()}.
   *
   * @return a future of the failure, {@code null} if every document was written
   */
  Future<Throwable> writeLater(List<PreparedArticle> articles, ExecutorService executor) {
    return executor.submit(
        () -> {
          Throwable first = null;
          for (PreparedArticle p : articles) {
            try {
              write(p, true);
            } catch (IOException | RuntimeException | Error e) {
              if (first == null) {
                first = e; // the later ones are suppressed in the kept failure
              }
            }
          }
          return first;
        });
  }

  private synchronized void keep(Throwable e) {
    if (failure == null) {
      failure = e;
    } else if (failure != e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Throws {@code f}, the failure of awaited background writes, so that it is not reported again;
   * does nothing if it is {@code null}.
   */
  void rethrow(Throwable f) throws IOException {
    if (f == null) {
      return;
    }
    synchronized (this) {
      if (failure == f) {
        failure = null;
      }
    }
    throwAsIs(f);
  }

  /** Throws the kept failure of a background write, once; does nothing if there is none. */
  void rethrowFailure() throws IOException {
    Throwable f;
    synchronized (this) {
      f = failure;
      failure = null;
    }
    if (f != null) {
      throwAsIs(f);
    }
  }

  /**
   * Waits until every counted write finished. An interrupt does not stop the wait (the writes
   * finish regardless, and the caller needs them finished); the interrupt flag is kept.
   */
  void await() {
    boolean interrupted = false;
    synchronized (this) {
      while (pending > 0) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void throwAsIs(Throwable t) throws IOException {
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    throw (Error) t;
  }
}
