package io.github.newsdedup.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Command-line entry point: {@code java -jar news-dedup.jar <command> ...}. */
public final class Main {
  /** Exit code: all done. */
  public static final int EXIT_OK = 0;

  /** Exit code: done, but some inputs were skipped. */
  public static final int EXIT_SKIPPED = 1;

  /** Exit code: usage error. */
  public static final int EXIT_USAGE = 2;

  private static final String POM_PROPERTIES =
      "/META-INF/maven/io.github.newsdedup/news-dedup/pom.properties";

  private Main() {}

  /**
   * Runs the CLI and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs one command; the testable entry point.
   *
   * @param args the arguments, command first
   * @param out receives results
   * @param err receives progress and diagnostics
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0
        || args[0].equals("--help")
        || args[0].equals("-h")
        || args[0].equals("help")) {
      printUsage(args.length == 0 ? err : out);
      return args.length == 0 ? EXIT_USAGE : EXIT_OK;
    }
    if (args[0].equals("--version")) {
      out.println("news-dedup " + version());
      return EXIT_OK;
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      switch (args[0]) {
        case "group":
          return GroupCommand.run(rest, out, err);
        case "evaluate":
          return EvaluateCommand.run(rest, out, err);
        case "index":
          return IndexCommand.run(rest, out, err);
        case "explain":
          return ExplainCommand.run(rest, out, err);
        default:
          err.println("news-dedup: unknown command '" + args[0] + "'");
          printUsage(err);
          return EXIT_USAGE;
      }
    } catch (UsageException e) {
      err.println("news-dedup " + args[0] + ": " + e.getMessage());
      err.println("Run 'news-dedup " + args[0] + " --help' for the options.");
      return EXIT_USAGE;
    } catch (Exception e) {
      err.println("news-dedup " + args[0] + ": failed: " + e);
      return EXIT_USAGE + 1;
    }
  }

  /**
   * Returns the version Maven recorded in the jar, or {@code "(development build)"} when run from
   * classes outside a jar.
   */
  static String version() {
    try (InputStream in = Main.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null) {
          return v;
        }
      }
    } catch (IOException e) {
      return "(version unreadable: " + e.getMessage() + ")";
    }
    return "(development build)";
  }

  private static void printUsage(PrintStream s) {
    s.println("Usage: java -jar news-dedup.jar <command> [options]");
    s.println();
    s.println("Commands:");
    s.println(
        "  group <path>...                 group copies among .txt, .html/.htm and .jsonl inputs");
    s.println("  explain <fileA> <fileB>         why two articles are or are not copies: scores,");
    s.println("                                  shared passages, dropped page chrome");
    s.println("  evaluate <path> --labels <tsv>  measure grouping accuracy against labels");
    s.println(
        "  index <subcommand> ...          persistent incremental index (add, match, remove,");
    s.println("                                  expire, stats, groups)");
    s.println();
    s.println("Run 'java -jar news-dedup.jar <command> --help' for a command's options.");
  }
}
