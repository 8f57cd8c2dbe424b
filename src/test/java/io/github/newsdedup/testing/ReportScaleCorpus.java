package io.github.newsdedup.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The corpus the HTML report is measured on (docs/cli.md): 3,000 made-up stories of 22 to 31
 * sentences, each with one to three copies under site chrome (one of them cut by its last
 * paragraph), 10,000 {@code .txt} files in all, 38.5 MB. Run with {@code <dir>}.
 */
public final class ReportScaleCorpus {
  private static final int[] GROUP_SIZES = {2, 3, 4, 4, 3, 4};
  private static final String[] SITES = {
    "Daily Courier", "Morning Post", "The Ledger", "City Wire", "Evening Star"
  };

  private ReportScaleCorpus() {}

  /**
   * Writes the corpus.
   *
   * @param args the folder
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (int g = 0; g < 3000; g++) {
      String body = TestArticles.body(1000L + g, 22 + g % 10);
      int size = GROUP_SIZES[g % GROUP_SIZES.length];
      for (int m = 0; m < size; m++) {
        String text =
            m == 0
                ? body
                : TestArticles.withChrome(
                    m == 2 ? body.substring(0, body.lastIndexOf("\n\n")) : body,
                    SITES[(g + m) % SITES.length]);
        Files.writeString(
            dir.resolve(String.format(Locale.ROOT, "g%04d-%d.txt", g, m)),
            text,
            StandardCharsets.UTF_8);
      }
    }
  }
}
