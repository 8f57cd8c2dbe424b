package io.github.newsdedup.cli;

import io.github.newsdedup.Article;
import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.cli.report.HtmlReport;
import io.github.newsdedup.cli.report.SourceTexts;
import io.github.newsdedup.index.DedupIndex;
import io.github.newsdedup.index.IndexMatch;
import io.github.newsdedup.index.IndexResult;
import io.github.newsdedup.index.IndexedArticle;
import io.github.newsdedup.internal.json.JsonWriter;
import io.github.newsdedup.io.ReadOptions;
import io.github.newsdedup.io.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code index} command: a persistent duplicate index in a directory, with the subcommands
 * {@code add}, {@code match}, {@code remove}, {@code expire}, {@code stats} and {@code groups}.
 *
 * <p>Exit codes: 0 done; 1 done, but some inputs were skipped or some ids were not found; 2 usage
 * error; 3 the index could not be opened or written (incompatible, corrupt, in use).
 */
final class IndexCommand {
  /** Exit code: the index could not be opened or written. */
  static final int EXIT_INDEX = 3;

  /** Articles added between two commits. */
  static final int COMMIT_EVERY = 10_000;

  /** Articles fingerprinted and added per step, so that results print as they come. */
  private static final int CHUNK = 256;

  private IndexCommand() {}

  /** The parsed options of a subcommand. */
  private record Options(
      ArgumentParser.Arguments args,
      boolean json,
      boolean all,
      boolean quiet,
      String groupFormat,
      ReadOptions readOptions) {
    Optional<String> before() {
      return args.value("--before");
    }

    boolean detectorOptionsGiven() {
      return DetectorOptions.anyGiven(args);
    }

    List<String> operands() {
      return args.operands();
    }
  }

