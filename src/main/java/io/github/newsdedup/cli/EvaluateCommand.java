package io.github.newsdedup.cli;

import io.github.newsdedup.Article;
import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.cli.evaluation.ClusteringMetrics;
import io.github.newsdedup.cli.evaluation.GroupingErrors;
import io.github.newsdedup.cli.evaluation.IdPair;
import io.github.newsdedup.cli.evaluation.LabelFiles;
import io.github.newsdedup.cli.evaluation.PairError;
import io.github.newsdedup.cli.evaluation.PairRecall;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code evaluate} command: groups a labelled corpus and prints how well the grouping agrees
 * with the labels (pairwise and B-cubed precision / recall / F1, Adjusted Rand Index), optionally
 * per-tier recall of labelled copies, merged hard negatives, the worst errors, or a threshold
 * sweep.
 */
final class EvaluateCommand {
  /** Resemblance thresholds tried by {@code --sweep}. */
  static final double[] SWEEP_RESEMBLANCE = {0.3, 0.4, 0.5, 0.6, 0.7};

  /** Containment thresholds tried by {@code --sweep}. */
  static final double[] SWEEP_CONTAINMENT = {0.6, 0.7, 0.8, 0.9};

  /** Shingle sizes tried by {@code --sweep}. */
  static final int[] SWEEP_SHINGLE_SIZES = {3, 4, 5};

  private static final int MAX_LISTED = 50;

  private EvaluateCommand() {}

  /** The parsed command line. */
  private static final class Options {
    final List<Path> corpus = new ArrayList<>();
    final List<String> detectorArgs = new ArrayList<>();
    DetectorOptions detector = new DetectorOptions();
    Path labels;
    Path variants;
    Path hardNegatives;
    Path writePredictions;
    boolean json;
    boolean sweep;
    boolean sweepFast;
    int errors;
    boolean quiet;
    boolean help;
  }

  /** Reads one of the label files. */
  private interface LabelReader<T> {
    T read(Path file) throws IOException;
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

