package io.github.newsdedup.cli;

import io.github.newsdedup.Article;
import io.github.newsdedup.Explanation;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.io.ArticleReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code explain} command: why two articles are, or are not, copies.
 *
 * <p>Exit codes: 0 explained; 1 an input could not be read or does not hold exactly one article; 2
 * usage error.
 */
final class ExplainCommand {
  private ExplainCommand() {}

  private static ArgumentParser parser() {
    ArgumentParser p = new ArgumentParser().option("--format");
    DetectorOptions.declare(p);
    return p;
  }

  static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    ArgumentParser.Arguments options = parser().parse(args);
    if (options.help()) {
      printHelp(out);
      return Main.EXIT_OK;
    }
    String format = options.value("--format").orElse("text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format must be text or json, got '" + format + "'");
    }
    boolean json = format.equals("json");
    NearDuplicateDetector.Builder builder = DetectorOptions.builder(options);
    List<Path> paths = new ArrayList<>();
    for (String operand : options.operands()) {
      paths.add(DetectorOptions.path(operand));
    }
    if (paths.size() != 2) {
      throw new UsageException("needs two files, got " + paths.size());
    }
    NearDuplicateDetector detector = DetectorOptions.build(builder);
    Article a = read(paths.get(0), err);
    Article b = read(paths.get(1), err);
    if (a == null || b == null) {
      return Main.EXIT_SKIPPED;
    }
    Explanation e = detector.explain(a, b);
    ExplainOutput output =
        new ExplainOutput(
            a,
            b,
            e,
            detector.fingerprint(a).shingleCount(),
            detector.fingerprint(b).shingleCount(),
            detector.config().thresholds().minContainedShingles());
    out.print(json ? output.json() : output.text());
    out.flush();
    return Main.EXIT_OK;
  }

  /** Reads the one article of a file, or reports why not and returns null. */
  private static Article read(Path path, PrintStream err) {
    List<Article> articles;
    try {
      articles = ArticleReader.readFile(path);
    } catch (IOException e) {
      err.println("explain: cannot read " + path + ": " + e.getMessage());
      return null;
    }
    if (articles.size() != 1) {
      err.printf(
          Locale.ROOT,
          "explain: %s holds %d articles; explain needs one article per file%n",
          path,
          articles.size());
      return null;
    }
    return articles.get(0);
  }

  static void printHelp(PrintStream s) {
    s.println("Usage: java -jar news-dedup.jar explain [options] <fileA> <fileB>");
    s.println();
    s.println("Explains why two articles are, or are not, copies: the verdict, each rule's value");
    s.println("beside its threshold, the passages both hold (quoted, with their positions) and");
    s.println("what normalization dropped from each as page chrome. Files are read as 'group'");
    s.println("reads them: .txt, .html/.htm, or a .jsonl file holding one article.");
    s.println();
    s.println("Options (defaults in brackets):");
    s.println("  --format F                  text or json [text]");
    s.println("                              json: {\"a\", \"b\", \"jaccard\", \"containment\",");
    s.println(
        "                              \"rule\", \"rules\", \"passages\", \"dropped\"}; ranges");
    s.println("                              are [start, end) in UTF-16 chars of each file's");
    s.println("                              decoded text, before any normalization");
    s.println("  -h, --help                  show this help");
    s.println("  --                          end of options: later arguments are paths");
    s.println();
    DetectorOptions.printHelp(s);
    s.println();
    s.println("Exit codes: 0 explained; 1 an input could not be read or holds not exactly one");
    s.println("article; 2 usage error.");
  }
}
