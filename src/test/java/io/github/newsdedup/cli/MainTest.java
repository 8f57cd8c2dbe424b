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
    assertTrue(r.err().startsWith("news-dedup: unknown command 'grup'\n"), r.err());
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
}
