package io.github.newsdedup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void run_noArguments_usageOnStderrExit2() {
    CliRun r = CliRun.of();
    assertEquals(Main.EXIT_USAGE, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("Usage: java -jar news-dedup.jar <command> [options]"), r.err());
  }

  @Test
  void run_help_usageOnStdoutExit0() {
    for (String flag : new String[] {"--help", "-h", "help"}) {
      CliRun r = CliRun.of(flag);
      assertEquals(Main.EXIT_OK, r.exit(), flag);
      assertEquals("", r.err(), flag);
      assertTrue(r.out().contains("  group <path>..."), r.out());
      assertTrue(r.out().contains("  evaluate "), r.out());
      assertTrue(r.out().contains("  index "), r.out());
    }
  }

  @Test
  void run_unknownCommand_exit2NamesIt() {
    CliRun r = CliRun.of("grup", "x");
    assertEquals(Main.EXIT_USAGE, r.exit());
    assertTrue(
        r.err().startsWith("news-dedup: unknown command 'grup' (did you mean group?)\n"), r.err());
    CliRun far = CliRun.of("dedupe", "x");
    assertTrue(far.err().startsWith("news-dedup: unknown command 'dedupe'\n"), far.err());
  }

  @Test
  void run_group_dispatchesToGroupCommand() {
    CliRun r = CliRun.of("group", "--help");
    assertEquals(Main.EXIT_OK, r.exit());
    assertTrue(r.out().startsWith("Usage: java -jar news-dedup.jar group [options] <path>..."));
  }

  @Test
  void run_usageErrorInCommand_namesCommandAndPointsToHelp() {
    CliRun r = CliRun.of("group", "--nope");
    assertEquals(Main.EXIT_USAGE, r.exit());
    assertEquals(
        "news-dedup group: unknown option '--nope'\n"
            + "Run 'news-dedup group --help' for the options.\n",
        r.err());
  }

  @Test
  void run_version_printsVersionExit0() {
    CliRun r = CliRun.of("--version");
    assertEquals(Main.EXIT_OK, r.exit());
    assertEquals("", r.err());
    assertEquals("news-dedup " + Main.version() + "\n", r.out());
    assertTrue(Main.version().length() > 0);
  }

  @Test
  void run_commandHelp_exit0ForEveryCommand() {
    for (String command : new String[] {"group", "evaluate", "index"}) {
      for (String flag : new String[] {"--help", "-h"}) {
        CliRun r = CliRun.of(command, flag);
        assertEquals(Main.EXIT_OK, r.exit(), command + " " + flag);
        assertEquals("", r.err(), command + " " + flag);
        assertTrue(r.out().startsWith("Usage: java -jar news-dedup.jar " + command), r.out());
      }
    }
  }

  @Test
  void run_unknownOptionInEveryCommand_suggestsAndPointsToHelp() {
    for (String[] args :
        new String[][] {
          {"group", "--quite", "x"},
          {"evaluate", "x", "--labels", "l.tsv", "--quite"},
          {"index", "add", "dir", "x", "--quite"}
        }) {
      CliRun r = CliRun.of(args);
      assertEquals(Main.EXIT_USAGE, r.exit(), String.join(" ", args));
      assertEquals(
          "news-dedup "
              + args[0]
              + ": unknown option '--quite' (did you mean --quiet?)\n"
              + "Run 'news-dedup "
              + args[0]
              + " --help' for the options.\n",
          r.err());
    }
  }
}
