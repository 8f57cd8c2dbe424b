package io.github.newsdedup.bench;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One end-to-end run over the whole corpus with T threads: read (generate) and fingerprint the
 * articles in parallel, streaming (only fingerprints are kept), then group them with the detector.
 * Candidates, verification and grouping are timed from the detector's own progress events.
 *
 * <p>Mode {@code fingerprints} (the scalable path): {@code detector.fingerprint(article)} per
 * article, kept {@code withoutShingles()} when verification is estimated, then {@code
 * detector.groupFingerprints}. Mode {@code articles}: all articles in memory and {@code
 * detector.group(articles)} (the batch API, with the boilerplate rule).
 */
final class EndToEnd {
  /** Results of one run. */
  static final class Run {
    int articles;
    int threads;
    String mode;
    boolean exact;
    long bytes;
    double wallSeconds;
    double cpuSeconds;
    double gcSeconds;
    long peakHeapBytes;
    long liveHeapBytes;
    int groups;
    int groupedArticles;
    /** Wall seconds per stage: read and fingerprint are per-thread sums divided by threads. */
    final Map<String, Double> stageSeconds = new LinkedHashMap<>();

    double microsPerArticle() {
      return wallSeconds * 1e6 / articles;
    }

    double cpuMicrosPerArticle() {
      return cpuSeconds * 1e6 / articles;
    }
  }

  private EndToEnd() {}

  static Run run(
      Corpus corpus, int n, int threads, String mode, boolean exact, NearDuplicateDetector det) {
    Run r = new Run();
    r.articles = n;
    r.threads = threads;
    r.mode = mode;
    r.exact = exact;
    System.gc();
    Meters.resetPeaks();
    long gc0 = Meters.gcMillis();
    long cpu0 = Meters.processCpuNanos();
    long t0 = System.nanoTime();
    try (Meters.LiveSampler live = new Meters.LiveSampler()) {
      List<DuplicateGroup> groups;
      StageClock clock = new StageClock();
      if (mode.equals("articles")) {
        Article[] articles = new Article[n];
        long[] readNanos = new long[threads];
        long[] bytes = new long[threads];
        parallel(
            n,
            threads,
            (i, t) -> {
              long a = System.nanoTime();
              articles[i] = corpus.article(i);
              readNanos[t] += System.nanoTime() - a;
              bytes[t] += Corpus.utf8Length(articles[i].body());
            });
        r.bytes = Arrays.stream(bytes).sum();
        r.stageSeconds.put("read", Arrays.stream(readNanos).sum() / 1e9 / threads);
        clock.start();
        groups = det.group(Arrays.asList(articles), clock);
      } else {
        Fingerprint[] fps = new Fingerprint[n];
        long[] readNanos = new long[threads];
        long[] fpNanos = new long[threads];
        long[] bytes = new long[threads];
        parallel(
            n,
            threads,
            (i, t) -> {
              long a = System.nanoTime();
              Article article = corpus.article(i);
              long b = System.nanoTime();
              Fingerprint f = det.fingerprint(article);
              fps[i] = exact ? f : f.withoutShingles();
              long c = System.nanoTime();
              readNanos[t] += b - a;
              fpNanos[t] += c - b;
              bytes[t] += Corpus.utf8Length(article.body());
            });
        r.bytes = Arrays.stream(bytes).sum();
        r.stageSeconds.put("read", Arrays.stream(readNanos).sum() / 1e9 / threads);
        r.stageSeconds.put("fingerprint", Arrays.stream(fpNanos).sum() / 1e9 / threads);
        clock.start();
        groups = det.groupFingerprints(Arrays.asList(fps), clock);
      }
      clock.stop();
      clock.addTo(r.stageSeconds);
      r.wallSeconds = (System.nanoTime() - t0) / 1e9;
      r.cpuSeconds = (Meters.processCpuNanos() - cpu0) / 1e9;
      r.gcSeconds = (Meters.gcMillis() - gc0) / 1e3;
      r.peakHeapBytes = Meters.peakHeapBytes();
      r.liveHeapBytes = live.maxLive();
      for (DuplicateGroup g : groups) {
        if (g.size() > 1) {
          r.groups++;
          r.groupedArticles += g.size();
        }
      }
    }
    return r;
  }

  interface Body {
    void accept(int i, int thread);
  }

  /** Runs {@code body} for 0..n-1 on {@code threads} threads in chunks (dynamic balancing). */
  static void parallel(int n, int threads, Body body) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int chunk = 32;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread w =
          new Thread(
              () -> {
                try {
                  int from;
                  while ((from = next.getAndAdd(chunk)) < n && failure.get() == null) {
                    for (int i = from; i < Math.min(n, from + chunk); i++) {
                      body.accept(i, thread);
                    }
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              },
              "bench-worker-" + t);
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("benchmark worker failed", failure.get());
    }
  }

  /**
   * Turns the detector's progress events into stage wall times. A stage runs from its first event
   * ({@code done == 0}) until the next stage starts; once "verify" has completed, the time until
   * the next stage (or the end) is "grouping" (star grouping and building the result).
   */
  static final class StageClock implements ProgressListener {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private String current;
    private long since;

    synchronized void start() {
      current = "other";
      since = System.nanoTime();
    }

    @Override
    public synchronized void progress(String stage, long done, long total) {
      long now = System.nanoTime();
      if (done == 0) {
        switchTo(stage, now);
      }
      if (total >= 0 && done == total) {
        switchTo(stage.equals("verify") ? "grouping" : "other", now);
      }
    }

    private void switchTo(String stage, long now) {
      if (current != null) {
        nanos.merge(current, now - since, Long::sum);
      }
      current = stage;
      since = now;
    }

    synchronized void stop() {
      switchTo(null, System.nanoTime());
    }

    void addTo(Map<String, Double> out) {
      for (Map.Entry<String, Long> e : nanos.entrySet()) {
        out.merge(e.getKey(), e.getValue() / 1e9, Double::sum);
      }
    }
  }
}
