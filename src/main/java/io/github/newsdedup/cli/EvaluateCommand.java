package io.github.newsdedup.cli;

import io.github.newsdedup.Article;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.cli.evaluation.Evaluation;
import io.github.newsdedup.cli.evaluation.IdPair;
import io.github.newsdedup.cli.evaluation.LabelFiles;
import io.github.newsdedup.cli.evaluation.LabelledPairs;
import io.github.newsdedup.cli.evaluation.Sweep;
import io.github.newsdedup.cli.evaluation.Variant;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.io.ReadResult;
import io.github.newsdedup.io.SkippedInput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code evaluate} command: groups a labelled corpus and prints how well the grouping agrees
 * with the labels (pairwise and B-cubed precision / recall / F1, Adjusted Rand Index), optionally
 * per-tier recall of labelled copies, merged hard negatives, the worst errors, or a threshold
 * sweep. The measuring lives in {@code cli.evaluation}; this class parses and prints.
 */
final class EvaluateCommand {
  private static final int MAX_LISTED = 50;

  private EvaluateCommand() {}

  /** The parsed command line. */
  private record Options(
      ArgumentParser.Arguments args,
      List<Path> corpus,
      Path labels,
      Path variants,
      Path hardNegatives,
      Path writePredictions,
      boolean json,
      boolean sweep,
      boolean sweepFast,
      int errors,
      boolean quiet) {}

  /** The labelled corpus: articles, their true groups and the labelled pairs among them. */
  private record Corpus(
      List<Article> articles,
      Map<String, String> truth,
      LabelledPairs pairs,
      List<SkippedInput> skipped) {}

  /** Reads one of the label files. */
  private interface LabelReader<T> {
    T read(Path file) throws IOException;
  }

