package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdedup.cli.Main;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.io.ReadResult;
import io.github.newsdedup.testing.SyntheticNewsCorpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins what news-dedup persists and prints: the fingerprint bytes of fixed articles at the default
 * configuration, and the output of {@code group} and {@code index groups}. A failure here means a
 * persisted fingerprint or a printed result changed meaning: such a change needs a new {@code
 * HashScheme} constant or fingerprint format, a CHANGELOG entry, and then new golden files.
 *
 * <p>The expected values live in {@code src/test/resources/golden/}. They were recorded from the
 * release before the package redesign; run with {@code -Dgolden.write=true} to record them anew
 * (only when a change of output is intended).
 */
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path SAMPLES = Path.of("corpus-samples");

  private static final String WIRE_TEXT =
      "The city council approved the new bridge budget on Tuesday after a long debate.\n\n"
          + "Officials said work would begin in the spring and last about eighteen months, "
          + "with one lane open to traffic at all times.\n\n"
          + "“We have waited a decade for this,” the mayor told reporters — adding that the "
          + "cost, £4.3bn, was within the plan.";

  private static final String PAGE_HTML =
      "<html><head><title>Bridge</title><script>var x = 1;</script></head><body>"
          + "<nav>Home | News | Sport</nav><p>Advertisement</p>"
          + "<p>The city council approved the new bridge budget on Tuesday after a long"
          + " debate.</p><p>Officials said work would begin in the spring &amp; last about"
          + " eighteen months, with one lane open to traffic at all times.</p>"
          + "<p>&ldquo;We have waited a decade for this,&rdquo; the mayor told reporters"
          + " &mdash; adding that the cost, &pound;4.3bn, was within the plan.</p>"
          + "<footer>Share this article</footer></body></html>";

  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  @Test
  void fingerprintBytes_fixedArticles_unchanged() throws IOException {
    String hex =
        HexFormat.of().formatHex(detector.fingerprint(Article.of("wire-1", WIRE_TEXT)).toBytes())
            + "\n"
            + HexFormat.of()
                .formatHex(detector.fingerprint(Article.of("page-1", PAGE_HTML)).toBytes())
            + "\n";
    check("fingerprint-hex.txt", hex);
  }

  @Test
  void fingerprintChecksum_sampleCorpus_unchanged() throws IOException {
    ReadResult read = ArticleReader.read(List.of(SAMPLES));
    assertEquals(List.of(), read.skipped());
    check("fingerprints-corpus-samples.sha256", checksum(read.articles()) + "\n");
  }

  @Test
  void fingerprintChecksum_syntheticCorpus_unchanged() throws IOException {
    check(
        "fingerprints-synthetic.sha256",
        checksum(SyntheticNewsCorpus.standard().articles()) + "\n");
  }

  @Test
  void groups_syntheticCorpus_unchanged() throws IOException {
    List<DuplicateGroup> groups = detector.group(SyntheticNewsCorpus.standard().articles());
    StringBuilder text = new StringBuilder();
    for (DuplicateGroup g : groups) {
      text.append(g).append('\n');
    }
    check("groups-synthetic.sha256", sha256(text.toString()) + "\n");
  }

  @Test
  void groupJson_sampleCorpus_unchanged() throws IOException {
    check("group-corpus-samples.json", cli("group", SAMPLES.toString(), "--format", "json"));
  }

  @Test
  void groupText_sampleCorpus_unchanged() throws IOException {
    check("group-corpus-samples.txt", cli("group", SAMPLES.toString(), "--all"));
  }

  @Test
  void indexGroupsJson_sampleCorpus_unchanged(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("index");
    cli("index", "add", index.toString(), SAMPLES.toString(), "-q");
    check("index-groups-corpus-samples.json", cli("index", "groups", index.toString(), "--format", "json"));
  }

  private String checksum(List<Article> articles) {
    MessageDigest digest = sha256();
    articles.stream()
        .sorted(Comparator.comparing(Article::id))
        .forEach(a -> digest.update(detector.fingerprint(a).toBytes()));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String sha256(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = Main.run(args, o, e);
    }
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void check(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.write")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
  }
}
