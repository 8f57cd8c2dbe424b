package io.github.newsdedup.bench;

import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.bench.StageBench.Sample;
import io.github.newsdedup.bench.StageBench.Stage;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The speed benchmark: {@code java -jar target/news-dedup-bench.jar --articles N [options]}. Runs
 * the sub-benches in turn — single-thread stages ({@link StageComparison}), peers ({@link
 * PeerComparison}), memory ({@link MemoryBench}), end to end ({@link EndToEndBench}) — and prints
 * each; {@code --json FILE} writes the same as JSON. {@code jmh [JMH options]} runs the JMH
 * microbenchmarks instead.
 */
public final class BenchMain {
  private BenchMain() {}

  /**
   * Runs the benchmark.
   *
   * @param args the options
   * @throws Exception if the corpus cannot be read, a peer cannot run or the JSON file written
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("jmh")) {
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BenchOptions o = BenchOptions.parse(args);
    if (o.help) {
      out.println(BenchOptions.USAGE);
      return;
    }
    if (o.unknown != null) {
      System.err.println("unknown option " + o.unknown + "\n" + BenchOptions.USAGE);
      System.exit(2);
    }
    int maxSize =
        o.scale == null ? o.articles : o.scale.stream().mapToInt(Integer::intValue).max().orElse(0);
    Corpus corpus =
        o.corpusPath == null
            ? Corpus.generated(maxSize, o.seed)
            : Corpus.directory(Path.of(o.corpusPath), maxSize);
    int n = Math.min(o.articles, corpus.size());
    int stageSample = Math.min(o.stageSample < 0 ? 5000 : o.stageSample, corpus.size());

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("articles", n);
    report.put("threads", o.lastThreads());
    printHeader(out, corpus);

    NearDuplicateDetector oneThread =
        NearDuplicateDetector.builder().threads(1).exactVerification(o.exact).build();
    int k = oneThread.config().shape().shingleSize();
    int length = oneThread.config().shape().signatureLength();
    Map<String, Object> stages = new LinkedHashMap<>();
    Map<String, Object> peers = new LinkedHashMap<>();
    Map<String, Object> memory = new LinkedHashMap<>();
    if (stageSample > 0) {
      StageBench sb = new StageBench(k, length, oneThread.config().shape().seed());
      Sample sample = new Sample();
      Stage read = sb.read(corpus, stageSample, sample);
      if (o.profileStage != null) {
        StageComparison.profile(sb, sample, o.profileStage, oneThread);
        return;
      }
      StageComparison.Result ours =
          StageComparison.run(sb, sample, read, oneThread, o, stages, report, out);
      if (o.peers) {
        peers = PeerComparison.run(ours, k, length, o, out);
      }
      memory = MemoryBench.run(oneThread, sample, out);
    }

    EndToEndBench.Result e2e = EndToEndBench.run(corpus, n, o, out);
    if (e2e.main() != null) {
      report.put("threads", e2e.main().threads);
      report.put("endToEndSeconds", e2e.main().wallSeconds);
      report.put("peakHeapBytes", e2e.main().peakHeapBytes);
      report.put("cpuSeconds", e2e.main().cpuSeconds);
      EndToEndBench.addGroupStages(stages, e2e.main());
    }
    report.put("stages", stages);
    report.put("peers", peers);
    report.put("memory", memory);
    if (e2e.speedup() != null) {
      report.put("speedup", e2e.speedup());
    }
    if (e2e.scale() != null) {
      report.put("scale", e2e.scale());
    }
    report.put("runs", e2e.runs());
    report.put("environment", environment(corpus, o));
    if (o.json != null) {
      Files.writeString(Path.of(o.json), Json.write(report), StandardCharsets.UTF_8);
      out.println("Wrote " + o.json);
    }
  }

  private static void printHeader(PrintStream out, Corpus corpus) {
    out.printf(
        Locale.ROOT,
        "news-dedup speed benchmark%n  corpus: %s%n  JVM: %s %s, %d processors, max heap %d MB,"
            + " GC %s%n  JVM flags: %s%n%n",
        corpus.describe(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        Meters.gcNames(),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
  }

  private static Map<String, Object> environment(Corpus corpus, BenchOptions o) {
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("processors", Runtime.getRuntime().availableProcessors());
    env.put("java", System.getProperty("java.version"));
    env.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    env.put("gc", Meters.gcNames());
    env.put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    env.put("corpus", corpus.describe());
    env.put("mode", o.mode);
    env.put("verification", o.exact ? "exact" : "estimated");
    env.put("maxSampleFrequency", o.detector(1).config().thresholds().maxSampleFrequency());
    return env;
  }
}
