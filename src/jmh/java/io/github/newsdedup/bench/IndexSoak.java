package io.github.newsdedup.bench;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.index.DedupIndex;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The index soak: {@code --writers N} threads add generated articles in batches ({@code addAll})
 * and {@code --readers M} threads match edited copies of articles already added, all on one index,
 * for {@code --seconds S}, while a committer commits every {@code --commit-ms} ms. Prints adds/s,
 * match latency (p50, p99, max), commits and heap; then closes the index, reopens it read-only and
 * checks that every added article is there and that {@code groups()} equals the batch groups of
 * exactly the added articles. Run:
 *
 * <pre>
 * mvn -Pbench -DskipTests package
 * java -Xmx2g -cp target/news-dedup-bench.jar io.github.newsdedup.bench.IndexSoak \
 *     --dir /tmp/soak --writers 2 --readers 2 --seconds 120
 * </pre>
 */
public final class IndexSoak {
  private IndexSoak() {}

  /**
   * Runs the soak.
   *
   * @param args {@code --dir PATH [--writers N] [--readers M] [--seconds S] [--batch N]
   *     [--commit-ms N] [--seed N]}
   * @throws Exception if the index fails or the check finds a difference
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = null;
    int writers = 2;
    int readers = 2;
    int seconds = 120;
    int batch = 100;
    int commitMs = 1000;
    long seed = 7;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--dir" -> dir = Path.of(args[i + 1]);
        case "--writers" -> writers = Integer.parseInt(args[i + 1]);
        case "--readers" -> readers = Integer.parseInt(args[i + 1]);
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--batch" -> batch = Integer.parseInt(args[i + 1]);
        case "--commit-ms" -> commitMs = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dir == null) {
      throw new IllegalArgumentException("--dir is required (a new or empty directory)");
    }
    if (Files.exists(dir)) {
      try (var s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new IllegalArgumentException(dir + " is not empty");
        }
      }
    }
    NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
    CorpusGenerator corpus = new CorpusGenerator(seed);
    AtomicInteger next = new AtomicInteger(); // numbers handed out to writers
    AtomicInteger added = new AtomicInteger(); // articles whose addAll returned
    Set<Integer> addedNumbers = ConcurrentHashMap.newKeySet();
    AtomicLong commits = new AtomicLong();
    AtomicLong maxHeap = new AtomicLong();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    out.printf(
        Locale.ROOT,
        "soak: %d writers (batches of %d), %d readers, commit every %d ms, %d s, heap max %d MB%n",
        writers,
        batch,
        readers,
        commitMs,
        seconds,
        Runtime.getRuntime().maxMemory() >> 20);
    long started = System.nanoTime();
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      int perBatch = batch;
      for (int w = 0; w < writers; w++) {
        threads.add(
            thread(
                "writer-" + w,
                failures,
                () -> {
                  while (System.nanoTime() < end) {
                    int from = next.getAndAdd(perBatch);
                    List<Article> articles = new ArrayList<>(perBatch);
                    for (int i = from; i < from + perBatch; i++) {
                      articles.add(corpus.article(i));
                    }
                    index.addAll(articles, ProgressListener.NONE);
                    for (int i = from; i < from + perBatch; i++) {
                      addedNumbers.add(i);
                    }
                    added.addAndGet(perBatch);
                  }
                }));
      }
      for (int r = 0; r < readers; r++) {
        long[][] mine = {new long[1 << 16]};
        int[] count = {0};
        SplittableRandom random = new SplittableRandom(seed * 31 + r);
        threads.add(
            thread(
                "reader-" + r,
                failures,
                () -> {
                  while (System.nanoTime() < end) {
                    int n = added.get();
                    if (n == 0) {
                      Thread.sleep(1);
                      continue;
                    }
                    Article a = corpus.article(random.nextInt(n));
                    String body = a.body();
                    Article query = Article.of("query", body.substring(body.length() / 10));
                    long t0 = System.nanoTime();
                    index.match(query);
                    long t = System.nanoTime() - t0;
                    if (count[0] == mine[0].length) {
                      mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                    }
                    mine[0][count[0]++] = t;
                  }
                  synchronized (latencies) {
                    latencies.add(Arrays.copyOf(mine[0], count[0]));
                  }
                }));
      }
      int interval = commitMs;
      threads.add(
          thread(
              "committer",
              failures,
              () -> {
                while (System.nanoTime() < end) {
                  Thread.sleep(interval);
                  index.commit();
                  commits.incrementAndGet();
                  maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                }
              }));
      for (Thread t : threads) {
        t.join();
      }
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a soak thread failed", failures.get(0));
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    out.printf(
        Locale.ROOT,
        "adds          %d in %.1f s: %.0f adds/s%n",
        added.get(),
        elapsed,
        added.get() / elapsed);
    out.printf(
        Locale.ROOT,
        "matches       %d: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        all.length,
        percentile(all, 0.50),
        percentile(all, 0.99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    out.printf(
        Locale.ROOT,
        "commits       %d; heap used at commits: max %d MB%n",
        commits.get(),
        maxHeap.get() >> 20);

    // The final check: nothing lost, and the groups are those of the batch detector.
    long t0 = System.nanoTime();
    try (DedupIndex index = DedupIndex.openReadOnly(dir)) {
      List<String> ids = index.ids();
      Set<String> expected = new HashSet<>();
      List<Article> articles = new ArrayList<>();
      for (int i : addedNumbers) {
        Article a = corpus.article(i);
        expected.add(a.id());
        articles.add(a);
      }
      articles.sort((x, y) -> x.id().compareTo(y.id()));
      boolean allThere = ids.size() == expected.size() && expected.containsAll(ids);
      List<Fingerprint> fingerprints =
          articles.parallelStream().map(detector::fingerprint).toList();
      List<DuplicateGroup> batchGroups =
          detector.groupFingerprints(fingerprints, ProgressListener.NONE);
      boolean sameGroups = batchGroups.equals(index.groups());
      out.printf(
          Locale.ROOT,
          "check         %d articles stored, %s; groups() %s the batch groups (%d groups, %.1f"
              + " s)%n",
          ids.size(),
          allThere ? "none lost" : "LOST OR EXTRA ARTICLES",
          sameGroups ? "equals" : "DIFFERS FROM",
          batchGroups.size(),
          (System.nanoTime() - t0) / 1e9);
      if (!allThere || !sameGroups) {
        System.exit(1);
      }
    }
  }

  private interface Body {
    void run() throws Exception;
  }

  private static Thread thread(String name, List<Throwable> failures, Body body) {
    Thread t =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (Throwable e) {
                synchronized (failures) {
                  failures.add(e);
                }
              }
            },
            name);
    t.start();
    return t;
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
  }
}
