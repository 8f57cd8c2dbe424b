package io.github.newsdedup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.cli.evaluation.ClusteringMetrics;
import io.github.newsdedup.cli.evaluation.LabelFiles;
import io.github.newsdedup.cli.evaluation.PairRecall;
import io.github.newsdedup.cli.evaluation.Sweep;
import io.github.newsdedup.testing.SyntheticNewsCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  @TempDir static Path dir;
  private static SyntheticNewsCorpus corpus;
  private static Path txt;
  private static Path labels;

  /** Output of one run. */
  private record Run(int exit, String out, String err) {}

  @BeforeAll
  static void writeCorpus() throws IOException {
    corpus = SyntheticNewsCorpus.generate(5, 12);
    corpus.writeTo(dir);
    txt = dir.resolve("txt");
    labels = dir.resolve("labels.tsv");
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static ClusteringMetrics expectedMetrics() {
    Map<String, String> predicted =
        LabelFiles.fromGroups(NearDuplicateDetector.withDefaults().group(corpus.articles()));
    return ClusteringMetrics.of(corpus.labels(), predicted);
  }

  @Test
  void run_textFormat_printsMetricsOfTheGrouping() {
    Run r = run("evaluate", txt.toString(), "--labels", labels.toString());
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    ClusteringMetrics m = expectedMetrics();
    assertTrue(
        r.out().contains(String.format(Locale.ROOT, "%-22s %d%n", "articles", m.items())), r.out());
    assertTrue(
        r.out()
            .contains(
                String.format(
                    Locale.ROOT, "%-22s %.4f%n", "Adjusted Rand Index", m.adjustedRandIndex())),
        r.out());
    assertTrue(
        r.out()
            .contains(
                String.format(
                    Locale.ROOT,
                    "precision %.4f  recall %.4f  F1 %.4f",
                    m.pairwisePrecision(),
                    m.pairwiseRecall(),
                    m.pairwiseF1())),
        r.out());
    assertTrue(r.out().contains("B-cubed"), r.out());
    assertTrue(r.out().contains("by tier              easy "), r.out());
    assertTrue(r.out().contains("by transform         ads "), r.out());
    assertTrue(r.out().contains("hard negatives"), r.out());
    assertTrue(r.out().contains("time"), r.out());
    assertFalse(r.err().contains("warning") || r.err().contains("skipped"), r.err());
  }

  @Test
  void run_jsonFormat_oneObjectWithMetrics() {
    Run r = run("evaluate", txt.toString(), "--labels", labels.toString(), "--format", "json");
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    String json = r.out().strip();
    assertFalse(json.contains("\n"), json);
    assertTrue(json.startsWith("{") && json.endsWith("}"), json);
    ClusteringMetrics m = expectedMetrics();
    assertTrue(json.contains("\"adjustedRandIndex\":" + number(m.adjustedRandIndex())), json);
    assertTrue(json.contains("\"articles\":" + m.items() + ","), json);
    assertTrue(json.contains("\"correctPairs\":" + m.correctPairs()), json);
    assertTrue(json.contains("\"tier:hard\":{\"pairs\":"), json);
    int pairs = corpus.hardNegatives().size();
    assertTrue(json.contains("\"hardNegatives\":{\"pairs\":" + pairs + ",\"merged\":"), json);
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  @Test
  void run_articlesWithoutLabel_exit2ListingThem() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(labels, StandardCharsets.UTF_8));
    String first = lines.remove(0).split("\t")[0];
    String second = lines.remove(0).split("\t")[0];
    Path partial = Files.write(dir.resolve("partial.tsv"), lines, StandardCharsets.UTF_8);
    Run r = run("evaluate", txt.toString(), "--labels", partial.toString());
    assertEquals(Main.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("2 article(s) have no label"), r.err());
    assertTrue(r.err().contains(first + ", " + second), r.err());
    assertEquals("", r.out());
  }

  @Test
  void run_labelledIdMissingFromCorpus_warnsAndEvaluates() throws IOException {
    String extended = Files.readString(labels, StandardCharsets.UTF_8) + "ghost_1\tghost\n";
    Path more = Files.writeString(dir.resolve("more.tsv"), extended, StandardCharsets.UTF_8);
    Run r = run("evaluate", txt.toString(), "--labels", more.toString());
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    assertTrue(r.err().contains("warning: 1 labelled id(s) are not in the corpus"), r.err());
    assertTrue(r.err().contains("ghost_1"), r.err());
    assertTrue(r.out().contains("Adjusted Rand Index"), r.out());
  }

  @Test
  void run_errors_listsFalseMergesAndMissedPairs() {
    Run r = run("evaluate", txt.toString(), "--labels", labels.toString(), "--errors", "3");
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    Matcher merges = Pattern.compile("False merges: (\\d+) of (\\d+)").matcher(r.out());
    assertTrue(merges.find(), r.out());
    Matcher missed = Pattern.compile("Missed pairs: (\\d+) of (\\d+)").matcher(r.out());
    assertTrue(missed.find(), r.out());
    ClusteringMetrics m = expectedMetrics();
    // Missed pairs are exactly the true pairs not predicted together.
    assertEquals(m.truePairs() - m.correctPairs(), Long.parseLong(missed.group(2)), r.out());
    assertEquals(Math.min(3, Integer.parseInt(missed.group(2))), Integer.parseInt(missed.group(1)));
    Matcher copies = Pattern.compile("Missed copies: (\\d+) of (\\d+)").matcher(r.out());
    assertTrue(copies.find(), r.out());
    PairRecall all =
        PairRecall.ofVariants(
                corpus.variants(),
                LabelFiles.fromGroups(
                    NearDuplicateDetector.withDefaults().group(corpus.articles())))
            .get(0);
    assertEquals(all.apart(), Integer.parseInt(copies.group(2)), r.out());
  }

  @Test
  void run_errorsJson_listsPairs() {
    Run r =
        run(
            "evaluate",
            txt.toString(),
            "--labels",
            labels.toString(),
            "--errors",
            "2",
            "--format",
            "json");
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    assertTrue(r.out().contains("\"falseMerges\":["), r.out());
    assertTrue(r.out().contains("\"missedPairs\":["), r.out());
  }

  @Test
  void run_sweepWithFixedAxes_tableWithOneBestRow() {
    Run r =
        run(
            "evaluate",
            txt.toString(),
            "--labels",
            labels.toString(),
            "--sweep",
            "--shingle-size",
            "5",
            "--resemblance",
            "0.5");
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    List<String> rows = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (line.matches("[* ] +5 +0\\.50 +0\\.\\d0 .*")) {
        rows.add(line);
      }
    }
    assertEquals(Sweep.CONTAINMENT.length, rows.size(), r.out());
    assertEquals(1, rows.stream().filter(l -> l.startsWith("*")).count(), r.out());
    assertTrue(r.out().contains("* best by ARI: --shingle-size 5 --resemblance 0.5"), r.out());
  }

  @Test
  void run_sweepFastJson_marksBest() {
    Run r =
        run(
            "evaluate",
            txt.toString(),
            "--labels",
            labels.toString(),
            "--sweep-fast",
            "--shingle-size",
            "4",
            "--containment",
            "0.8",
            "--format",
            "json");
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    assertEquals(1, count(r.out(), "\"best\":true"), r.out());
    assertEquals(Sweep.RESEMBLANCE.length, count(r.out(), "\"shingleSize\":4"), r.out());
    assertTrue(r.out().contains("\"withBoilerplateRule\":{"), r.out());
  }

  @Test
  void sweep_boilerplateRuleOff_fingerprintGroupingEqualsFullPipeline() {
    // --sweep reuses fingerprints when the batch boilerplate rule is off; this is why it may.
    NearDuplicateDetector detector =
        NearDuplicateDetector.builder().boilerplateMinGroups(0).build();
    List<Fingerprint> fingerprints = new ArrayList<>();
    corpus.articles().forEach(a -> fingerprints.add(detector.fingerprint(a)));
    assertEquals(
        detector.group(corpus.articles()),
        detector.groupFingerprints(fingerprints, ProgressListener.NONE));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void run_explicitExtrasFiles_used() throws IOException {
    Path other = Files.createDirectories(dir.resolve("elsewhere"));
    Path copyOfLabels = Files.copy(labels, other.resolve("labels.tsv"));
    Run without = run("evaluate", txt.toString(), "--labels", copyOfLabels.toString());
    assertFalse(without.out().contains("copy-source recall"), without.out());
    Run with =
        run(
            "evaluate",
            txt.toString(),
            "--labels",
            copyOfLabels.toString(),
            "--variants",
            dir.resolve("variants.tsv").toString(),
            "--hard-negatives",
            dir.resolve("hard-negatives.tsv").toString());
    assertTrue(with.out().contains("copy-source recall"), with.out());
    PairRecall all =
        PairRecall.ofVariants(
                corpus.variants(),
                LabelFiles.fromGroups(
                    NearDuplicateDetector.withDefaults().group(corpus.articles())))
            .get(0);
    assertTrue(
        with.out().contains(String.format(Locale.ROOT, "all %.4f (%d,", all.recall(), all.pairs())),
        with.out());
  }

  @Test
  void run_missingInputPath_skippedExit1() {
    Path missing = dir.resolve("no-such-folder");
    Run r = run("evaluate", txt.toString(), missing.toString(), "--labels", labels.toString());
    assertEquals(Main.EXIT_SKIPPED, r.exit(), r.err());
    assertTrue(r.err().contains("skipped " + missing), r.err());
    assertTrue(r.out().contains("Adjusted Rand Index"), r.out());
  }

  @Test
  void run_noLabelsOption_usageError() {
    Run r = run("evaluate", txt.toString());
    assertEquals(Main.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("missing --labels"), r.err());
  }

  @Test
  void run_missingLabelsFile_usageErrorNamingIt() {
    Path missing = dir.resolve("nope.tsv");
    Run r = run("evaluate", txt.toString(), "--labels", missing.toString());
    assertEquals(Main.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("--labels: no such file: " + missing), r.err());
  }

  @Test
  void run_malformedLabelsFile_usageErrorWithLine() throws IOException {
    Path bad =
        Files.writeString(dir.resolve("bad.tsv"), "a\tb\nno tab here\n", StandardCharsets.UTF_8);
    Run r = run("evaluate", txt.toString(), "--labels", bad.toString());
    assertEquals(Main.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains(bad + ":2: expected id<TAB>group"), r.err());
  }

  @Test
  void run_badFormat_usageError() {
    Run r = run("evaluate", txt.toString(), "--labels", labels.toString(), "--format", "xml");
    assertEquals(Main.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("--format must be text or json, got 'xml'"), r.err());
  }

  @Test
  void run_help_listsOptions() {
    Run r = run("evaluate", "--help");
    assertEquals(Main.EXIT_OK, r.exit());
    for (String option :
        List.of(
            "--labels",
            "--variants",
            "--hard-negatives",
            "--errors",
            "--sweep",
            "--format",
            "--shingle-size")) {
      assertTrue(r.out().contains(option), option);
    }
  }
}
