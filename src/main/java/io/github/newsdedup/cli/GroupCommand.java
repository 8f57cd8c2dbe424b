package io.github.newsdedup.cli;

import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.cli.report.HtmlReport;
import io.github.newsdedup.io.ReadOptions;
import io.github.newsdedup.io.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code group} command: reads files and folders, groups copies, prints the groups.
 *
 * <p>Exit codes: 0 all inputs read and grouped; 1 grouped, but some inputs were skipped (each
 * listed on stderr and in the output's {@code skipped}); 2 usage error (unknown option, bad value,
 * no paths). A path that does not exist is a skipped input (exit 1), not a usage error, so one
 * missing file in a long batch does not stop the rest.
 */
final class GroupCommand {
  /** The option naming the file to write the output to, instead of stdout. */
  static final String OUTPUT = "--output";

  private GroupCommand() {}

  private static ArgumentParser parser() {
    ArgumentParser p =
        new ArgumentParser().option("--format").option(OUTPUT).flag("--all").flag("--quiet", "-q");
    InputOptions.declare(p);
    DetectorOptions.declare(p);
    return p;
  }

  static int run(List<String> args, InputStream in, PrintStream out, PrintStream err)
      throws Exception {
    ArgumentParser.Arguments a = parser().parse(args);
    if (a.help()) {
      printHelp(out);
      return Main.EXIT_OK;
    }
    GroupOutput.Format format = GroupOutput.Format.TEXT;
    if (a.value("--format").isPresent()) {
      format = GroupOutput.Format.parse(a.value("--format").get());
    }
    boolean all = a.has("--all");
    boolean quiet = a.has("--quiet");
    ReadOptions readOptions = InputOptions.readOptions(a);
    NearDuplicateDetector.Builder builder = DetectorOptions.builder(a);
    if (a.operands().isEmpty()) {
      throw new UsageException("no input paths given (use - for JSONL on standard input)");
    }
    NearDuplicateDetector detector = DetectorOptions.build(builder);

    ProgressListener progress = quiet ? ProgressListener.NONE : StderrProgress.system(err, "group");
    ReadResult read = InputOptions.read(a.operands(), readOptions, in, progress, err);
    List<DuplicateGroup> groups = detector.group(read.articles(), progress);
    Optional<Path> output = output(a);
    if (format == GroupOutput.Format.HTML) {
      HtmlReport report =
          new HtmlReport(read.articles(), groups, read.skipped(), detector, origin("group", args));
      writeReport(report, output, out, progress);
    } else if (output.isPresent()) {
      try (PrintStream file =
          new PrintStream(Files.newOutputStream(output.get()), false, StandardCharsets.UTF_8)) {
        new GroupOutput(read.articles(), groups, read.skipped()).write(format, all, file);
      }
    } else {
      new GroupOutput(read.articles(), groups, read.skipped()).write(format, all, out);
    }
    if (!read.skipped().isEmpty()) {
      err.printf(
          Locale.ROOT,
          "group: %d %s skipped (listed above)%n",
          read.skipped().size(),
          read.skipped().size() == 1 ? "input" : "inputs");
      return Main.EXIT_SKIPPED;
    }
    return Main.EXIT_OK;
  }

  /** Returns the file of {@code --output}, if given. */
  static Optional<Path> output(ArgumentParser.Arguments a) throws UsageException {
    Optional<String> v = a.value(OUTPUT);
    return v.isPresent() ? Optional.of(DetectorOptions.path(v.get())) : Optional.empty();
  }

  /** Returns what a report is of: the command line that made it. */
  static String origin(String command, List<String> args) {
    return "news-dedup " + command + " " + String.join(" ", args);
  }

  /** Writes the report to the file, or to {@code out} when none is given. */
  static void writeReport(
      HtmlReport report, Optional<Path> output, PrintStream out, ProgressListener progress)
      throws IOException {
    if (output.isPresent()) {
      report.write(output.get(), progress);
    } else {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      report.write(w, progress);
      w.flush();
    }
  }

  static void printHelp(PrintStream s) {
    s.println("Usage: java -jar news-dedup.jar group [options] <path>...");
    s.println();
    s.println("Groups copies among articles read from files and folders (recursively):");
    InputOptions.printFormats(s);
    s.println("Other files and names starting with '.' inside folders are ignored. Bad inputs");
    s.println("(missing, unreadable, empty, binary, not UTF-8, too large, malformed JSONL lines,");
    s.println("duplicate ids) are skipped and listed on stderr; the rest is still grouped.");
    s.println();
    s.println("Options (defaults in brackets):");
    s.println("  --format F                  output: text, json, csv, tsv or html [text]");
    s.println("                              text: summary, groups with copies in full");
    s.println("                              json: {\"articles\", \"groups\", \"skipped\"}");
    s.println("                              csv:  one row per verified match");
    s.println("                              tsv:  id, group, representative: every article");
    s.println("                              html: the review report, one self-contained file:");
    s.println("                              each copy beside its representative, shared");
    s.println("                              passages highlighted");
    s.println("  --output FILE               write the output to FILE instead of stdout");
    s.println("  --all                       text: also list articles without copies [off]");
    InputOptions.printHelp(s);
    s.println("  -q, --quiet                 no progress on stderr (skipped inputs still listed)");
    s.println("  -h, --help                  show this help");
    s.println("  --                          end of options: later arguments are paths");
    s.println();
    DetectorOptions.printHelp(s);
    s.println();
    s.println(
        "Exit codes: 0 done; 1 done, but some inputs were skipped; 2 usage error; 3 failed"
            + " (out of memory, output not writable, ...).");
    s.println("A path that does not exist is skipped (exit 1), not a usage error.");
  }
}
