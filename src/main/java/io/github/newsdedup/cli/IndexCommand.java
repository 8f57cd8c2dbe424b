package io.github.newsdedup.cli;

import java.io.PrintStream;
import java.util.List;

/** The {@code index} command. */
final class IndexCommand {
  private IndexCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    err.println("index: not built yet");
    return Main.EXIT_USAGE;
  }
}
