package io.github.newsdedup.cli;

import java.io.PrintStream;
import java.util.List;

/** The {@code group} command. */
final class GroupCommand {
  private GroupCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    err.println("group: not built yet");
    return Main.EXIT_USAGE;
  }
}