  static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    ArgumentParser.Arguments a = parser().parse(args);
    if (a.help()) {
      printHelp(out);
      return Main.EXIT_OK;
    }
    Options o = options(a);
    long start = System.nanoTime();
    ProgressListener progress =
        o.quiet() ? ProgressListener.NONE : StderrProgress.system(err, "evaluate");
    Corpus corpus = read(o, progress, err);
    if (corpus == null) {
      return Main.EXIT_USAGE;
    }
    double readSeconds = (System.nanoTime() - start) / 1e9;
    int exit = corpus.skipped().isEmpty() ? Main.EXIT_OK : Main.EXIT_SKIPPED;
    if (o.sweep()) {
      sweep(o, corpus, out, err);
      return exit;
    }
    NearDuplicateDetector detector = DetectorOptions.build(DetectorOptions.builder(a));
    Evaluation e =
        Evaluation.run(
            detector, corpus.articles(), corpus.truth(), corpus.pairs(), o.errors() > 0, progress);
    if (o.writePredictions() != null) {
      StringBuilder tsv = new StringBuilder();
      e.predicted().forEach((id, g) -> tsv.append(id).append('\t').append(g).append('\n'));
      Files.writeString(o.writePredictions(), tsv, StandardCharsets.UTF_8);
    }
    EvaluationReport report =
        new EvaluationReport(
            e, detector.config(), readSeconds, o.errors(), corpus.pairs().variants());
    if (o.json()) {
      report.json(out);
    } else {
      report.text(out, o.labels());
    }
    return exit;
  }

  private static void sweep(Options o, Corpus corpus, PrintStream out, PrintStream err)
      throws UsageException {
    ArgumentParser.Arguments a = o.args();
    // An axis the user fixed with a flag is not swept.
    Sweep sweep =
        new Sweep(
            a.intValue("--shingle-size").map(v -> new int[] {v}).orElse(Sweep.SHINGLE_SIZES),
            a.doubleValue("--resemblance").map(v -> new double[] {v}).orElse(Sweep.RESEMBLANCE),
            a.doubleValue("--containment").map(v -> new double[] {v}).orElse(Sweep.CONTAINMENT),
            o.sweepFast());
    Sweep.Listener listener =
        (done, total, row) -> {
          if (!o.quiet()) {
            err.printf(
                Locale.ROOT,
                "sweep %d/%d: shingle-size %d, resemblance %s, containment %s (%.1f s)%n",
                done,
                total,
                row.shingleSize(),
                row.resemblance(),
                row.containment(),
                row.seconds());
          }
        };
    Sweep.Result result;
    try {
      result =
          sweep.run(
              corpus.articles(),
              corpus.truth(),
              corpus.pairs(),
              (size, r, c) -> detectorAt(a, size, r, c),
              listener);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    SweepReport report = new SweepReport(result, corpus.truth().size(), o.sweepFast());
    if (o.json()) {
      report.json(out);
    } else {
      report.text(
          out, !corpus.pairs().variants().isEmpty(), !corpus.pairs().hardNegatives().isEmpty());
    }
  }

  /** Returns the detector of one sweep point; options the user gave keep their values. */
  private static NearDuplicateDetector detectorAt(
      ArgumentParser.Arguments a, int shingleSize, double resemblance, double containment) {
    NearDuplicateDetector.Builder b;
    try {
      b = DetectorOptions.builder(a);
    } catch (UsageException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (!a.has("--shingle-size")) {
      b.shingleSize(shingleSize);
    }
    if (!a.has("--resemblance")) {
      b.resemblanceThreshold(resemblance);
    }
    if (!a.has("--containment")) {
      b.containmentThreshold(containment);
    }
    return b.build();
  }

  // ---- reading the corpus and its labels

  /**
   * Reads the corpus and the label files; returns null after listing articles without a label on
   * {@code err}.
   */
  private static Corpus read(Options o, ProgressListener progress, PrintStream err)
      throws UsageException {
    Map<String, String> labels = readLabelFile("--labels", o.labels(), LabelFiles::readLabels);
    ReadResult read = ArticleReader.read(o.corpus(), InputOptions.readOptions(o.args()), progress);
    InputOptions.reportSkipped(read.skipped(), err);
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : read.articles()) {
      byId.put(a.id(), a); // ids are unique: the reader skips repeats
    }
    Set<String> unlabelled = new TreeSet<>(byId.keySet());
    unlabelled.removeAll(labels.keySet());
    if (!unlabelled.isEmpty()) {
      err.println(
          "evaluate: "
              + unlabelled.size()
              + " article(s) have no label in "
              + o.labels()
              + ": "
              + list(unlabelled));
      return null;
    }
    Map<String, String> truth = new LinkedHashMap<>();
    Set<String> absent = new TreeSet<>();
    labels.forEach(
        (id, group) -> {
          if (byId.containsKey(id)) {
            truth.put(id, group);
          } else {
            absent.add(id);
          }
        });
    if (!absent.isEmpty()) {
      err.println(
          "evaluate: warning: "
              + absent.size()
              + " labelled id(s) are not in the corpus and are ignored: "
              + list(absent));
    }
    return new Corpus(read.articles(), truth, pairs(o, byId), read.skipped());
  }

  private static LabelledPairs pairs(Options o, Map<String, Article> byId) throws UsageException {
    List<Variant> variants = new ArrayList<>();
    Path variantsFile = extraFile(o.variants(), o.labels(), "variants.tsv");
    if (variantsFile != null) {
      for (Variant v : readLabelFile("--variants", variantsFile, LabelFiles::readVariants)) {
        if (byId.containsKey(v.id()) && byId.containsKey(v.sourceId())) {
          variants.add(v);
        }
      }
    }
    List<IdPair> hardNegatives = new ArrayList<>();
    Path hardNegativesFile = extraFile(o.hardNegatives(), o.labels(), "hard-negatives.tsv");
    if (hardNegativesFile != null) {
      for (IdPair p : readLabelFile("--hard-negatives", hardNegativesFile, LabelFiles::readPairs)) {
        if (byId.containsKey(p.a()) && byId.containsKey(p.b())) {
          hardNegatives.add(p);
        }
      }
    }
    return new LabelledPairs(variants, hardNegatives, hardNegativesFile != null);
  }

  /** Reads a label file; a missing or malformed file is a usage error naming option and file. */
  private static <T> T readLabelFile(String option, Path file, LabelReader<T> reader)
      throws UsageException {
    try {
      return reader.read(file);
    } catch (NoSuchFileException e) {
      throw new UsageException(option + ": no such file: " + file);
    } catch (IOException e) {
      throw new UsageException(option + ": " + e.getMessage());
    }
  }

  private static Path extraFile(Path given, Path labels, String name) {
    if (given != null) {
      return given;
    }
    Path dir = labels.toAbsolutePath().getParent();
    Path next = dir == null ? null : dir.resolve(name);
    return next != null && Files.isRegularFile(next) ? next : null;
  }

  private static String list(Set<String> ids) {
    String shown = ids.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
    return ids.size() > MAX_LISTED
        ? shown + ", ... (" + (ids.size() - MAX_LISTED) + " more)"
        : shown;
  }

  // ---- parsing

  private static ArgumentParser parser() {
    ArgumentParser p = new ArgumentParser();
    p.option("--labels").option("--variants").option("--hard-negatives");
    p.option("--write-predictions").option("--format").option("--errors");
    p.flag("--quiet", "-q").flag("--sweep").flag("--sweep-fast");
    InputOptions.declare(p);
    DetectorOptions.declare(p);
    return p;
  }

  private static Options options(ArgumentParser.Arguments a) throws UsageException {
    String format = a.value("--format").orElse("text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format must be text or json, got '" + format + "'");
    }
    int errors = a.intValue("--errors").orElse(0);
    if (errors < 0) {
      throw new UsageException("--errors must not be negative, got " + errors);
    }
    List<Path> corpus = new ArrayList<>();
    for (String operand : a.operands()) {
      corpus.add(DetectorOptions.path(operand));
    }
    if (corpus.isEmpty()) {
      throw new UsageException("missing corpus path");
    }
    if (!a.has("--labels")) {
      throw new UsageException("missing --labels <labels.tsv>");
    }
    DetectorOptions.builder(a); // malformed or out-of-range values fail before any reading
    InputOptions.readOptions(a);
    boolean sweep = a.has("--sweep") || a.has("--sweep-fast");
    if (sweep && errors > 0) {
      throw new UsageException("--errors cannot be combined with --sweep");
    }
    return new Options(
        a,
        corpus,
        path(a, "--labels"),
        path(a, "--variants"),
        path(a, "--hard-negatives"),
        path(a, "--write-predictions"),
        format.equals("json"),
        sweep,
        a.has("--sweep-fast"),
        errors,
        a.has("--quiet"));
  }

  private static Path path(ArgumentParser.Arguments a, String option) throws UsageException {
    return a.value(option).isPresent() ? DetectorOptions.path(a.value(option).get()) : null;
  }

  static void printHelp(PrintStream s) {
    s.println("Usage: java -jar news-dedup.jar evaluate <corpus-path>... --labels <labels.tsv>");
    s.println("           [--format text|json] [--errors N] [--sweep] [detector options]");
    s.println();
    s.println("Groups the corpus (.txt, .html/.htm and .jsonl files and folders, read as 'group'");
    s.println("reads them) and compares the groups with the labels (id<TAB>group per line; every");
    s.println("article needs a label). Prints pairwise and B-cubed precision/recall/F1 and the");
    s.println("Adjusted Rand Index. Exit codes: 0 done; 1 done, but some inputs were skipped");
    s.println("(listed on stderr); 2 usage error or articles without a label (listed).");
    s.println();
    s.println("Options:");
    s.println("  --labels FILE               true groups, id<TAB>group per line (required)");
    s.println(
        "  --variants FILE             copies: header + id source_id ... tier ... transforms;");
    s.println("                              reports copy-source recall per tier and transform");
    s.println("                              [variants.tsv next to the labels, if present]");
    s.println(
        "  --hard-negatives FILE       header + id1 id2: pairs that must stay apart; reports");
    s.println("                              how many were merged [hard-negatives.tsv next to the");
    s.println("                              labels, if present]");
    s.println("  --format text|json          output format [text]");
    s.println("  --errors N                  list the N worst false merges (highest score first),");
    s.println("                              missed pairs (lowest similarity first) and missed");
    s.println("                              copies (nearest misses first) [0]");
    s.println("  --write-predictions FILE    also write the predicted groups, id<TAB>group");
    s.println("  --sweep                     try shingle sizes 3,4,5 x resemblance 0.3..0.7 x");
    s.println("                              containment 0.6..0.9 (a flag given fixes its axis);");
    s.println("                              marks the best row by ARI (ties: higher precision,");
    s.println("                              fewer merged hard negatives, then the defaults)");
    s.println(
        "  --sweep-fast                --sweep fingerprinting once per shingle size: about 3x");
    s.println("                              faster, but rows lack the batch boilerplate rule");
    s.println("                              (with --boilerplate-min-groups 0 --sweep does this)");
    s.println("  -q, --quiet                 no progress on stderr (skipped inputs still listed)");
    s.println();
    DetectorOptions.printHelp(s);
  }
}
