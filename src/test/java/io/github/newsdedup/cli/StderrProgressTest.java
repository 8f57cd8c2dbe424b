package io.github.newsdedup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StderrProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private long now = 1_000;

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void progress_shortRun_printsNothing() {
    StderrProgress p = new StderrProgress(err, "group", () -> now);
    for (int i = 0; i <= 1000; i++) {
      now += 1_000_000; // 1 ms per unit: one second in all
      p.progress("read", i, 1000);
    }
    assertEquals("", printed());
  }

  @Test
  void progress_longRun_printsEveryIntervalAndOnceAtTheEnd() {
    StderrProgress p = new StderrProgress(err, "group", () -> now);
    for (int i = 0; i <= 5000; i++) {
      now += 1_000_000; // 1 ms per unit: five seconds in all
      p.progress("fingerprint", i, 5000);
    }
    p.progress("fingerprint", 5000, 5000); // repeated end: not printed again
    now += StderrProgress.INTERVAL_NANOS;
    p.progress("fingerprint", 10, 20); // a second pass of the same stage prints again
    p.progress("verify", 7, -1);
    now += StderrProgress.INTERVAL_NANOS;
    p.progress("verify", 12345, -1);
    assertEquals(
        "group: fingerprint 1,999/5,000 (39%)\n"
            + "group: fingerprint 3,999/5,000 (79%)\n"
            + "group: fingerprint 5,000/5,000 (100%)\n"
            + "group: fingerprint 10/20 (50%)\n"
            + "group: verify 12,345\n",
        printed());
  }
}