  static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options o = parse(args);
    if (o.help) {
      printHelp(out);
      return Main.EXIT_OK;
    }
    long start = System.nanoTime();
    Map<String, String> labels = readLabelFile("--labels", o.labels, LabelFiles::readLabels);
    ProgressListener progress =
        o.quiet ? ProgressListener.NONE : StderrProgress.system(err, "evaluate");
    ReadResult read = ArticleReader.read(o.corpus, progress);
    List<SkippedInput> skipped = read.skipped();
    for (SkippedInput s : skipped) {
      err.println("skipped " + s.input() + ": " + s.reason());
    }
    List<Article> articles = read.articles();
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a); // ids are unique: the reader skips repeats
    }
    Set<String> unlabelled = new TreeSet<>(byId.keySet());
    unlabelled.removeAll(labels.keySet());
    if (!unlabelled.isEmpty()) {
      err.println(
          "evaluate: "
              + unlabelled.size()
              + " article(s) have no label in "
              + o.labels
              + ": "
              + list(unlabelled));
      return Main.EXIT_USAGE;
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
    List<Variant> variants = new ArrayList<>();
    Path variantsFile = extraFile(o.variants, o.labels, "variants.tsv");
    if (variantsFile != null) {
      for (Variant v : readLabelFile("--variants", variantsFile, LabelFiles::readVariants)) {
        if (byId.containsKey(v.id()) && byId.containsKey(v.sourceId())) {
          variants.add(v);
        }
      }
    }
    List<IdPair> hardNegatives = new ArrayList<>();
    Path hardNegativesFile = extraFile(o.hardNegatives, o.labels, "hard-negatives.tsv");
    if (hardNegativesFile != null) {
      for (IdPair p : readLabelFile("--hard-negatives", hardNegativesFile, LabelFiles::readPairs)) {
        if (byId.containsKey(p.a()) && byId.containsKey(p.b())) {
          hardNegatives.add(p);
        }
      }
    }
    double readSeconds = seconds(start);
    Extras extras = new Extras(variants, hardNegatives);
    int exit = skipped.isEmpty() ? Main.EXIT_OK : Main.EXIT_SKIPPED;
    if (o.sweep) {
      sweep(o, articles, truth, extras, out, err);
      return exit;
    }

    NearDuplicateDetector detector;
    try {
      detector = o.detector.builder().build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    long groupStart = System.nanoTime();
    List<DuplicateGroup> groups = detector.group(articles, progress);
    double groupSeconds = seconds(groupStart);
    Map<String, String> predicted = LabelFiles.fromGroups(groups);
    if (o.writePredictions != null) {
      StringBuilder tsv = new StringBuilder();
      predicted.forEach((id, g) -> tsv.append(id).append('\t').append(g).append('\n'));
      Files.writeString(o.writePredictions, tsv, StandardCharsets.UTF_8);
    }
    ClusteringMetrics m = ClusteringMetrics.of(truth, predicted);
    List<PairRecall> recalls =
        variants.isEmpty() ? List.of() : PairRecall.ofVariants(variants, predicted);
    Optional<PairRecall> merged =
        hardNegativesFile == null
            ? Optional.empty()
            : Optional.of(PairRecall.of("hard negatives", hardNegatives, predicted));
    List<PairError> falseMerges = List.of();
    List<PairError> missed = List.of();
    if (o.errors > 0) {
      falseMerges = GroupingErrors.falseMerges(groups, truth);
      missed = GroupingErrors.missedPairs(byId, truth, predicted, detector);
    }
    Map<String, Variant> variantById =
        variants.stream().collect(Collectors.toMap(Variant::id, v -> v, (a, b) -> a));
    if (o.json) {
      Json j = new Json();
      j.open();
      writeMetrics(j, m);
      writeRecalls(j, recalls, merged);
      j.key("seconds").open();
      j.key("read").number(readSeconds);
      j.key("group").number(groupSeconds);
      j.close();
      j.key("config");
      writeConfig(j, detector.config());
      if (o.errors > 0) {
        j.key("falseMerges").openArray();
        writeErrors(j, falseMerges, o.errors);
        j.closeArray();
        j.key("falseMergeCount").number(falseMerges.size());
        j.key("missedPairs").openArray();
        writeErrors(j, missed, o.errors);
        j.closeArray();
        j.key("missedPairCount").number(missed.size());
        if (!variants.isEmpty()) {
          List<PairError> copies = missedCopies(missed, variantById);
          j.key("missedCopies").openArray();
          writeErrors(j, copies, o.errors);
          j.closeArray();
          j.key("missedCopyCount").number(copies.size());
        }
      }
      j.close();
      out.println(j);
    } else {
      out.println("Evaluation against " + o.labels);
      printMetrics(out, m);
      printRecalls(out, recalls, merged);
      out.printf(
          Locale.ROOT, "  %-22s read %.2f s, group %.2f s%n", "time", readSeconds, groupSeconds);
      out.printf(Locale.ROOT, "  %-22s %s%n", "detector", describe(detector.config()));
      if (o.errors > 0) {
        printErrors(out, falseMerges, missed, o.errors, variantById);
      }
    }
    return exit;
  }

  // ---- sweep

  /** Copy-source pairs and hard negatives present in the corpus. */
  private record Extras(List<Variant> variants, List<IdPair> hardNegatives) {}

  /** One grid point of a sweep and what it scored. */
  private record SweepRow(
      int shingleSize,
      double resemblance,
      double containment,
      ClusteringMetrics metrics,
      List<PairRecall> recalls,
      Optional<PairRecall> merged,
      double seconds) {}

  private static void sweep(
      Options o,
      List<Article> articles,
      Map<String, String> truth,
      Extras extras,
      PrintStream out,
      PrintStream err)
      throws UsageException {
    // An axis the user fixed with a flag is not swept.
    int[] sizes = fixedInt(o.detectorArgs, SWEEP_SHINGLE_SIZES, "--shingle-size");
    double[] resemblances =
        fixedDouble(
            o.detectorArgs,
            fixedDouble(o.detectorArgs, SWEEP_RESEMBLANCE, "--resemblance"),
            "--jaccard");
    double[] containments = fixedDouble(o.detectorArgs, SWEEP_CONTAINMENT, "--containment");
    // Without the batch boilerplate rule, grouping precomputed fingerprints is the whole pipeline.
    boolean reuse =
        o.sweepFast
            || detector(o, sizes[0], resemblances[0], containments[0])
                    .config()
                    .thresholds()
                    .boilerplateMinGroups()
                == 0;
    List<SweepRow> rows = new ArrayList<>();
    long start = System.nanoTime();
    for (int size : sizes) {
      // --sweep runs the full pipeline per point: on bbc-synth-dev (2,502 articles) 60 points take
      // 29 s. --sweep-fast fingerprints once per shingle size (fingerprints do not depend on the
      // thresholds) and groups the fingerprints per point: 10 s, but without the batch boilerplate
      // rule, which there costs up to 0.015 ARI (0.9751 vs 0.9890 at the defaults). With the rule
      // off (--boilerplate-min-groups 0) both paths give the same rows, so fingerprints are reused.
      NearDuplicateDetector first = detector(o, size, resemblances[0], containments[0]);
      List<Fingerprint> fingerprints =
          !reuse
              ? List.of()
              : articles.parallelStream().map(first::fingerprint).collect(Collectors.toList());
      for (double r : resemblances) {
        for (double c : containments) {
          NearDuplicateDetector d = detector(o, size, r, c);
          long t0 = System.nanoTime();
          List<DuplicateGroup> groups =
              !reuse
                  ? d.group(articles, ProgressListener.NONE)
                  : d.groupFingerprints(fingerprints, ProgressListener.NONE);
          double secs = seconds(t0);
          if (!o.quiet) {
            err.printf(
                Locale.ROOT,
                "sweep %d/%d: shingle-size %d, resemblance %s, containment %s (%.1f s)%n",
                rows.size() + 1,
                sizes.length * resemblances.length * containments.length,
                size,
                r,
                c,
                secs);
          }
          Map<String, String> predicted = LabelFiles.fromGroups(groups);
          rows.add(
              new SweepRow(
                  size,
                  r,
                  c,
                  ClusteringMetrics.of(truth, predicted),
                  extras.variants().isEmpty()
                      ? List.of()
                      : PairRecall.ofVariants(extras.variants(), predicted),
                  extras.hardNegatives().isEmpty()
                      ? Optional.empty()
                      : Optional.of(
                          PairRecall.of("hard negatives", extras.hardNegatives(), predicted)),
                  secs));
        }
      }
    }
    double sweepSeconds = seconds(start);
    int best = 0;
    for (int i = 1; i < rows.size(); i++) {
      if (better(rows.get(i), rows.get(best))) {
        best = i;
      }
    }
    SweepRow b = rows.get(best);
    ClusteringMetrics fullMetrics = b.metrics();
    double fullSeconds = 0;
    if (o.sweepFast) {
      // The best point again with the full pipeline, batch boilerplate rule included.
      NearDuplicateDetector full = detector(o, b.shingleSize(), b.resemblance(), b.containment());
      long t0 = System.nanoTime();
      fullMetrics = ClusteringMetrics.of(truth, LabelFiles.fromGroups(full.group(articles)));
      fullSeconds = seconds(t0);
    }
    String flags =
        String.format(
            Locale.ROOT,
            "--shingle-size %d --resemblance %s --containment %s",
            b.shingleSize(),
            b.resemblance(),
            b.containment());
    if (o.json) {
      Json j = new Json();
      j.open();
      j.key("articles").number(truth.size());
      j.key("sweep").openArray();
      for (int i = 0; i < rows.size(); i++) {
        SweepRow row = rows.get(i);
        j.open();
        j.key("shingleSize").number(row.shingleSize());
        j.key("resemblance").number(row.resemblance());
        j.key("containment").number(row.containment());
        writeMetrics(j, row.metrics());
        writeRecalls(j, row.recalls(), row.merged());
        j.key("seconds").number(row.seconds());
        j.key("best").bool(i == best);
        j.close();
      }
      j.closeArray();
      j.key("best").open();
      j.key("flags").string(flags);
      if (o.sweepFast) {
        j.key("withBoilerplateRule").open();
        writeMetrics(j, fullMetrics);
        j.close();
      }
      j.close();
      j.key("seconds").number(sweepSeconds + fullSeconds);
      j.close();
      out.println(j);
      return;
    }
    boolean hasRecall = !extras.variants().isEmpty();
    boolean hasNegatives = !extras.hardNegatives().isEmpty();
    out.printf(
        Locale.ROOT,
        "Sweep over %d articles (%d points%s)%n",
        truth.size(),
        rows.size(),
        o.sweepFast
            ? "; fast: fingerprints once per shingle size, grouped without the batch boilerplate"
                + " rule"
            : "");
    StringBuilder head =
        new StringBuilder("  shingle  resembl  contain     ARI   pairP   pairR  pairF1   b3-F1");
    if (hasRecall) {
      head.append("  easyR  mediumR  hardR");
    }
    if (hasNegatives) {
      head.append("  negMerged");
    }
    out.println(head);
    for (int i = 0; i < rows.size(); i++) {
      SweepRow row = rows.get(i);
      ClusteringMetrics m = row.metrics();
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%s %7d  %7.2f  %7.2f  %6.4f  %6.4f  %6.4f  %6.4f  %6.4f",
                  i == best ? "*" : " ",
                  row.shingleSize(),
                  row.resemblance(),
                  row.containment(),
                  m.adjustedRandIndex(),
                  m.pairwisePrecision(),
                  m.pairwiseRecall(),
                  m.pairwiseF1(),
                  m.bcubedF1()));
      if (hasRecall) {
        line.append(
            String.format(
                Locale.ROOT,
                "  %5s  %7s  %5s",
                tierRecall(row.recalls(), "easy"),
                tierRecall(row.recalls(), "medium"),
                tierRecall(row.recalls(), "hard")));
      }
      if (hasNegatives) {
        PairRecall n = row.merged().orElseThrow();
        line.append(String.format(Locale.ROOT, "  %9s", n.together() + "/" + n.pairs()));
      }
      out.println(line);
    }
    out.printf(
        Locale.ROOT, "* best by ARI: %s  (ARI %.4f)%n", flags, b.metrics().adjustedRandIndex());
    if (o.sweepFast) {
      out.printf(
          Locale.ROOT,
          "  with the batch boilerplate rule, as 'group' runs it: ARI %.4f, pairwise P %.4f R"
              + " %.4f%n",
          fullMetrics.adjustedRandIndex(),
          fullMetrics.pairwisePrecision(),
          fullMetrics.pairwiseRecall());
    }
    out.printf(Locale.ROOT, "time: %.2f s%n", sweepSeconds + fullSeconds);
  }

  /**
   * Orders sweep rows: higher ARI; on a tie higher pairwise precision, then fewer merged hard
   * negatives, then the default thresholds and shingle size.
   */
  private static boolean better(SweepRow x, SweepRow y) {
    int c = Double.compare(x.metrics().adjustedRandIndex(), y.metrics().adjustedRandIndex());
    if (c == 0) {
      c = Double.compare(x.metrics().pairwisePrecision(), y.metrics().pairwisePrecision());
    }
    if (c == 0) {
      c = Integer.compare(merged(y), merged(x));
    }
    if (c == 0) {
      c = Boolean.compare(isDefault(x), isDefault(y));
    }
    return c > 0;
  }

  private static int merged(SweepRow row) {
    return row.merged().map(PairRecall::together).orElse(0);
  }

  private static boolean isDefault(SweepRow row) {
    return row.shingleSize() == NearDuplicateDetector.Builder.DEFAULT_SHINGLE_SIZE
        && row.resemblance() == NearDuplicateDetector.Builder.DEFAULT_RESEMBLANCE_THRESHOLD
        && row.containment() == NearDuplicateDetector.Builder.DEFAULT_CONTAINMENT_THRESHOLD;
  }

  private static String tierRecall(List<PairRecall> recalls, String tier) {
    for (PairRecall r : recalls) {
      if (r.label().equals("tier:" + tier)) {
        return String.format(Locale.ROOT, "%.3f", r.recall());
      }
    }
    return "-";
  }

  private static NearDuplicateDetector detector(
      Options o, int shingleSize, double resemblance, double containment) throws UsageException {
    DetectorOptions d = new DetectorOptions();
    boolean sizeFixed = o.detectorArgs.contains("--shingle-size");
    boolean resemblanceFixed =
        o.detectorArgs.contains("--resemblance") || o.detectorArgs.contains("--jaccard");
    boolean containmentFixed = o.detectorArgs.contains("--containment");
    for (int i = 0; i < o.detectorArgs.size(); ) {
      i += d.consume(o.detectorArgs, i);
    }
    if (!sizeFixed) {
      d.builder().shingleSize(shingleSize);
    }
    if (!resemblanceFixed) {
      d.builder().resemblanceThreshold(resemblance);
    }
    if (!containmentFixed) {
      d.builder().containmentThreshold(containment);
    }
    try {
      return d.builder().build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static int[] fixedInt(List<String> args, int[] grid, String flag) {
    int i = args.indexOf(flag);
    return i < 0 ? grid : new int[] {Integer.parseInt(args.get(i + 1))};
  }

  private static double[] fixedDouble(List<String> args, double[] grid, String flag) {
    int i = args.indexOf(flag);
    return i < 0 ? grid : new double[] {Double.parseDouble(args.get(i + 1))};
  }

  // ---- parsing

  private static Options parse(List<String> args) throws UsageException {
    Options o = new Options();
    for (int i = 0; i < args.size(); ) {
      String a = args.get(i);
      int used = o.detector.consume(args, i);
      if (used > 0) {
        o.detectorArgs.addAll(args.subList(i, i + used));
        i += used;
        continue;
      }
      switch (a) {
        case "--help":
        case "-h":
          o.help = true;
          return o;
        case "--labels":
          o.labels = Path.of(DetectorOptions.value(args, i));
          i += 2;
          break;
        case "--variants":
          o.variants = Path.of(DetectorOptions.value(args, i));
          i += 2;
          break;
        case "--hard-negatives":
          o.hardNegatives = Path.of(DetectorOptions.value(args, i));
          i += 2;
          break;
        case "--write-predictions":
          o.writePredictions = Path.of(DetectorOptions.value(args, i));
          i += 2;
          break;
        case "--format":
          String f = DetectorOptions.value(args, i);
          if (!f.equals("text") && !f.equals("json")) {
            throw new UsageException("--format must be text or json, got '" + f + "'");
          }
          o.json = f.equals("json");
          i += 2;
          break;
        case "-q":
        case "--quiet":
          o.quiet = true;
          i++;
          break;
        case "--sweep":
          o.sweep = true;
          i++;
          break;
        case "--sweep-fast":
          o.sweep = true;
          o.sweepFast = true;
          i++;
          break;
        case "--errors":
          String n = DetectorOptions.value(args, i);
          try {
            o.errors = Integer.parseInt(n);
          } catch (NumberFormatException e) {
            throw new UsageException("--errors needs a number, got '" + n + "'");
          }
          if (o.errors < 0) {
            throw new UsageException("--errors must not be negative, got " + o.errors);
          }
          i += 2;
          break;
        default:
          if (a.startsWith("-") && a.length() > 1) {
            throw new UsageException("unknown option " + a);
          }
          o.corpus.add(Path.of(a));
          i++;
      }
    }
    if (o.corpus.isEmpty()) {
      throw new UsageException("missing corpus path");
    }
    if (o.labels == null) {
      throw new UsageException("missing --labels <labels.tsv>");
    }
    if (o.sweep && o.errors > 0) {
      throw new UsageException("--errors cannot be combined with --sweep");
    }
    return o;
  }

  private static Path extraFile(Path given, Path labels, String name) {
    if (given != null) {
      return given;
    }
    Path dir = labels.toAbsolutePath().getParent();
    Path next = dir == null ? null : dir.resolve(name);
    return next != null && Files.isRegularFile(next) ? next : null;
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

  // ---- printing

  private static void printMetrics(PrintStream out, ClusteringMetrics m) {
    out.printf(Locale.ROOT, "  %-22s %d%n", "articles", m.items());
    out.printf(Locale.ROOT, "  %-22s %d%n", "true groups", m.trueGroups());
    out.printf(Locale.ROOT, "  %-22s %d%n", "predicted groups", m.predictedGroups());
    out.printf(
        Locale.ROOT,
        "  %-22s precision %.4f  recall %.4f  F1 %.4f  (pairs: true %d, predicted %d, correct"
            + " %d)%n",
        "pairwise",
        m.pairwisePrecision(),
        m.pairwiseRecall(),
        m.pairwiseF1(),
        m.truePairs(),
        m.predictedPairs(),
        m.correctPairs());
    out.printf(
        Locale.ROOT,
        "  %-22s precision %.4f  recall %.4f  F1 %.4f%n",
        "B-cubed",
        m.bcubedPrecision(),
        m.bcubedRecall(),
        m.bcubedF1());
    out.printf(Locale.ROOT, "  %-22s %.4f%n", "Adjusted Rand Index", m.adjustedRandIndex());
  }

  private static void printRecalls(
      PrintStream out, List<PairRecall> recalls, Optional<PairRecall> merged) {
    String tiers = "";
    String transforms = "";
    for (PairRecall r : recalls) {
      String text =
          String.format(
              Locale.ROOT,
              "%s %.4f (%d, %d missed)",
              shortLabel(r),
              r.recall(),
              r.pairs(),
              r.apart());
      if (r.label().equals("all")) {
        out.printf(Locale.ROOT, "  %-22s %s%n", "copy-source recall", text);
      } else if (r.label().startsWith("tier:")) {
        tiers += (tiers.isEmpty() ? "" : "  ") + text;
      } else {
        transforms += (transforms.isEmpty() ? "" : "\n  " + " ".repeat(23)) + text;
      }
    }
    if (!tiers.isEmpty()) {
      out.printf(Locale.ROOT, "  %-22s %s%n", "  by tier", tiers);
    }
    if (!transforms.isEmpty()) {
      out.printf(Locale.ROOT, "  %-22s %s%n", "  by transform", transforms);
    }
    merged.ifPresent(
        n ->
            out.printf(
                Locale.ROOT,
                "  %-22s %d of %d merged%n",
                "hard negatives",
                n.together(),
                n.pairs()));
  }

  private static String shortLabel(PairRecall r) {
    int colon = r.label().indexOf(':');
    return colon < 0 ? r.label() : r.label().substring(colon + 1);
  }

  private static void printErrors(
      PrintStream out,
      List<PairError> falseMerges,
      List<PairError> missed,
      int limit,
      Map<String, Variant> variants) {
    out.println();
    out.printf(
        Locale.ROOT,
        "False merges: %d of %d wrong matches, highest score first%n",
        Math.min(limit, falseMerges.size()),
        falseMerges.size());
    for (PairError e : falseMerges.subList(0, Math.min(limit, falseMerges.size()))) {
      out.printf(
          Locale.ROOT,
          "  %.4f %-11s J %.4f C %.4f  %s [%s]%s  +  %s [%s]%s%n",
          e.score(),
          e.rule().map(Enum::name).orElse("-"),
          e.similarity().jaccard(),
          e.similarity().containment(),
          e.a(),
          e.trueGroupA(),
          describe(variants.get(e.a())),
          e.b(),
          e.trueGroupB(),
          describe(variants.get(e.b())));
    }
    out.printf(
        Locale.ROOT,
        "Missed pairs: %d of %d, lowest similarity first (score = max(J, C), exact)%n",
        Math.min(limit, missed.size()),
        missed.size());
    printMissed(out, missed.subList(0, Math.min(limit, missed.size())), variants);
    if (!variants.isEmpty()) {
      List<PairError> copies = missedCopies(missed, variants);
      out.printf(
          Locale.ROOT,
          "Missed copies: %d of %d (copy, source) pairs, nearest misses first%n",
          Math.min(limit, copies.size()),
          copies.size());
      printMissed(out, copies.subList(0, Math.min(limit, copies.size())), variants);
    }
  }

  private static void printMissed(
      PrintStream out, List<PairError> missed, Map<String, Variant> variants) {
    for (PairError e : missed) {
      out.printf(
          Locale.ROOT,
          "  %.4f J %.4f C %.4f  %s%s  /  %s%s  [%s]%n",
          e.score(),
          e.similarity().jaccard(),
          e.similarity().containment(),
          e.a(),
          describe(variants.get(e.a())),
          e.b(),
          describe(variants.get(e.b())),
          e.trueGroupA());
    }
  }

  /**
   * Returns the missed pairs that are labelled (copy, source) pairs, nearest misses first: the
   * copies a threshold change might catch.
   */
  private static List<PairError> missedCopies(
      List<PairError> missed, Map<String, Variant> variants) {
    List<PairError> copies = new ArrayList<>();
    for (PairError e : missed) {
      Variant va = variants.get(e.a());
      Variant vb = variants.get(e.b());
      if ((va != null && va.sourceId().equals(e.b()))
          || (vb != null && vb.sourceId().equals(e.a()))) {
        copies.add(e);
      }
    }
    Collections.reverse(copies);
    return copies;
  }

  private static String describe(Variant v) {
    return v == null ? "" : " (" + v.tier() + ": " + String.join(",", v.transforms()) + ")";
  }

  private static String describe(DetectorConfig c) {
    return String.format(
        Locale.ROOT,
        "shingle-size %d, signature-length %d, bands %d, resemblance %s, containment %s,"
            + " alignment %s, min-contained-shingles %d, boilerplate-min-groups %d%s",
        c.shape().shingleSize(),
        c.shape().signatureLength(),
        c.shape().bands(),
        c.thresholds().resemblanceThreshold(),
        c.thresholds().containmentThreshold(),
        c.thresholds().alignmentThreshold(),
        c.thresholds().minContainedShingles(),
        c.thresholds().boilerplateMinGroups(),
        c.exactVerification() ? "" : ", estimate");
  }

  private static String list(Set<String> ids) {
    String shown = ids.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
    return ids.size() > MAX_LISTED
        ? shown + ", ... (" + (ids.size() - MAX_LISTED) + " more)"
        : shown;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  // ---- JSON

  private static void writeMetrics(Json j, ClusteringMetrics m) {
    j.key("articles").number(m.items());
    j.key("trueGroups").number(m.trueGroups());
    j.key("predictedGroups").number(m.predictedGroups());
    j.key("pairwise").open();
    j.key("precision").number(m.pairwisePrecision());
    j.key("recall").number(m.pairwiseRecall());
    j.key("f1").number(m.pairwiseF1());
    j.key("truePairs").number(m.truePairs());
    j.key("predictedPairs").number(m.predictedPairs());
    j.key("correctPairs").number(m.correctPairs());
    j.close();
    j.key("bcubed").open();
    j.key("precision").number(m.bcubedPrecision());
    j.key("recall").number(m.bcubedRecall());
    j.key("f1").number(m.bcubedF1());
    j.close();
    j.key("adjustedRandIndex").number(m.adjustedRandIndex());
  }

  private static void writeRecalls(Json j, List<PairRecall> recalls, Optional<PairRecall> merged) {
    if (!recalls.isEmpty()) {
      j.key("copySourceRecall").open();
      for (PairRecall r : recalls) {
        j.key(r.label()).open();
        j.key("pairs").number(r.pairs());
        j.key("together").number(r.together());
        j.key("recall").number(r.recall());
        j.close();
      }
      j.close();
    }
    merged.ifPresent(
        n -> {
          j.key("hardNegatives").open();
          j.key("pairs").number(n.pairs());
          j.key("merged").number(n.together());
          j.close();
        });
  }

  private static void writeConfig(Json j, DetectorConfig c) {
    j.open();
    j.key("shingleSize").number(c.shape().shingleSize());
    j.key("signatureLength").number(c.shape().signatureLength());
    j.key("bands").number(c.shape().bands());
    j.key("seed").number(c.shape().seed());
    j.key("resemblanceThreshold").number(c.thresholds().resemblanceThreshold());
    j.key("containmentThreshold").number(c.thresholds().containmentThreshold());
    j.key("minContainedShingles").number(c.thresholds().minContainedShingles());
    j.key("alignmentThreshold").number(c.thresholds().alignmentThreshold());
    j.key("sampleRate").number(c.shape().sampleRate());
    j.key("maxSampleFrequency").number(c.thresholds().maxSampleFrequency());
    j.key("boilerplateMinGroups").number(c.thresholds().boilerplateMinGroups());
    j.key("exactVerification").bool(c.exactVerification());
    j.close();
  }

  private static void writeErrors(Json j, List<PairError> errors, int limit) {
    for (PairError e : errors.subList(0, Math.min(limit, errors.size()))) {
      j.open();
      j.key("a").string(e.a());
      j.key("b").string(e.b());
      j.key("trueGroupA").string(e.trueGroupA());
      j.key("trueGroupB").string(e.trueGroupB());
      j.key("score").number(e.score());
      j.key("jaccard").number(e.similarity().jaccard());
      j.key("containment").number(e.similarity().containment());
      e.rule().ifPresent(r -> j.key("rule").string(r.name()));
      j.close();
    }
  }

  /** A minimal JSON writer for one line of output; enough for numbers, strings and nesting. */
  private static final class Json {
    private final StringBuilder sb = new StringBuilder();
    private boolean needComma;

    Json open() {
      comma();
      sb.append('{');
      needComma = false;
      return this;
    }

    Json close() {
      sb.append('}');
      needComma = true;
      return this;
    }

    Json openArray() {
      comma();
      sb.append('[');
      needComma = false;
      return this;
    }

    Json closeArray() {
      sb.append(']');
      needComma = true;
      return this;
    }

    Json key(String k) {
      comma();
      quote(k);
      sb.append(':');
      needComma = false;
      return this;
    }

    Json number(double v) {
      comma();
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        sb.append((long) v);
      } else {
        sb.append(Double.isFinite(v) ? Double.toString(v) : "null");
      }
      needComma = true;
      return this;
    }

    Json number(long v) {
      comma();
      sb.append(v);
      needComma = true;
      return this;
    }

    Json bool(boolean v) {
      comma();
      sb.append(v);
      needComma = true;
      return this;
    }

    Json string(String s) {
      comma();
      quote(s);
      needComma = true;
      return this;
    }

    private void comma() {
      if (needComma) {
        sb.append(',');
        needComma = false;
      }
    }

    private void quote(String s) {
      sb.append(GroupOutput.quote(s));
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
