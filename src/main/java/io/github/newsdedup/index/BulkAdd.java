package io.github.newsdedup.index;

import io.github.newsdedup.Article;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.internal.Futures;
import io.github.newsdedup.internal.Parallel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * One {@code addAll} call: the articles go through in chunks, as a pipeline. The pool of the
 * executor policy ({@link Parallel}) fingerprints and pre-searches the next chunk while the calling
 * thread enters the current one in order (so the results equal those of adding one by one), and one
 * serial writer thread writes the new documents, each handed to it as soon as it is entered. A
 * write failure is thrown when its chunk's writes are awaited; if this call fails first, the next
 * call on the index (at the latest {@code close()}) throws it. Single use.
 */
final class BulkAdd {
  /** Articles are fingerprinted, entered and written in chunks of this many. */
  static final int CHUNK = 128;

  private final LuceneDedupIndex index;
  private final List<Article> articles;

  BulkAdd(LuceneDedupIndex index, List<Article> articles) {
    this.index = index;
    this.articles = articles;
  }

  /** Adds the articles; returns their results in order. */
  List<IndexResult> run(ProgressListener listener) throws IOException {
    int n = articles.size();
    List<IndexResult> results = new ArrayList<>(n);
    listener.progress("index", 0, n);
    DocumentWrites writes = index.writes();
    try (Parallel parallel = Parallel.of(index.config().threads())) {
      ExecutorService writerThread = parallel.serial("news-dedup-index-writer");
      List<Future<Throwable>> previous = List.of();
      Future<List<PreparedArticle>> next = parallel.submit(() -> prepare(0, parallel));
      for (int from = 0; from < n; from += CHUNK) {
        List<PreparedArticle> prepared = Futures.await(next, "fingerprinting");
        int nextFrom = from + CHUNK;
        next = nextFrom < n ? parallel.submit(() -> prepare(nextFrom, parallel)) : null;
        List<Future<Throwable>> current = new ArrayList<>(prepared.size());
        for (PreparedArticle p : prepared) {
          List<FoundMatch> found = new ArrayList<>();
          index.addLocked(p, found);
          if (!p.replaced) {
            // Handed to the writer thread at once: a commit on another thread, which waits for
            // every entered article's write under the index's lock, never waits for this thread.
            current.add(writes.writeLater(List.of(p), writerThread));
          }
          results.add(index.result(p, found));
        }
        rethrowFirst(previous, writes);
        previous = current;
        index.maybeRefresh();
        listener.progress("index", from + prepared.size(), n);
      }
      rethrowFirst(previous, writes);
    } // closing lets queued writes run: entered articles are never left pending
    return results;
  }

  /** Awaits the writes in order and throws the first failure among them. */
  private static void rethrowFirst(List<Future<Throwable>> futures, DocumentWrites writes)
      throws IOException {
    Throwable first = null;
    for (Future<Throwable> f : futures) {
      Throwable t = Futures.await(f, "writing documents");
      if (first == null) {
        first = t;
      }
    }
    writes.rethrow(first);
  }

  private List<PreparedArticle> prepare(int from, Parallel parallel) {
    List<Article> part = articles.subList(from, Math.min(articles.size(), from + CHUNK));
    if (parallel.threads() == 1 || part.size() < 8) {
      return part.stream().map(index::prepareAndSearch).toList();
    }
    return part.parallelStream().map(index::prepareAndSearch).toList();
  }
}