  static int run(List<String> args, InputStream in, PrintStream out, PrintStream err)
      throws Exception {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
      printHelp(args.isEmpty() ? err : out);
      return args.isEmpty() ? Main.EXIT_USAGE : Main.EXIT_OK;
    }
    String sub = args.get(0);
    List<String> rest = args.subList(1, args.size());
    Options o = parse(sub, rest);
    if (o.args().help()) {
      printHelp(out);
      return Main.EXIT_OK;
    }
    if (!List.of("add", "match", "remove", "expire", "stats", "groups").contains(sub)) {
      throw new UsageException(
          "unknown subcommand '" + sub + "' (add, match, remove, expire, stats, groups)");
    }
    if (o.operands().isEmpty()) {
      throw new UsageException(sub + " needs an index directory");
    }
    Path dir = DetectorOptions.path(o.operands().get(0));
    List<String> more = o.operands().subList(1, o.operands().size());
    try {
      switch (sub) {
        case "add":
        case "match":
          if (more.isEmpty()) {
            throw new UsageException(sub + " needs input paths after the index directory");
          }
          return addOrMatch(sub.equals("add"), dir, more, o, in, out, err);
        case "remove":
          if (more.isEmpty()) {
            throw new UsageException("remove needs ids after the index directory");
          }
          return remove(dir, more, out);
        case "expire":
          requireNoMore(sub, more);
          return expire(dir, o, out);
        case "stats":
          requireNoMore(sub, more);
          return stats(dir, out);
        default:
          requireNoMore(sub, more);
          return groups(dir, o, out);
      }
    } catch (IOException e) {
      err.println("news-dedup index " + sub + ": " + e.getMessage());
      return EXIT_INDEX;
    }
  }

  private static void requireNoMore(String sub, List<String> more) throws UsageException {
    if (!more.isEmpty()) {
      throw new UsageException(sub + " takes only the index directory, got also " + more);
    }
  }

  private static Options parse(String sub, List<String> args) throws UsageException {
    ArgumentParser p = new ArgumentParser();
    p.option("--format").flag("--all").flag("--quiet", "-q").option("--before");
    p.option(GroupCommand.OUTPUT);
    InputOptions.declare(p);
    DetectorOptions.declare(p);
    ArgumentParser.Arguments a = p.parse(args);
    String format = a.value("--format").orElse("text");
    boolean json = false;
    if (a.has(GroupCommand.OUTPUT) && !sub.equals("groups")) {
      throw new UsageException(GroupCommand.OUTPUT + " is for groups only");
    }
    if (sub.equals("groups")) {
      GroupOutput.Format.parse(format);
    } else if (format.equals("json")) {
      json = true;
    } else if (!format.equals("text")) {
      throw new UsageException("--format must be text or json, got '" + format + "'");
    }
    DetectorOptions.builder(a); // checks the values now, as a usage error
    return new Options(
        a, json, a.has("--all"), a.has("--quiet"), format, InputOptions.readOptions(a));
  }

  /**
   * Opens for add (read-write, creating a new index) or match (read-only: it writes nothing, so it
   * runs beside a writer): with the given detector options, or the index's own configuration when
   * none are given and the index exists, or the defaults for a new index. Options given to match
   * are used for this run only.
   */
  private static DedupIndex openForArticles(Path dir, Options o, boolean add)
      throws IOException, UsageException {
    if (!add) {
      return o.detectorOptionsGiven()
          ? DedupIndex.openReadOnly(dir, DetectorOptions.build(DetectorOptions.builder(o.args())))
          : DedupIndex.openReadOnly(dir);
    }
    boolean exists = Files.isDirectory(dir) && hasCommit(dir);
    if (!o.detectorOptionsGiven() && exists) {
      return DedupIndex.open(dir);
    }
    // New, or what an interrupted first add left, or not an index: open tells them apart.
    return DedupIndex.open(dir, DetectorOptions.build(DetectorOptions.builder(o.args())));
  }

  /** Whether {@code dir} holds a commit, so an index with a configuration of its own. */
  private static boolean hasCommit(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
    }
  }

  private static int addOrMatch(
      boolean add,
      Path dir,
      List<String> inputs,
      Options o,
      InputStream in,
      PrintStream out,
      PrintStream err)
      throws IOException, UsageException {
    String command = add ? "add" : "match";
    ProgressListener progress =
        o.quiet() ? ProgressListener.NONE : StderrProgress.system(err, "index " + command);
    ReadResult read = InputOptions.read(inputs, o.readOptions(), in, progress, err);
    List<Article> articles = read.articles();
    long withCopies = 0;
    long runStart = System.currentTimeMillis();
    DedupIndex index = openForArticles(dir, o, add);
    int committed = 0; // the articles of this run in the index's last commit (add only)
    try {
      int sinceCommit = 0;
      for (int from = 0; from < articles.size(); ) {
        int to = chunkEnd(from, sinceCommit, articles.size());
        List<Article> part = articles.subList(from, to);
        List<IndexResult> results;
        if (add) {
          results = index.addAll(part, ProgressListener.NONE);
        } else {
          results = new ArrayList<>(part.size());
          for (Article a : part) {
            results.add(index.match(a));
          }
        }
        for (IndexResult r : results) {
          if (r.hasMatches()) {
            withCopies++;
          }
          print(r, add, o, out);
        }
        out.flush();
        progress.progress(command, from + part.size(), articles.size());
        sinceCommit += part.size();
        if (add && sinceCommit >= COMMIT_EVERY) {
          index.commit();
          committed = to;
          sinceCommit = 0;
        }
        from = to;
      }
      String holds = add ? "; the index holds " + index.size() : "";
      index.close();
      err.printf(
          Locale.ROOT,
          "index %s: %d %s %s, %d with copies in the index, %d skipped%s%n",
          command,
          articles.size(),
          articles.size() == 1 ? "article" : "articles",
          add ? "added" : "matched",
          withCopies,
          read.skipped().size(),
          holds);
    } catch (IOException | RuntimeException e) {
      boolean closed = closeAfterFailure(index, e);
      if (add) {
        err.println("news-dedup index add: " + e.getMessage());
        reportNotStored(dir, articles, committed, closed, runStart, err);
        return EXIT_INDEX;
      }
      throw e;
    }
    return read.skipped().isEmpty() ? Main.EXIT_OK : Main.EXIT_SKIPPED;
  }

  /**
   * Where the chunk starting at {@code from} ends: after {@link #CHUNK} articles, at the end, or at
   * the next commit point (every {@link #COMMIT_EVERY} articles), whichever comes first.
   */
  static int chunkEnd(int from, int sinceCommit, int size) {
    return Math.min(size, from + Math.min(CHUNK, COMMIT_EVERY - sinceCommit));
  }

  /**
   * Closes an index after {@code failure}; returns whether that worked (for a writer: whether its
   * final commit was made). A failure to close is added to {@code failure}.
   */
  private static boolean closeAfterFailure(DedupIndex index, Exception failure) {
    try {
      index.close();
      return true;
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
      return false;
    }
  }

  /**
   * Says which articles of a failed add run are not in the index: those after its last commit in
   * this run, less those the final commit on closing stored after all (when it could be made).
   */
  private static void reportNotStored(
      Path dir,
      List<Article> articles,
      int committed,
      boolean closed,
      long runStart,
      PrintStream err) {
    List<String> lost = new ArrayList<>();
    for (Article a : articles.subList(committed, articles.size())) {
      lost.add(a.id());
    }
    if (closed && !lost.isEmpty()) {
      try (DedupIndex index = DedupIndex.openReadOnly(dir)) {
        List<String> still = new ArrayList<>();
        for (String id : lost) {
          Optional<IndexedArticle> a = index.describe(id);
          if (a.isEmpty() || a.get().added().toEpochMilli() < runStart) {
            still.add(id);
          }
        }
        lost = still;
      } catch (IOException | RuntimeException e) {
        err.println("news-dedup index add: cannot read the index back to check: " + e.getMessage());
      }
    }
    err.printf(
        Locale.ROOT,
        "news-dedup index add: %d of %d articles of this run were not stored (the output above"
            + " may list them); the index holds its last commit. Not stored:%n",
        lost.size(),
        articles.size());
    for (String id : lost) {
      err.println("  " + id);
    }
  }

  private static void print(IndexResult r, boolean add, Options o, PrintStream out) {
    // For add, "replaced" says the stored article of that id was replaced; for match, that an
    // article of that id is stored (and was not matched against itself).
    String note = !r.replaced() ? "" : add ? " (replaced)" : " (id already in the index)";
    if (o.json()) {
      StringBuilder sb = new StringBuilder();
      JsonWriter w = new JsonWriter(sb, JsonWriter.SPACED);
      w.beginObject();
      w.name("id").value(r.id());
      w.name("replaced").value(r.replaced());
      w.name("representative").value(r.representative());
      w.name("matches").beginArray();
      for (IndexMatch m : r.matches()) {
        w.beginObject();
        w.name("id").value(m.id());
        w.name("title").value(m.title());
        w.name("source").value(m.source());
        w.name("jaccard").value(m.similarity().jaccard());
        w.name("containment").value(m.similarity().containment());
        w.name("rule").value(rule(m));
        w.name("score").value(m.score());
        w.name("representative").value(m.representative());
        w.endObject();
      }
      w.endArray().endObject();
      out.println(sb);
      return;
    }
    if (!r.hasMatches()) {
      if (o.all()) {
        out.println(r.id() + "  no copies" + note);
      }
      return;
    }
    out.printf(
        Locale.ROOT,
        "%s  %d %s%s%n",
        r.id(),
        r.matches().size(),
        r.matches().size() == 1 ? "copy" : "copies",
        note);
    for (IndexMatch m : r.matches()) {
      out.printf(
          Locale.ROOT,
          "  %s  jaccard %.3f  containment %.3f  %s%s%s%n",
          m.id(),
          m.similarity().jaccard(),
          m.similarity().containment(),
          rule(m),
          m.representative() ? "  representative" : "",
          m.source().isEmpty() ? "" : "  " + m.source());
    }
  }

  private static String rule(IndexMatch m) {
    return m.rule().name().toLowerCase(Locale.ROOT);
  }

  private static int remove(Path dir, List<String> ids, PrintStream out) throws IOException {
    int missing = 0;
    try (DedupIndex index = DedupIndex.open(dir)) {
      for (String id : ids) {
        if (index.remove(id)) {
          out.println("removed " + id);
        } else {
          out.println("not found " + id);
          missing++;
        }
      }
    }
    return missing == 0 ? Main.EXIT_OK : Main.EXIT_SKIPPED;
  }

  private static int expire(Path dir, Options o, PrintStream out)
      throws IOException, UsageException {
    if (o.before().isEmpty()) {
      throw new UsageException("expire needs --before <date> (YYYY-MM-DD or an ISO-8601 instant)");
    }
    Instant cutoff = instant(o.before().get());
    try (DedupIndex index = DedupIndex.open(dir)) {
      long n = index.expireOlderThan(cutoff);
      out.printf(
          Locale.ROOT,
          "expired %d %s published (or added) before %s; %d left%n",
          n,
          n == 1 ? "article" : "articles",
          cutoff,
          index.size());
    }
    return Main.EXIT_OK;
  }

  static Instant instant(String s) throws UsageException {
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        throw new UsageException(
            "--before needs YYYY-MM-DD or an ISO-8601 instant such as 2025-03-01T00:00:00Z, got '"
                + s
                + "'");
      }
    }
  }

  private static int stats(Path dir, PrintStream out) throws IOException {
    try (DedupIndex index = DedupIndex.openReadOnly(dir)) {
      List<DuplicateGroup> groups = index.groups();
      long withCopies = groups.stream().filter(g -> g.size() > 1).count();
      DetectorConfig c = index.config();
      out.printf(Locale.ROOT, "index         %s%n", dir);
      out.printf(Locale.ROOT, "articles      %d%n", index.size());
      out.printf(Locale.ROOT, "groups        %d (%d with copies)%n", groups.size(), withCopies);
      out.printf(Locale.ROOT, "size on disk  %d bytes%n", sizeOnDisk(dir));
      out.printf(
          Locale.ROOT,
          "configuration shingle size %d, signature length %d, %d bands x %d rows, seed %d,%n"
              + "              resemblance %s, containment %s, min contained shingles %d,%n"
              + "              alignment %s, sample rate %d, max sample frequency %d%n",
          c.shape().shingleSize(),
          c.shape().signatureLength(),
          c.shape().bands(),
          c.shape().rows(),
          c.shape().seed(),
          c.thresholds().resemblanceThreshold(),
          c.thresholds().containmentThreshold(),
          c.thresholds().minContainedShingles(),
          c.thresholds().alignmentThreshold(),
          c.shape().sampleRate(),
          c.thresholds().maxSampleFrequency());
    }
    return Main.EXIT_OK;
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

  private static int groups(Path dir, Options o, PrintStream out)
      throws IOException, UsageException {
    try (DedupIndex index = DedupIndex.openReadOnly(dir)) {
      List<DuplicateGroup> groups = index.groups();
      // GroupOutput shows titles and sources: rebuild text-less articles from the stored fields.
      List<Article> articles = new ArrayList<>();
      for (String id : index.ids()) {
        IndexedArticle a = index.describe(id).orElseThrow();
        Article article = Article.of(id, "").withTitle(a.title()).withSource(a.source());
        articles.add(a.published().map(article::withPublished).orElse(article));
      }
      GroupOutput.Format format = GroupOutput.Format.parse(o.groupFormat());
      Optional<Path> output = GroupCommand.output(o.args());
      if (format == GroupOutput.Format.HTML) {
        // The index stores no texts: the report reads them back from file sources.
        HtmlReport report =
            new HtmlReport(
                SourceTexts.read(articles),
                groups,
                List.of(),
                NearDuplicateDetector.of(index.config()),
                "news-dedup index groups " + dir);
        GroupCommand.writeReport(report, output, out, ProgressListener.NONE);
      } else if (output.isPresent()) {
        try (PrintStream file =
            new PrintStream(Files.newOutputStream(output.get()), false, StandardCharsets.UTF_8)) {
          new GroupOutput(articles, groups, List.of()).write(format, o.all(), file);
        }
      } else {
        new GroupOutput(articles, groups, List.of()).write(format, o.all(), out);
      }
    }
    return Main.EXIT_OK;
  }

  static void printHelp(PrintStream s) {
    s.println("Usage: java -jar news-dedup.jar index <subcommand> <index-dir> ...");
    s.println();
    s.println("A persistent duplicate index in a directory: add articles as they arrive and see");
    s.println("at once which stored articles they copy.");
    s.println();
    s.println("Subcommands:");
    s.println(
        "  add <index-dir> <path>...      add articles (same inputs as 'group'); prints each");
    s.println("                                 article's copies in the index as it goes; creates");
    s.println("                                 the index if the directory is new or empty; an id");
    s.println("                                 already stored is replaced");
    s.println("  match <index-dir> <path>...    the same answer without storing anything");
    s.println("  remove <index-dir> <id>...     remove articles by id");
    s.println("  expire <index-dir> --before D  remove articles published (or, without a date,");
    s.println("                                 added) before D (YYYY-MM-DD or ISO-8601 instant)");
    s.println("  stats <index-dir>              articles, groups, size on disk, configuration");
    s.println("  groups <index-dir>             the groups of the stored articles, printed as by");
    s.println("                                 'group' (--format text|json|csv|tsv|html,");
    s.println("                                 --all, --output FILE); html reads the texts");
    s.println("                                 back from the sources that are local files");
    s.println();
    s.println("Options (defaults in brackets):");
    s.println("  --format F                  add/match: text or json (JSON lines) [text]");
    s.println("  --all                       text: also list articles without copies [off]");
    InputOptions.printHelp(s);
    s.println("  -q, --quiet                 no progress on stderr");
    s.println("  -h, --help                  show this help");
    s.println();
    s.println("add and match take the detector options below. Without them an existing index uses");
    s.println("the configuration it was built with; with them, options that shape what is stored");
    s.printf(
        Locale.ROOT,
        "(shingle size, signature length, bands, rows, seed, sample rate) must match it.%n"
            + "add commits every %d articles and at the end.%n",
        COMMIT_EVERY);
    s.println();
    DetectorOptions.printHelp(s);
    s.println();
    s.println("Exit codes: 0 done; 1 done, but some inputs were skipped or ids not found;");
    s.println("2 usage error; 3 the index could not be opened (incompatible, corrupt, in use).");
  }
}
