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
 * thread enters the current one in order (so the results equal those of adding one by one), and
 * one serial writer thread writes the new documents of the chunk before. A write failure is thrown
 * when its chunk's writes are awaited; if this call fails first, the next call on the index (at the
 * latest {@code close()}) throws it. Single use.
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
      Future<Throwable> lastWrite = null;
      Future<List<PreparedArticle>> next = parallel.submit(() -> prepare(0, parallel));
      for (int from = 0; from < n; from += CHUNK) {
        List<PreparedArticle> prepared = Futures.await(next, "fingerprinting");
        int nextFrom = from + CHUNK;
        next = nextFrom < n ? parallel.submit(() -> prepare(nextFrom, parallel)) : null;
        List<PreparedArticle> toWrite = new ArrayList<>(prepared.size());
        Future<Throwable> previous = lastWrite;
        try {
          for (PreparedArticle p : prepared) {
            List<FoundMatch> found = new ArrayList<>();
            index.addLocked(p, found);
            if (!p.replaced) {
              toWrite.add(p);
            }
            results.add(index.result(p, found));
          }
        } finally {
          // Every article entered must be written (or forgotten), even when this chunk failed;
          // a write failure that this call does not throw is thrown by the next call.
          lastWrite = writes.writeLater(toWrite, writerThread);
        }
        if (previous != null) {
          writes.rethrow(Futures.await(previous, "writing documents"));
        }
        index.maybeRefresh();
        listener.progress("index", from + prepared.size(), n);
      }
      if (lastWrite != null) {
        writes.rethrow(Futures.await(lastWrite, "writing documents"));
      }
    } // closing lets queued writes run: entered articles are never left pending
    return results;
  }

  private List<PreparedArticle> prepare(int from, Parallel parallel) {
    List<Article> part = articles.subList(from, Math.min(articles.size(), from + CHUNK));
    if (parallel.threads() == 1 || part.size() < 8) {
      return part.stream().map(index::prepareAndSearch).toList();
    }
    return part.parallelStream().map(index::prepareAndSearch).toList();
  }
}
