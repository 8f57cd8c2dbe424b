package io.github.newsdedup.cli;

import java.io.PrintStream;
import java.util.List;

/** The {@code evaluate} command. */
final class EvaluateCommand {
  private EvaluateCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    err.println("evaluate: not built yet");
    return Main.EXIT_USAGE;
  }
}
