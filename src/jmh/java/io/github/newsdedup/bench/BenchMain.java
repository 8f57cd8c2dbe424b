package io.github.newsdedup.bench;

import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.bench.StageBench.Sample;
import io.github.newsdedup.bench.StageBench.Stage;
import io.github.newsdedup.minhash.MinHashSignature;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The speed benchmark: {@code java -jar target/news-dedup-bench.jar --articles N [options]}. Prints
 * per-stage throughput, the peers side by side, memory per article and end-to-end runs; {@code
 * --json FILE} writes the same as JSON. {@code jmh [JMH options]} runs the JMH microbenchmarks
 * instead.
 */
public final class BenchMain {
  private BenchMain() {}

  private static final String USAGE =
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

  /**
   * Runs the benchmark.
   *
   * @param args the options
   * @throws IOException if the JSON file cannot be written or the corpus read
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("jmh")) {
      String[] rest = new String[args.length - 1];
      System.arraycopy(args, 1, rest, 0, rest.length);
      org.openjdk.jmh.Main.main(rest);
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int articles = 10_000;
    String corpusPath = null;
    long seed = 42;
    List<Integer> threads = List.of(Runtime.getRuntime().availableProcessors());
    List<Integer> scale = null;
    int stageSample = -1;
    int repeats = 3;
    String profileStage = null;
    int maxSampleFrequency = -1;
    boolean peers = true;
    String datasketchPython = null;
    String mode = "fingerprints";
    boolean exact = false;
    boolean warmup = true;
    String json = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--articles" -> articles = Integer.parseInt(args[++i].replace("_", ""));
        case "--corpus" -> corpusPath = args[++i];
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--threads" -> threads = ints(args[++i]);
        case "--scale" -> scale = ints(args[++i]);
        case "--stage-sample" -> stageSample = Integer.parseInt(args[++i]);
        case "--no-peers" -> peers = false;
        case "--datasketch" -> datasketchPython = args[++i];
        case "--repeat" -> repeats = Integer.parseInt(args[++i]);
        case "--profile-stage" -> profileStage = args[++i];
        case "--max-sample-frequency" -> maxSampleFrequency = Integer.parseInt(args[++i]);
        case "--mode" -> {
          mode = args[++i];
          if (!mode.equals("fingerprints") && !mode.equals("articles")) {
            throw new IllegalArgumentException("--mode must be fingerprints or articles");
          }
        }
        case "--verification" -> {
          String v = args[++i];
          if (!v.equals("exact") && !v.equals("estimated")) {
            throw new IllegalArgumentException("--verification must be exact or estimated");
          }
          exact = v.equals("exact");
        }
        case "--no-warmup" -> warmup = false;
        case "--json" -> json = args[++i];
        case "--help", "-h" -> {
          out.println(USAGE);
          return;
        }
        default -> {
          System.err.println("unknown option " + a + "\n" + USAGE);
          System.exit(2);
        }
      }
    }
    maxSampleFrequencyOption = maxSampleFrequency;
    int maxSize =
        scale == null ? articles : scale.stream().mapToInt(Integer::intValue).max().orElse(0);
    Corpus corpus =
        corpusPath == null
            ? Corpus.generated(maxSize, seed)
            : Corpus.directory(Path.of(corpusPath), maxSize);
    int n = Math.min(articles, corpus.size());
    if (stageSample < 0) {
      stageSample = Math.min(corpus.size(), 5000);
    }
    stageSample = Math.min(stageSample, corpus.size());

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("articles", n);
    report.put("threads", threads.get(threads.size() - 1));
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

    NearDuplicateDetector oneThread =
        NearDuplicateDetector.builder().threads(1).exactVerification(exact).build();
    int k = oneThread.config().shape().shingleSize();
    int length = oneThread.config().shape().signatureLength();
    long hashSeed = oneThread.config().shape().seed();
    Map<String, Object> stages = new LinkedHashMap<>();
    Map<String, Object> peerReport = new LinkedHashMap<>();
    Map<String, Object> memory = new LinkedHashMap<>();

    if (stageSample > 0) {
      StageBench sb = new StageBench(k, length, hashSeed);
      Sample sample = new Sample();
      Stage read = sb.read(corpus, stageSample, sample);
      if (profileStage != null) {
        // Development aid: run one stage in a loop for a sampling profiler (e.g. JFR).
        sb.warmUp(sample, 2);
        sb.normalize(sample); // the tokenize stage reads the normalized texts
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
          switch (profileStage) {
            case "normalize" -> sb.normalize(sample);
            case "tokenize" -> sb.tokenizeAndShingle(sample);
            case "api" -> StageBench.fingerprintApi(oneThread, sample);
            default -> throw new IllegalArgumentException("--profile-stage: " + profileStage);
          }
        }
        return;
      }
      sb.warmUp(sample, Math.max(1, Math.min(10, 10_000 / stageSample)));
      // Best of `repeats` rounds, ours and the peers interleaved, so that load from other
      // processes on a shared machine affects both alike.
      Stage normalize = null;
      Stage tokenize = null;
      Stage shingle = null;
      Stage signature = null;
      Stage api = null;
      Map<String, Stage> peerBest = new LinkedHashMap<>();
      PeerBench pb = new PeerBench(k, length);
      for (int r = 0; r < repeats; r++) {
        normalize = best(normalize, sb.normalize(sample));
        Stage[] ts = sb.tokenizeAndShingle(sample);
        tokenize = best(tokenize, ts[0]);
        shingle = best(shingle, ts[1]);
        signature = best(signature, sb.signature(sample));
        api = best(api, StageBench.fingerprintApi(oneThread, sample));
        if (peers) {
          List<Stage> round = new ArrayList<>(pb.run(sample, true));
          round.addAll(pb.run(sample, false));
          for (Stage p : round) {
            peerBest.put(p.name(), best(peerBest.get(p.name()), p));
          }
        }
      }
      Stage[] tokShingle = {tokenize, shingle};
      Stage tokenizeShingle =
          new Stage(
              "tokenizeShingle",
              tokShingle[0].nanos() + tokShingle[1].nanos(),
              sample.bytes,
              stageSample);
      Stage fingerprint =
          new Stage(
              "fingerprint",
              normalize.nanos() + tokenizeShingle.nanos() + signature.nanos(),
              sample.bytes,
              stageSample);
      List<Stage> rows =
          List.of(
              read,
              normalize,
              tokShingle[0],
              tokShingle[1],
              tokenizeShingle,
              signature,
              fingerprint,
              api);
      out.printf(
          Locale.ROOT,
          "Per-stage throughput, 1 thread, best of %d, %d articles, %.1f MB, %.0f words/article,"
              + " %.0f shingles/article%n",
          repeats,
          stageSample,
          sample.bytes / 1e6,
          wordsPerArticle(sample),
          sample.totalShingles / (double) stageSample);
      out.printf(
          Locale.ROOT, "  %-28s %10s %12s %12s%n", "stage", "MB/s", "articles/s", "µs/article");
      for (Stage s : rows) {
        printStage(out, s);
        stages.put(s.name(), stageJson(s, 1));
      }
      out.printf(
          Locale.ROOT,
          "  normalize detail: HTML articles %d: %.1f µs each; the other articles %.1f µs each%n",
          sample.htmlCount,
          sample.htmlNanos / 1e3 / Math.max(1, sample.htmlCount),
          (normalize.nanos() - sample.htmlNanos)
              / 1e3
              / Math.max(1, stageSample - sample.htmlCount));
      out.printf(Locale.ROOT, "  output checksum: %016x%n", sample.checksum);
      report.put("outputChecksum", String.format(Locale.ROOT, "%016x", sample.checksum));
      out.println(
          "  (fingerprint = normalize + tokenizeShingle + signature with the building blocks;"
              + " fingerprintApi = detector.fingerprint(), which also computes the containment"
              + " sample and Fingerprint object)");
      out.println();

      if (peers) {
        List<Stage> peerStages = new ArrayList<>(peerBest.values());
        DatasketchPeer.Result datasketch = null;
        // Best of up to 3 timed rounds: one round was noisy (a tenth either way from run to run).
        int datasketchRounds = Math.min(repeats, 3);
        if (datasketchPython != null) {
          datasketch = DatasketchPeer.run(datasketchPython, sample, k, length, datasketchRounds);
          peerStages.addAll(datasketch.stages());
        }
        Stage oursNoNormalize =
            new Stage(
                "tokenizeShingleSignature",
                tokenizeShingle.nanos() + signature.nanos(),
                sample.bytes,
                stageSample);
        out.printf(
            Locale.ROOT,
            "Peers, 1 thread, best of %d, same %d articles, k=%d, %d values (@raw: fed the raw"
                + " bodies; @normalized: fed our normalized text)%n",
            repeats,
            stageSample,
            k,
            length);
        out.printf(
            Locale.ROOT,
            "  %-40s %8s %11s %11s %10s %10s%n",
            "peer",
            "MB/s",
            "articles/s",
            "µs/article",
            "ours full",
            "ours -norm");
        Map<String, Stage> byName = new LinkedHashMap<>();
        for (Stage p : peerStages) {
          byName.put(p.name(), p);
          boolean pre = p.name().contains("prehashed");
          Stage ours = pre ? signature : fingerprint;
          out.printf(
              Locale.ROOT,
              "  %-40s %8.1f %11.0f %11.1f %9.1fx %10s%n",
              p.name(),
              p.mbPerSec(),
              p.articlesPerSec(),
              p.microsPerArticle(),
              ours.articlesPerSec() / p.articlesPerSec(),
              pre
                  ? ""
                  : String.format(
                      Locale.ROOT, "%.1fx", oursNoNormalize.articlesPerSec() / p.articlesPerSec()));
        }
        out.println(
            "  (ours full = our fingerprint: normalize + tokenize + shingle + signature, from the"
                + " raw body; ours -norm = tokenize + shingle + signature from normalized text;"
                + " pre-hashed peers are compared with our signature stage alone)");
        if (datasketch != null) {
          out.printf(
              Locale.ROOT,
              "  (datasketch %s on Python %s: a child process, whitespace tokens, k-word shingles,"
                  + " MinHash.update_batch; datasketch@: one set of permutations shared by all"
                  + " sketches, datasketch-idiomatic@: MinHash(num_perm=128) per article as in"
                  + " datasketch's README; best of %d timed rounds after a warm-up)%n",
              datasketch.datasketchVersion(),
              datasketch.pythonVersion(),
              datasketchRounds);
        } else {
          out.println(
              "  datasketch (Python) not run: add --datasketch python3 (needs pip install"
                  + " datasketch)");
        }
        out.println();
        for (String variant : List.of("@raw", "@normalized")) {
          String suffix = variant.equals("@raw") ? "" : "-normalizedInput";
          peerReport.put(
              "lucene-minhash" + suffix,
              peerJson(
                  byName.get("lucene-minhash" + variant),
                  null,
                  fingerprint,
                  signature,
                  oursNoNormalize));
          peerReport.put(
              "hash4j" + suffix,
              peerJson(
                  byName.get("hash4j-superminhash-xxh3" + variant),
                  byName.get("hash4j-superminhash-prehashed" + variant),
                  fingerprint,
                  signature,
                  oursNoNormalize));
          peerReport.put(
              "hash4j-minhash" + suffix,
              peerJson(
                  byName.get("hash4j-minhash-xxh3" + variant),
                  byName.get("hash4j-minhash-prehashed" + variant),
                  fingerprint,
                  signature,
                  oursNoNormalize));
          peerReport.put(
              "java-lsh" + suffix,
              peerJson(
                  byName.get("java-lsh" + variant),
                  byName.get("java-lsh-prehashed" + variant),
                  fingerprint,
                  signature,
                  oursNoNormalize));
        }
        if (datasketch != null) {
          peerReport.put(
              "datasketch",
              DatasketchPeer.json(datasketch, byName.get("datasketch@raw"), fingerprint));
          peerReport.put(
              "datasketch-normalizedInput",
              DatasketchPeer.json(datasketch, byName.get("datasketch@normalized"), fingerprint));
          peerReport.put(
              "datasketch-idiomatic",
              DatasketchPeer.json(datasketch, byName.get("datasketch-idiomatic@raw"), fingerprint));
        }
      }
      memory = memory(oneThread, sample);
      out.printf(
          Locale.ROOT,
          "Memory: %.0f bytes per signature (MinHashSignature, %d values); %.0f bytes per"
              + " fingerprint without shingle set; %.0f bytes per fingerprint with it%n%n",
          (double) memory.get("signatureBytesPerArticle"),
          length,
          (double) memory.get("fingerprintWithoutShinglesBytesPerArticle"),
          (double) memory.get("fingerprintBytesPerArticle"));
      sample = null;
    }

    if (warmup) {
      int w = Math.min(n, 5000);
      EndToEnd.run(
          corpus,
          w,
          threads.get(threads.size() - 1),
          mode,
          exact,
          detector(threads.get(threads.size() - 1), exact));
    }
    List<Integer> sizes = scale == null ? List.of(n) : scale;
    List<Object> runs = new ArrayList<>();
    EndToEnd.Run main = null;
    Map<Integer, EndToEnd.Run> atN = new LinkedHashMap<>();
    out.printf(
        Locale.ROOT,
        "End to end (%s mode, %s verification): read/generate + fingerprint in parallel, then"
            + " group%n",
        mode,
        exact ? "exact" : "estimated");
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
    for (int size : sizes) {
      for (int t : threads) {
        EndToEnd.Run r =
            EndToEnd.run(corpus, Math.min(size, corpus.size()), t, mode, exact, detector(t, exact));
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
    if (main == null) {
      main = atN.isEmpty() ? null : atN.values().iterator().next();
    }
    if (main != null) {
      report.put("threads", main.threads);
      report.put("endToEndSeconds", main.wallSeconds);
      report.put("peakHeapBytes", main.peakHeapBytes);
      report.put("cpuSeconds", main.cpuSeconds);
      addGroupStage(stages, "candidates", main);
      addGroupStage(stages, "verification", main);
      addGroupStage(stages, "grouping", main);
    }
    report.put("stages", stages);
    report.put("peers", peerReport);
    report.put("memory", memory);
    if (atN.containsKey(1) && atN.size() > 1) {
      EndToEnd.Run one = atN.get(1);
      EndToEnd.Run last = atN.get(threads.get(threads.size() - 1));
      double speedup = one.wallSeconds / last.wallSeconds;
      report.put("speedup", speedup);
      out.printf(Locale.ROOT, "Speed-up 1 -> %d threads: %.2fx%n", last.threads, speedup);
    }
    if (scale != null) {
      List<Object> curve = new ArrayList<>();
      EndToEnd.Run first = null;
      out.println("Scale curve (cost per article):");
      for (Object o : runs) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) o;
        curve.add(
            Map.of(
                "articles", m.get("articles"),
                "threads", m.get("threads"),
                "microsPerArticle", m.get("microsPerArticle"),
                "cpuMicrosPerArticle", m.get("cpuMicrosPerArticle")));
      }
      for (Object o : runs) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) o;
        out.printf(
            Locale.ROOT,
            "  %9d articles, %d threads: %.1f µs/article wall, %.1f µs/article CPU%n",
            m.get("articles"),
            m.get("threads"),
            m.get("microsPerArticle"),
            m.get("cpuMicrosPerArticle"));
      }
      report.put("scale", curve);
    }
    report.put("runs", runs);
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("processors", Runtime.getRuntime().availableProcessors());
    env.put("java", System.getProperty("java.version"));
    env.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    env.put("gc", Meters.gcNames());
    env.put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    env.put("corpus", corpus.describe());
    env.put("mode", mode);
    env.put("verification", exact ? "exact" : "estimated");
    env.put("maxSampleFrequency", detector(1, exact).config().thresholds().maxSampleFrequency());
    report.put("environment", env);
    if (json != null) {
      Files.writeString(Path.of(json), Json.write(report), StandardCharsets.UTF_8);
      out.println("Wrote " + json);
    }
  }

  private static Stage best(Stage a, Stage b) {
    return a == null || b.nanos() < a.nanos() ? b : a;
  }

  private static int maxSampleFrequencyOption = -1;

  private static NearDuplicateDetector detector(int threads, boolean exact) {
    NearDuplicateDetector.Builder b =
        NearDuplicateDetector.builder().threads(threads).exactVerification(exact);
    if (maxSampleFrequencyOption > 0) {
      b.maxSampleFrequency(maxSampleFrequencyOption);
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

  private static double wordsPerArticle(Sample s) {
    long words = 0;
    for (String t : s.normalized) {
      words += t.isEmpty() ? 0 : t.split("\\s+").length;
    }
    return words / (double) s.normalized.length;
  }

  private static void printStage(PrintStream out, Stage s) {
    out.printf(
        Locale.ROOT,
        "  %-28s %10.1f %12.0f %12.1f%n",
        s.name(),
        s.mbPerSec(),
        s.articlesPerSec(),
        s.microsPerArticle());
  }

  private static Map<String, Object> stageJson(Stage s, int threads) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mbPerSec", s.mbPerSec());
    m.put("articlesPerSec", s.articlesPerSec());
    m.put("microsPerArticle", s.microsPerArticle());
    m.put("threads", threads);
    m.put("articles", s.articles());
    return m;
  }

  private static Map<String, Object> peerJson(
      Stage endToEnd,
      Stage prehashed,
      Stage oursFingerprint,
      Stage oursSignature,
      Stage oursWithoutNormalize) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("signatureMbPerSec", endToEnd.mbPerSec());
    m.put("articlesPerSec", endToEnd.articlesPerSec());
    m.put("microsPerArticle", endToEnd.microsPerArticle());
    m.put("oursFingerprintRatio", oursFingerprint.articlesPerSec() / endToEnd.articlesPerSec());
    m.put(
        "oursWithoutNormalizeRatio",
        oursWithoutNormalize.articlesPerSec() / endToEnd.articlesPerSec());
    if (prehashed != null) {
      m.put("prehashedSignatureMbPerSec", prehashed.mbPerSec());
      m.put("prehashedMicrosPerArticle", prehashed.microsPerArticle());
      m.put("oursSignatureRatio", oursSignature.articlesPerSec() / prehashed.articlesPerSec());
    }
    return m;
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

  /** Retained heap per article of signatures and fingerprints, measured with full GCs. */
  private static Map<String, Object> memory(NearDuplicateDetector det, Sample s) {
    int n = s.articles.length;
    Map<String, Object> m = new LinkedHashMap<>();
    Fingerprint[] full = new Fingerprint[n];
    long base = Meters.usedAfterGc();
    for (int i = 0; i < n; i++) {
      full[i] = det.fingerprint(s.articles[i]);
    }
    long withFull = Meters.usedAfterGc();
    Fingerprint[] slim = new Fingerprint[n];
    MinHashSignature[] sigs = new MinHashSignature[n];
    for (int i = 0; i < n; i++) {
      slim[i] = full[i].withoutShingles();
      sigs[i] = MinHashSignature.of(full[i].scheme(), full[i].signature().toIntArray());
    }
    // Drop the full fingerprints; slim ones share their signature objects.
    java.util.Arrays.fill(full, null);
    long withSlimAndSigs = Meters.usedAfterGc();
    java.util.Arrays.fill(sigs, null);
    long withSlim = Meters.usedAfterGc();
    m.put("fingerprintBytesPerArticle", (withFull - base) / (double) n);
    m.put("fingerprintWithoutShinglesBytesPerArticle", (withSlim - base) / (double) n);
    m.put("signatureBytesPerArticle", (withSlimAndSigs - withSlim) / (double) n);
    m.put("articles", n);
    StageBench.Blackhole.consume(slim.length + (slim[0] == null ? 0 : 1));
    return m;
  }
}
