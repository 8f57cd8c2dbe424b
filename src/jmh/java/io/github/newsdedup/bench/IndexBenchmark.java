package io.github.newsdedup.bench;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.index.DedupIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Measures the persistent index: ingest rate with a commit every {@code --commit-every} articles,
 * {@code match} latency (p50, p99, max) of articles not in the index (a third of them copies of
 * stored articles), and size on disk per article.
 *
 * <p>The corpus is generated, deterministic from {@code --seed}: articles of 250 to 700 words drawn
 * from a Zipf-distributed vocabulary of 50,000 invented words, in sentences and paragraphs; one in
 * ten is an edited copy (prefix/suffix cut, a few words changed, site chrome added) of an earlier
 * article. Run:
 *
 * <pre>
 * mvn -Pbench -DskipTests package
 * java -Xmx4g -cp target/news-dedup-bench.jar io.github.newsdedup.bench.IndexBenchmark \
 *     --articles 100000 --dir /tmp/idx-100k
 * </pre>
 */
public final class IndexBenchmark {
  private static final int VOCABULARY = 50_000;

  private IndexBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code --articles N --dir PATH [--commit-every N] [--batch N] [--queries N] [--seed
   *     N] [--groups] [--reopen]}; {@code --batch} is the number of articles per {@code addAll}
   *     call (default: the commit interval, at most 10,000); {@code --groups} also times {@code
   *     groups()} over the whole index, {@code --reopen} the same queries again after closing and
   *     reopening it (no segment is then of this session)
   * @throws IOException if the index cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int articles = 100_000;
    int commitEvery = 10_000;
    int batch = -1;
    int queries = 2_000;
    long seed = 7;
    boolean groups = false;
    boolean reopen = false;
    Path dir = null;
    for (int i = 0; i < args.length; i += 2) {
      if (args[i].equals("--groups")) {
        groups = true;
        i--;
        continue;
      }
      if (args[i].equals("--reopen")) {
        reopen = true;
        i--;
        continue;
      }
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[i + 1]);
        case "--commit-every" -> commitEvery = Integer.parseInt(args[i + 1]);
        case "--batch" -> batch = Integer.parseInt(args[i + 1]);
        case "--queries" -> queries = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dir == null) {
      throw new IllegalArgumentException("--dir is required");
    }
    if (Files.exists(dir)) {
      throw new IllegalArgumentException(dir + " exists; give a new directory");
    }
    NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
    Generator gen = new Generator(seed);
    out.printf(
        Locale.ROOT,
        "index benchmark: %d articles, commit every %d, addAll of %d, %d threads, %s%n",
        articles,
        commitEvery,
        batch <= 0 ? Math.min(commitEvery, 10_000) : batch,
        detector.config().threads(),
        Runtime.version());
    List<Article> qs = new ArrayList<>(queries);
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      ingest(
          index,
          gen,
          articles,
          batch <= 0 ? Math.min(commitEvery, 10_000) : batch,
          commitEvery,
          out);

      // match latency: fresh articles, one in three a copy of a stored one.
      Generator queriesGen = new Generator(seed + 1);
      queriesGen.seenFrom(gen);
      for (int i = 0; i < queries; i++) {
        qs.add(i % 3 == 0 ? queriesGen.copyOfSeen("q" + i) : queriesGen.fresh("q" + i));
      }
      matchLatency(out, "match", index, detector, qs);

      if (groups) {
        printGroups(index, out);
      }
    }
    if (reopen) {
      try (DedupIndex index = DedupIndex.open(dir, detector)) {
        matchLatency(out, "match after reopening", index, detector, qs);
      }
    }
    long bytes = sizeOnDisk(dir);
    out.printf(
        Locale.ROOT,
        "disk: %,d bytes = %.0f bytes per article%n",
        bytes,
        bytes / (double) articles);
  }

  /**
   * Adds {@code articles} generated articles in batches, committing as asked, and prints the rate.
   */
  private static void ingest(
      DedupIndex index, Generator gen, int articles, int batch, int commitEvery, PrintStream out)
      throws IOException {
    long copiesFound = 0;
    long copies = 0;
    long ingestNanos = 0;
    long commitNanos = 0;
    long ingestCpuNanos = 0;
    int committed = 0;
    for (int from = 0; from < articles; from += batch) {
      List<Article> part = new ArrayList<>(batch);
      for (int i = from; i < Math.min(articles, from + batch); i++) {
        part.add(gen.next());
      }
      long a0 = System.nanoTime();
      long cpu0 = processCpuNanos();
      var results = index.addAll(part, ProgressListener.NONE);
      ingestNanos += System.nanoTime() - a0;
      ingestCpuNanos += processCpuNanos() - cpu0;
      for (int i = 0; i < part.size(); i++) {
        if (part.get(i).id().contains("copy")) {
          copies++;
          if (results.get(i).hasMatches()) {
            copiesFound++;
          }
        }
      }
      int done = Math.min(articles, from + batch);
      if (done - committed >= commitEvery || done == articles) {
        committed = done;
        long c0 = System.nanoTime();
        long commitCpu0 = processCpuNanos();
        index.commit();
        commitNanos += System.nanoTime() - c0;
        ingestNanos += System.nanoTime() - c0;
        ingestCpuNanos += processCpuNanos() - commitCpu0;
      }
      if (done / 100_000 > (done - part.size()) / 100_000) {
        double s = ingestNanos / 1e9;
        out.printf(Locale.ROOT, "  %,d articles, %.1f s, %.0f articles/s%n", done, s, done / s);
      }
    }
    double seconds = ingestNanos / 1e9; // generating the articles is not counted
    out.printf(
        Locale.ROOT,
        "ingest: %,d articles in %.1f s = %.0f articles/s (commits %.1f s; process CPU %.0f us"
            + " an article); copies matched on add: %d of %d%n",
        articles,
        seconds,
        articles / seconds,
        commitNanos / 1e9,
        ingestCpuNanos / 1e3 / articles,
        copiesFound,
        copies);
  }

  private static void printGroups(DedupIndex index, PrintStream out) throws IOException {
    long g0 = System.nanoTime();
    List<DuplicateGroup> all = index.groups();
    long withCopies = all.stream().filter(g -> g.size() > 1).count();
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    out.printf(
        Locale.ROOT,
        "groups: %,d groups (%,d with copies) in %.1f s; max heap %,d MB%n",
        all.size(),
        withCopies,
        (System.nanoTime() - g0) / 1e9,
        heap.getMax() >> 20);
  }

  private static long sizeOnDisk(Path dir) throws IOException {
    long bytes = 0;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          bytes += Files.size(f);
        }
      }
    }
    return bytes;
  }

  private static void matchLatency(
      PrintStream out,
      String label,
      DedupIndex index,
      NearDuplicateDetector detector,
      List<Article> qs)
      throws IOException {
    int queries = qs.size();
    // warm-up
    for (int i = 0; i < Math.min(500, queries); i++) {
      index.match(qs.get(i));
    }
    long[] nanos = new long[queries];
    long fpNanos = 0;
    int found = 0;
    for (int i = 0; i < queries; i++) {
      long t0 = System.nanoTime();
      if (index.match(qs.get(i)).hasMatches()) {
        found++;
      }
      nanos[i] = System.nanoTime() - t0;
    }
    for (int i = 0; i < queries; i++) {
      long t0 = System.nanoTime();
      detector.fingerprint(qs.get(i));
      fpNanos += System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    out.printf(
        Locale.ROOT,
        "%s: %d queries (%d copies), %d with matches; latency p50 %.2f ms, p99 %.2f ms,"
            + " max %.2f ms (of which fingerprinting the query: mean %.2f ms)%n",
        label,
        queries,
        (queries + 2) / 3,
        found,
        nanos[queries / 2] / 1e6,
        nanos[(int) Math.min(queries - 1, Math.ceil(queries * 0.99) - 1)] / 1e6,
        nanos[queries - 1] / 1e6,
        fpNanos / 1e6 / queries);
  }

  /**
   * CPU time of the whole process (all threads, merges included), which the other jobs on a shared
   * machine disturb less than wall time; 0 where the JVM does not report it.
   */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  /** Deterministic article generator. */
  static final class Generator {
    private final SplittableRandom random;
    private final double[] cumulative = new double[VOCABULARY];
    private final String[] words = new String[VOCABULARY];
    private final List<String> recent = new ArrayList<>();
    private long count;

    Generator(long seed) {
      random = new SplittableRandom(seed);
      SplittableRandom w = new SplittableRandom(12345);
      double sum = 0;
      for (int i = 0; i < VOCABULARY; i++) {
        sum += 1.0 / Math.pow(i + 1, 1.05);
        cumulative[i] = sum;
        StringBuilder sb = new StringBuilder();
        int len = 2 + w.nextInt(9);
        for (int c = 0; c < len; c++) {
          sb.append((char) ('a' + w.nextInt(26)));
        }
        words[i] = sb.toString();
      }
      for (int i = 0; i < VOCABULARY; i++) {
        cumulative[i] /= sum;
      }
    }

    void seenFrom(Generator other) {
      recent.addAll(other.recent);
    }

    Article next() {
      long n = count++;
      if (n > 10 && n % 10 == 0 && !recent.isEmpty()) {
        return copyOfSeen("a" + n + "-copy");
      }
      return fresh("a" + n);
    }

    Article fresh(String id) {
      String text = text(250 + random.nextInt(450));
      if (recent.size() < 20_000) {
        recent.add(text);
      } else {
        recent.set(random.nextInt(recent.size()), text);
      }
      return Article.of(id, text);
    }

    Article copyOfSeen(String id) {
      String source = recent.get(random.nextInt(recent.size()));
      String[] tokens = source.split(" ");
      int from = random.nextInt(Math.max(1, tokens.length / 10));
      int to = tokens.length - random.nextInt(Math.max(1, tokens.length / 10));
      StringBuilder sb = new StringBuilder("Home | News | World\nAdvertisement\n");
      for (int i = from; i < to; i++) {
        sb.append(random.nextInt(40) == 0 ? word() : tokens[i]).append(' ');
      }
      sb.append("\nShare this article. Copyright Example Site.");
      return Article.of(id, sb.toString());
    }

    private String text(int n) {
      StringBuilder sb = new StringBuilder(n * 7);
      int sentence = 0;
      for (int i = 0; i < n; i++) {
        String w = word();
        if (sentence == 0) {
          sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        } else {
          sb.append(w);
        }
        if (++sentence >= 8 + random.nextInt(16)) {
          sb.append(". ");
          sentence = 0;
        } else {
          sb.append(' ');
        }
      }
      return sb.append('.').toString();
    }

    private String word() {
      int i = Arrays.binarySearch(cumulative, random.nextDouble());
      return words[Math.min(VOCABULARY - 1, i < 0 ? -i - 1 : i)];
    }
  }
}
