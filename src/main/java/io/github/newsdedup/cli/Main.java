package io.github.newsdedup.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Command-line entry point: {@code java -jar news-dedup.jar <command> ...}. */
public final class Main {
  /** Exit code: all done. */
  public static final int EXIT_OK = 0;

  /** Exit code: done, but some inputs were skipped. */
  public static final int EXIT_SKIPPED = 1;

  /** Exit code: usage error. */
  public static final int EXIT_USAGE = 2;

  /**
   * Exit code: the command failed (out of memory, output not writable, an index that cannot be
   * opened); the same status as the JVM's {@code -XX:+ExitOnOutOfMemoryError}.
   */
  public static final int EXIT_FAILED = 3;

  /** Lucene's loggers, held so their level sticks (JUL keeps loggers weakly). */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  private static final String POM_PROPERTIES =
      "/META-INF/maven/io.github.newsdedup/news-dedup/pom.properties";

  private Main() {}

  /**
   * Runs the CLI and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Lucene's notices (vectorization, MMap) are not ours to show on a user's stderr.
    LUCENE_LOG.setLevel(Level.SEVERE);
    // Our own streams, not System.out: a PrintStream hides write errors, and only the one that
    // writes to the descriptor can report them (checkError) so that a full disk is not "done".
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> {
          if (e instanceof VirtualMachineError) { // a dead worker must not leave main waiting
            err.println(outOfMemoryMessage("news-dedup", e));
            Runtime.getRuntime().halt(EXIT_FAILED);
          }
          err.println("news-dedup: unexpected failure in thread " + thread.getName() + ": " + e);
        });
    int code = run(args, System.in, out, err);
    out.flush();
    if (out.checkError()) {
      err.println(
          "news-dedup: could not write the output (disk full, or the reader closed the pipe);"
              + " the output is incomplete");
      code = EXIT_FAILED;
    }
    System.exit(code);
  }

  /** Says that memory ran out, how much there was, and how to give more or need less. */
  static String outOfMemoryMessage(String command, Throwable e) {
    long maxMb = Runtime.getRuntime().maxMemory() >> 20;
    return command
        + ": out of memory ("
        + e.getMessage()
        + "; the JVM may use "
        + maxMb
        + " MB). Give it more with -Xmx (for example JAVA_OPTS=-Xmx8g bin/news-dedup ...), or"
        + " group with --estimate, which keeps much less per article; docs/guarantees.md gives"
        + " the memory per article.";
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
    return run(args, System.in, out, err);
  }

  /**
   * Runs one command with the given standard input (read by {@code -}).
   *
   * @param args the arguments, command first
   * @param in standard input
   * @param out receives results
   * @param err receives progress and diagnostics
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
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
          return GroupCommand.run(rest, in, out, err);
        case "evaluate":
          return EvaluateCommand.run(rest, out, err);
        case "index":
          return IndexCommand.run(rest, in, out, err);
        case "explain":
          return ExplainCommand.run(rest, out, err);
        default:
          err.println("news-dedup: unknown command '" + args[0] + "'" + suggestion(args[0]));
          printUsage(err);
          return EXIT_USAGE;
      }
    } catch (UsageException e) {
      err.println("news-dedup " + args[0] + ": " + e.getMessage());
      err.println("Run 'news-dedup " + args[0] + " --help' for the options.");
      return EXIT_USAGE;
    } catch (OutOfMemoryError e) {
      err.println(outOfMemoryMessage("news-dedup " + args[0], e));
      return EXIT_FAILED;
    } catch (Exception e) {
      err.println("news-dedup " + args[0] + ": failed: " + e);
      return EXIT_FAILED;
    }
  }

  /** Returns " (did you mean X?)" for a command within two edits of {@code typed}, else "". */
  static String suggestion(String typed) {
    for (String command : List.of("group", "evaluate", "index", "explain")) {
      if (ArgumentParser.editDistance(typed, command) <= 2) {
        return " (did you mean " + command + "?)";
      }
    }
    return "";
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
        "  group <path>...                 group copies among .txt, .html, .jsonl, ... inputs");
    s.println("  explain <fileA> <fileB>         why two articles are or are not copies: scores,");
    s.println("                                  shared passages, dropped page chrome");
    s.println("  evaluate <path> --labels <tsv>  measure grouping accuracy against labels");
    s.println(
        "  index <subcommand> ...          persistent incremental index (add, match, remove,");
    s.println("                                  expire, stats, groups)");
    s.println();
    s.println("Run 'java -jar news-dedup.jar <command> --help' for a command's options,");
    s.println("'java -jar news-dedup.jar --version' for the version.");
  }
}
