package io.github.newsdedup.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-to-end sub-bench: read or generate, fingerprint in parallel, then group, at each size and
 * thread count asked for; prints a row per run, the speed-up over one thread and the scale curve.
 */
final class EndToEndBench {
  private EndToEndBench() {}

  /**
   * What the end-to-end runs measured.
   *
   * @param main the run at the main size with the last thread count, or null if none ran at it
   * @param speedup wall time at one thread over wall time at the last thread count, or null
   * @param scale the cost per article at each size, or null without {@code --scale}
   * @param runs every run's figures, in order
   */
  record Result(
      EndToEnd.Run main, Double speedup, List<Object> scale, List<Map<String, Object>> runs) {}

  /**
   * Runs the warm-up and the end-to-end runs and prints them.
   *
   * @param n the main size: its run gives the report's headline figures
   */
  static Result run(Corpus corpus, int n, BenchOptions o, PrintStream out) {
    if (o.warmup) {
      int w = Math.min(n, 5000);
      EndToEnd.run(corpus, w, o.lastThreads(), o.mode, o.exact, o.detector(o.lastThreads()));
    }
    List<Integer> sizes = o.scale == null ? List.of(n) : o.scale;
    List<Map<String, Object>> runs = new ArrayList<>();
    EndToEnd.Run main = null;
    Map<Integer, EndToEnd.Run> atN = new LinkedHashMap<>();
    printHeader(out, o);
    for (int size : sizes) {
      for (int t : o.threads) {
        EndToEnd.Run r =
            EndToEnd.run(corpus, Math.min(size, corpus.size()), t, o.mode, o.exact, o.detector(t));
        printRun(out, r);
        runs.add(runJson(r));
        if (r.articles == n) {
          atN.put(t, r);
          main = r;
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "  (read = generating the corpus; stage seconds for read and fingerprint are thread"
            + " sums / threads)%n");
    Double speedup = null;
    if (atN.containsKey(1) && atN.size() > 1) {
      EndToEnd.Run one = atN.get(1);
      EndToEnd.Run last = atN.get(o.lastThreads());
      speedup = one.wallSeconds / last.wallSeconds;
      out.printf(Locale.ROOT, "Speed-up 1 -> %d threads: %.2fx%n", last.threads, speedup);
    }
    List<Object> scale = o.scale == null ? null : scaleCurve(runs, out);
    return new Result(main, speedup, scale, runs);
  }

  /** Adds the group stages (candidates, verification, grouping) of {@code r} to the stages. */
  static void addGroupStages(Map<String, Object> stages, EndToEnd.Run r) {
    addGroupStage(stages, "candidates", r);
    addGroupStage(stages, "verification", r);
    addGroupStage(stages, "grouping", r);
  }

  private static void printHeader(PrintStream out, BenchOptions o) {
    out.printf(
        Locale.ROOT,
        "End to end (%s mode, %s verification): read/generate + fingerprint in parallel, then"
            + " group%n",
        o.mode,
        o.exact ? "exact" : "estimated");
    out.printf(
        Locale.ROOT,
        "  %9s %3s %9s %9s %9s %10s %10s %8s %9s  %s%n",
        "articles",
        "thr",
        "wall s",
        "cpu s",
        "gc s",
        "µs/art",
        "cpuµs/art",
        "MB/s",
        "peak MB",
        "stages (s)");
  }

  private static void printRun(PrintStream out, EndToEnd.Run r) {
    out.printf(
        Locale.ROOT,
        "  %9d %3d %9.1f %9.1f %9.1f %10.1f %10.1f %8.1f %9d  %s%n",
        r.articles,
        r.threads,
        r.wallSeconds,
        r.cpuSeconds,
        r.gcSeconds,
        r.microsPerArticle(),
        r.cpuMicrosPerArticle(),
        r.bytes / 1e6 / r.wallSeconds,
        r.peakHeapBytes >> 20,
        stagesText(r));
  }

  private static List<Object> scaleCurve(List<Map<String, Object>> runs, PrintStream out) {
    List<Object> curve = new ArrayList<>();
    out.println("Scale curve (cost per article):");
    for (Map<String, Object> m : runs) {
      Map<String, Object> point = new LinkedHashMap<>();
      for (String key : List.of("articles", "threads", "microsPerArticle", "cpuMicrosPerArticle")) {
        point.put(key, m.get(key));
      }
      curve.add(point);
    }
    for (Map<String, Object> m : runs) {
      out.printf(
          Locale.ROOT,
          "  %9d articles, %d threads: %.1f µs/article wall, %.1f µs/article CPU%n",
          m.get("articles"),
          m.get("threads"),
          m.get("microsPerArticle"),
          m.get("cpuMicrosPerArticle"));
    }
    return curve;
  }

  private static void addGroupStage(Map<String, Object> stages, String name, EndToEnd.Run r) {
    String key = name.equals("verification") ? "verify" : name;
    Double s = r.stageSeconds.get(key);
    if (s == null) {
      return;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mbPerSec", r.bytes / 1e6 / s);
    m.put("articlesPerSec", r.articles / s);
    m.put("seconds", s);
    m.put("threads", r.threads);
    m.put("articles", r.articles);
    stages.put(name, m);
  }

  private static String stagesText(EndToEnd.Run r) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Double> e : r.stageSeconds.entrySet()) {
      sb.append(sb.length() == 0 ? "" : " ")
          .append(e.getKey())
          .append('=')
          .append(String.format(Locale.ROOT, "%.2f", e.getValue()));
      Double cpu = r.stageCpuSeconds.get(e.getKey());
      if (cpu != null) {
        sb.append(String.format(Locale.ROOT, "(cpu %.2f)", cpu));
      }
    }
    return sb.toString();
  }

  private static Map<String, Object> runJson(EndToEnd.Run r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", r.articles);
    m.put("threads", r.threads);
    m.put("mode", r.mode);
    m.put("verification", r.exact ? "exact" : "estimated");
    m.put("megabytes", r.bytes / 1e6);
    m.put("wallSeconds", r.wallSeconds);
    m.put("cpuSeconds", r.cpuSeconds);
    m.put("gcSeconds", r.gcSeconds);
    m.put("microsPerArticle", r.microsPerArticle());
    m.put("cpuMicrosPerArticle", r.cpuMicrosPerArticle());
    m.put("mbPerSec", r.bytes / 1e6 / r.wallSeconds);
    m.put("peakHeapBytes", r.peakHeapBytes);
    m.put("liveHeapAfterGcBytes", r.liveHeapBytes);
    m.put("groups", r.groups);
    m.put("articlesInGroups", r.groupedArticles);
    m.put("stageSeconds", new LinkedHashMap<>(r.stageSeconds));
    m.put("stageCpuSeconds", new LinkedHashMap<>(r.stageCpuSeconds));
    return m;
  }
}
