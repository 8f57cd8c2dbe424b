package io.github.newsdedup.bench;

import io.github.newsdedup.NearDuplicateDetector;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's command line, parsed. */
final class BenchOptions {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar news-dedup-bench.jar [options]",
          "       java -jar news-dedup-bench.jar jmh [JMH options]   (microbenchmarks)",
          "",
          "  --articles N          articles to generate (or read at most) (default 10000)",
          "  --corpus PATH         read .txt/.html files under PATH instead of generating",
          "  --seed S              corpus seed (default 42)",
          "  --threads T[,T2...]   worker threads; several values = one run each, speed-up",
          "                        reported (default: available processors)",
          "  --scale N1,N2,...     end-to-end runs at these sizes; prints cost per article",
          "  --stage-sample S      articles for the single-thread stage and peer comparison",
          "                        (default min(N, 5000)); 0 skips it",
          "  --no-peers            skip the peers",
          "  --datasketch PYTHON   also run the Python peer datasketch (PYTHON = interpreter",
          "                        with datasketch installed, e.g. python3) on the same texts",
          "  --repeat R            stage and peer timings: best of R rounds (default 3)",
          "  --profile-stage S     run stage S (normalize, tokenize, api) for 20 s and exit, to",
          "                        attach a profiler",
          "  --mode M              fingerprints (streaming, default) or articles (batch API)",
          "  --verification V      estimated (default: fingerprints without shingle sets) or exact",
          "  --no-warmup           skip the untimed end-to-end warm-up run",
          "  --max-sample-frequency F  detector option maxSampleFrequency (default: the",
          "                        library default)",
          "  --json FILE           also write the results as JSON",
          "",
          "Recommended JVM flags on small machines: -Xmx4g -XX:+UseParallelGC");

  int articles = 10_000;
  String corpusPath;
  long seed = 42;
  List<Integer> threads = List.of(Runtime.getRuntime().availableProcessors());
  List<Integer> scale;
  int stageSample = -1;
  int repeats = 3;
  String profileStage;
  int maxSampleFrequency = -1;
  boolean peers = true;
  String datasketchPython;
  String mode = "fingerprints";
  boolean exact;
  boolean warmup = true;
  String json;
  boolean help;

  /** The first unknown option, if any: the benchmark then prints the usage and exits with 2. */
  String unknown;

  /**
   * Parses the options.
   *
   * @throws IllegalArgumentException on a bad value
   */
  static BenchOptions parse(String[] args) {
    BenchOptions o = new BenchOptions();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--articles" -> o.articles = Integer.parseInt(args[++i].replace("_", ""));
        case "--corpus" -> o.corpusPath = args[++i];
        case "--seed" -> o.seed = Long.parseLong(args[++i]);
        case "--threads" -> o.threads = ints(args[++i]);
        case "--scale" -> o.scale = ints(args[++i]);
        case "--stage-sample" -> o.stageSample = Integer.parseInt(args[++i]);
        case "--no-peers" -> o.peers = false;
        case "--datasketch" -> o.datasketchPython = args[++i];
        case "--repeat" -> o.repeats = Integer.parseInt(args[++i]);
        case "--profile-stage" -> o.profileStage = args[++i];
        case "--max-sample-frequency" -> o.maxSampleFrequency = Integer.parseInt(args[++i]);
        case "--mode" -> {
          o.mode = args[++i];
          if (!o.mode.equals("fingerprints") && !o.mode.equals("articles")) {
            throw new IllegalArgumentException("--mode must be fingerprints or articles");
          }
        }
        case "--verification" -> {
          String v = args[++i];
          if (!v.equals("exact") && !v.equals("estimated")) {
            throw new IllegalArgumentException("--verification must be exact or estimated");
          }
          o.exact = v.equals("exact");
        }
        case "--no-warmup" -> o.warmup = false;
        case "--json" -> o.json = args[++i];
        case "--help", "-h" -> {
          o.help = true;
          return o;
        }
        default -> {
          o.unknown = a;
          return o;
        }
      }
    }
    return o;
  }

  /** Returns the last (largest) thread count asked for. */
  int lastThreads() {
    return threads.get(threads.size() - 1);
  }

  /** Returns the detector of an end-to-end run. */
  NearDuplicateDetector detector(int threadCount) {
    NearDuplicateDetector.Builder b =
        NearDuplicateDetector.builder().threads(threadCount).exactVerification(exact);
    if (maxSampleFrequency > 0) {
      b.maxSampleFrequency(maxSampleFrequency);
    }
    return b.build();
  }

  private static List<Integer> ints(String s) {
    List<Integer> out = new ArrayList<>();
    for (String p : s.split(",")) {
      int v = Integer.parseInt(p.trim().replace("_", ""));
      if (v < 1) {
        throw new IllegalArgumentException("expected positive numbers separated by commas: " + s);
      }
      out.add(v);
    }
    return out;
  }
}
