package io.github.newsdedup.cli.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.testing.SyntheticNewsCorpus;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium (Debian package {@code chromium}; {@code .ci/run}
 * installs it) loads the report from disk, runs its script, and the DOM it dumps is checked: the
 * groups, the filter, the side-by-side view of 000 and 001 with the eight shared paragraphs
 * highlighted. A screenshot of that view goes to {@code target/report-screenshot.png} for people to
 * look at. One browser run per report keeps the test to a few seconds.
 */
class HtmlReportBrowserTest {
  private static final String WIRE = "000_1ac3a902d5ad9604";
  private static final String COPY = "001_3996b4a5bdcd3b6a";

  @TempDir static Path dir;

  private static String chromium;
  private static Path profile;

  @BeforeAll
  static void findChromium() throws IOException {
    profile = Files.createDirectory(dir.resolve("profile"));
    String env = System.getenv("CHROMIUM");
    List<String> candidates = new ArrayList<>();
    if (env != null && !env.isEmpty()) {
      candidates.add(env);
    }
    for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      candidates.add(p + "/chromium");
      candidates.add(p + "/chromium-browser");
    }
    chromium =
        candidates.stream()
            .filter(c -> Files.isExecutable(Path.of(c)))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "headless Chromium is needed: apt-get install chromium (or set CHROMIUM)"));
  }

  /** Runs headless Chromium on {@code file} with the fragment and returns its stdout. */
  private static String chromium(Path file, String fragment, String... extra)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(chromium);
    cmd.add("--headless");
    cmd.add("--no-sandbox"); // CI runs as root
    cmd.add("--disable-gpu");
    cmd.add("--no-first-run");
    cmd.add("--user-data-dir=" + profile);
    cmd.addAll(List.of(extra));
    cmd.add(file.toUri() + fragment);
    Path out = Files.createTempFile(dir, "stdout", ".html");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 60 s: " + Files.readString(err, UTF_8));
    }
    assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(err));
    return Files.readString(out, UTF_8);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static Path write(String name, String html) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, html, UTF_8);
    return file;
  }

  /** The group elements' numbers, and whether each is hidden by the filter. */
  private static List<String> groupTags(String dom) {
    Matcher m = Pattern.compile("<li class=\"group[^>]*>").matcher(dom);
    List<String> tags = new ArrayList<>();
    while (m.find()) {
      tags.add(m.group());
    }
    return tags;
  }

  /** The texts of the shared-passage marks of one side of the view. */
  private static List<String> marks(String dom, String side) {
    int start = dom.indexOf("data-side=\"" + side + "\"");
    assertTrue(start >= 0, "no " + side + " side in the view");
    int end = dom.indexOf("</section>", start);
    Matcher m =
        Pattern.compile("<mark class=\"shared( alt)?\" data-passage=\"\\d+\"[^>]*>([^<]*)</mark>")
            .matcher(dom.substring(start, end));
    List<String> texts = new ArrayList<>();
    while (m.find()) {
      texts.add(unescape(m.group(2)));
    }
    return texts;
  }

  /** The number of shared-passage marks on one side of the view, whatever they hold. */
  private static int passageMarks(String dom, String side) {
    int start = dom.indexOf("data-side=\"" + side + "\"");
    assertTrue(start >= 0, "no " + side + " side in the view");
    int end = dom.indexOf("</section>", start);
    Matcher m =
        Pattern.compile("<mark class=\"shared( alt)?\" data-passage=")
            .matcher(dom.substring(start, end));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  @Test
  void sampleCorpus_filterAndSideBySideViewAfterScripts() throws Exception {
    List<Article> articles = ArticleReader.read(List.of(Path.of("corpus-samples"))).articles();
    Path file = write("samples.html", Reports.of(articles, List.of()).html());
    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    String dom =
        chromium(
            file,
            "#singletons=1&filter=002_&open=1:" + COPY,
            "--dump-dom",
            "--hide-scrollbars",
            "--window-size=1280,800",
            "--screenshot=" + shot);
    assertTrue(dom.contains("data-ready=\"true\""), "the script did not finish");
    List<String> groups = groupTags(dom);
    assertEquals(4, groups.size());
    // The filter narrowed the list to group 2.
    for (int g = 0; g < 4; g++) {
      assertTrue(groups.get(g).contains("data-group=\"" + (g + 1) + "\""));
      assertEquals(g != 1, groups.get(g).contains("hidden"), groups.get(g));
    }
    assertTrue(dom.contains("1 of 4 groups shown"));
    // The view: 001 beside 000, its eight body paragraphs highlighted on both sides.
    assertTrue(dom.contains("data-group=\"1\" data-member=\"" + COPY + "\""), "view not open");
    String copy = Files.readString(Path.of("corpus-samples", COPY + ".txt"), UTF_8);
    String[] paragraphs = copy.split("\n\n");
    List<String> expected = new ArrayList<>();
    for (int i = 2; i < 10; i++) {
      expected.add(paragraphs[i]);
    }
    assertEquals(expected, marks(dom, "member"));
    assertEquals(expected, marks(dom, "representative"));
    assertTrue(
        Pattern.compile(
                "<span class=\"dropped\" title=\"dropped: no sentence structure\"[^>]*>"
                    + "Author: Dave DeCamp</span>")
            .matcher(dom)
            .find(),
        "the author box is greyed as dropped chrome");
    assertTrue(Files.size(shot) > 10_000, "screenshot written");
  }

  @Test
  void generatedCorpus_everyGroupListedAndAViewOpens() throws Exception {
    SyntheticNewsCorpus corpus = SyntheticNewsCorpus.generate(11, 12);
    Reports.Report r = Reports.of(corpus.articles(), List.of());
    Path file = write("generated.html", r.html());
    DuplicateGroup first = r.groups().get(0);
    assertTrue(first.size() > 1, "the corpus has copies");
    String copy = first.members().get(1);
    String dom = chromium(file, "#open=1:" + copy, "--dump-dom");
    assertTrue(dom.contains("data-ready=\"true\""), "the script did not finish");
    List<String> groups = groupTags(dom);
    assertEquals(r.groups().size(), groups.size());
    long withCopies = r.groups().stream().filter(g -> g.size() > 1).count();
    assertEquals(withCopies, groups.stream().filter(t -> !t.contains("singleton")).count());
    for (int g = 0; g < groups.size(); g++) {
      assertTrue(groups.get(g).contains("data-group=\"" + (g + 1) + "\""));
    }
    assertTrue(dom.contains(withCopies + " of " + r.groups().size() + " groups shown"));
    assertTrue(dom.contains("data-group=\"1\" data-member=\"" + copy + "\""), "view not open");
    int member = passageMarks(dom, "member");
    assertTrue(member > 0, "shared passages highlighted");
    assertEquals(member, passageMarks(dom, "representative"));
  }
}
