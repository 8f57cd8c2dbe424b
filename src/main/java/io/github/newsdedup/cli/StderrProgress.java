package io.github.newsdedup.cli;

import io.github.newsdedup.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Prints progress of long runs on stderr, at most once every {@link #INTERVAL_NANOS} per stage and
 * once more when a stage that printed finishes, so short runs print nothing. Thread-safe.
 */
final class StderrProgress implements ProgressListener {
  /** Minimum time between two progress lines: two seconds. */
  static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintStream err;
  private final String command;
  private final LongSupplier nanoClock;
  private String stage = "";
  private long stageTotal;
  private long lastPrint;
  private boolean printedInStage;
  private boolean finishedStage;

  StderrProgress(PrintStream err, String command, LongSupplier nanoClock) {
    this.err = err;
    this.command = command;
    this.nanoClock = nanoClock;
    this.lastPrint = nanoClock.getAsLong();
  }

  static StderrProgress system(PrintStream err, String command) {
    return new StderrProgress(err, command, System::nanoTime);
  }

  @Override
  public synchronized void progress(String newStage, long done, long total) {
    long now = nanoClock.getAsLong();
    if (!newStage.equals(stage) || total != stageTotal) { // a new stage, or the same one again
      stage = newStage;
      stageTotal = total;
      printedInStage = false;
      finishedStage = false;
    }
    boolean finished = total >= 0 && done >= total;
    if (finishedStage) {
      return;
    }
    if (now - lastPrint >= INTERVAL_NANOS || (finished && printedInStage)) {
      if (total >= 0) {
        err.printf(
            Locale.ROOT,
            "%s: %s %,d/%,d (%d%%)%n",
            command,
            stage,
            done,
            total,
            total == 0 ? 100 : done * 100 / total);
      } else {
        err.printf(Locale.ROOT, "%s: %s %,d%n", command, stage, done);
      }
      lastPrint = now;
      printedInStage = true;
      finishedStage = finished;
    }
  }
}
