package io.github.newsdedup.bench;

import io.github.newsdedup.bench.StageBench.Sample;
import io.github.newsdedup.bench.StageBench.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Python peer datasketch, run in the same benchmark run as a child process on the same texts:
 * the sample's raw bodies and our normalized text are written to temporary JSON-lines files and
 * {@code datasketch_peer.py} (a resource of the bench jar) times whitespace tokens, k-word shingles
 * and {@code MinHash.update_batch} over them. The process start and file reading are not timed;
 * throughput is counted over the same raw article bytes as ours. Stages: {@code datasketch@raw} and
 * {@code datasketch@normalized} share one set of permutations across all sketches (datasketch's
 * fastest documented use); {@code datasketch-idiomatic@raw} creates each sketch as datasketch's
 * README does, {@code MinHash(num_perm=128)}, drawing its permutations again.
 */
final class DatasketchPeer {
  /** The peer's stages (raw and normalized input) and the versions it reported. */
  record Result(List<Stage> stages, String datasketchVersion, String pythonVersion) {}

  private static final Pattern NANOS = Pattern.compile("\"nanos\":\\s*(\\d+)");
  private static final Pattern VERSION = Pattern.compile("\"version\":\\s*\"([^\"]*)\"");
  private static final Pattern PYTHON = Pattern.compile("\"python\":\\s*\"([^\"]*)\"");

  private DatasketchPeer() {}

  /**
   * Runs the peer with the given Python interpreter.
   *
   * @throws IOException if the script fails; the message carries its output (a missing datasketch
   *     module, say)
   */
  static Result run(String python, Sample s, int k, int length, int rounds)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("news-dedup-datasketch");
    try {
      Path script = dir.resolve("datasketch_peer.py");
      try (InputStream in = DatasketchPeer.class.getResourceAsStream("datasketch_peer.py")) {
        if (in == null) {
          throw new IOException("datasketch_peer.py is missing from the bench jar");
        }
        Files.copy(in, script);
      }
      String[] raw = new String[s.articles.length];
      for (int i = 0; i < raw.length; i++) {
        raw[i] = s.articles[i].body();
      }
      List<Stage> stages = new ArrayList<>();
      String version = "unknown";
      String pythonVersion = "unknown";
      // (input, mode): raw with shared permutations, normalized with shared, raw idiomatic.
      String[][] runs = {{"raw", "shared"}, {"normalized", "shared"}, {"raw", "idiomatic"}};
      for (String[] run : runs) {
        boolean isRaw = run[0].equals("raw");
        String mode = run[1];
        Path texts = dir.resolve(run[0] + ".jsonl");
        if (!Files.exists(texts)) {
          try (Writer w = Files.newBufferedWriter(texts, StandardCharsets.UTF_8)) {
            for (String t : isRaw ? raw : s.normalized) {
              w.write(Json.write(t)); // one line: Json.write escapes line breaks, ends with one
            }
          }
        }
        Process p =
            new ProcessBuilder(
                    python,
                    script.toString(),
                    texts.toString(),
                    Integer.toString(k),
                    Integer.toString(length),
                    Integer.toString(rounds),
                    mode)
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        Matcher nanos = NANOS.matcher(output);
        if (exit != 0 || !nanos.find()) {
          throw new IOException(
              "datasketch peer failed (exit "
                  + exit
                  + "; is datasketch installed for "
                  + python
                  + "? pip install datasketch):\n"
                  + output.strip());
        }
        Matcher v = VERSION.matcher(output);
        version = v.find() ? v.group(1) : version;
        Matcher py = PYTHON.matcher(output);
        pythonVersion = py.find() ? py.group(1) : pythonVersion;
        stages.add(
            new Stage(
                "datasketch"
                    + (mode.equals("idiomatic") ? "-idiomatic" : "")
                    + (isRaw ? "@raw" : "@normalized"),
                Long.parseLong(nanos.group(1)),
                s.bytes,
                s.articles.length));
      }
      return new Result(stages, version, pythonVersion);
    } finally {
      try (var files = Files.walk(dir)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  /** The JSON entry for the report. */
  static Map<String, Object> json(Result r, Stage raw, Stage oursFingerprint) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("signatureMbPerSec", raw.mbPerSec());
    m.put("articlesPerSec", raw.articlesPerSec());
    m.put("microsPerArticle", raw.microsPerArticle());
    m.put("oursFingerprintRatio", oursFingerprint.articlesPerSec() / raw.articlesPerSec());
    m.put("datasketchVersion", r.datasketchVersion());
    m.put("pythonVersion", r.pythonVersion());
    return m;
  }
}
