package io.github.newsdedup.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.internal.json.JsonWriter;
import io.github.newsdedup.io.TestJson;
import io.github.newsdedup.testing.TestArticles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupCommandTest {
  private static final String SAMPLES = "corpus-samples";
  private static final Path ADVERSARIAL = Path.of("src/test/resources/adversarial");

  @TempDir Path dir;

  private static Map<?, ?> json(CliRun r) {
    return (Map<?, ?>) TestJson.parse(r.out());
  }

  private static List<Map<?, ?>> list(Object o) {
    List<Map<?, ?>> out = new ArrayList<>();
    for (Object x : (List<?>) o) {
      out.add((Map<?, ?>) x);
    }
    return out;
  }

  /** Writes a wire story, a repost of it under site chrome, and an unrelated story. */
  private Path writeCopies(String folder) throws IOException {
    Path d = Files.createDirectories(dir.resolve(folder));
    String story = TestArticles.body(7, 14);
    Files.writeString(d.resolve("wire.txt"), story, UTF_8);
    Files.writeString(
        d.resolve("repost.html"),
        "<html><head><title>Repost</title></head><body><p>"
            + TestArticles.withChrome(story, "Daily Example").replace("\n\n", "</p><p>")
            + "</p></body></html>",
        UTF_8);
    Files.writeString(d.resolve("other.txt"), TestArticles.body(99, 14), UTF_8);
    return d;
  }

  @Test
  void group_sampleCorpus_textSummary() {
    CliRun r = CliRun.of("group", SAMPLES);
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    assertEquals("", r.err());
    String[] lines = r.out().split("\n", -1);
    assertEquals("5 articles, 4 groups (1 with copies), 0 skipped", lines[0]);
    assertEquals("", lines[1]);
    assertEquals("Group 1: 2 articles", lines[2]);
    assertTrue(
        lines[3].matches(
            "  000_1ac3a902d5ad9604  representative  corpus-samples.000_1ac3a902d5ad9604\\.txt"),
        lines[3]);
    assertTrue(
        lines[4].matches(
            "  001_3996b4a5bdcd3b6a  jaccard 0\\.\\d{3}  containment 0\\.\\d{3}  containment "
                + " corpus-samples.001_3996b4a5bdcd3b6a\\.txt"),
        lines[4]);
    assertEquals("", lines[5]);
    assertEquals("3 articles without copies (--all lists them)", lines[6]);
    assertEquals("", lines[7]);
    assertEquals(8, lines.length);
  }

  @Test
  void group_all_listsArticlesWithoutCopies() {
    CliRun r = CliRun.of("group", "--all", SAMPLES);
    assertEquals(Main.EXIT_OK, r.exit());
    assertTrue(r.out().contains("\n3 articles without copies:\n  002_9d5f7659cd0f1aaf  "), r.out());
    assertTrue(r.out().contains("\n  003_f37f68e56e8894e5  "), r.out());
    assertTrue(r.out().contains("\n  004_c721cbb01b32f9fd  "), r.out());
  }

  @Test
  void group_json_shapeAndPartition() {
    CliRun r = CliRun.of("group", "--format", "json", SAMPLES);
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    Map<?, ?> doc = json(r);
    assertEquals(Set.of("articles", "groups", "skipped"), doc.keySet());
    assertEquals(new BigDecimal(5), doc.get("articles"));
    assertEquals(List.of(), doc.get("skipped"));
    List<Map<?, ?>> groups = list(doc.get("groups"));
    List<String> reps = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    int previousSize = Integer.MAX_VALUE;
    for (Map<?, ?> g : groups) {
      assertEquals(Set.of("representative", "size", "members", "details", "matches"), g.keySet());
      List<?> members = (List<?>) g.get("members");
      assertEquals(g.get("representative"), members.get(0));
      assertEquals(new BigDecimal(members.size()), g.get("size"));
      assertTrue(members.size() <= previousSize, "groups ordered by size");
      previousSize = members.size();
      for (Object m : members) {
        assertTrue(seen.add(m), "in two groups: " + m);
      }
      reps.add((String) g.get("representative"));
      for (Map<?, ?> m : list(g.get("matches"))) {
        assertEquals(
            Set.of("a", "b", "jaccard", "containment", "rule", "score", "estimated"), m.keySet());
        assertTrue(members.contains(m.get("a")) && members.contains(m.get("b")), m.toString());
        for (String k : List.of("jaccard", "containment", "score")) {
          double v = ((BigDecimal) m.get(k)).doubleValue();
          assertTrue(v >= 0 && v <= 1, k + "=" + v);
        }
        assertEquals(false, m.get("estimated"));
      }
    }
    assertEquals(5, seen.size());
    assertEquals(
        List.of(
            "000_1ac3a902d5ad9604",
            "002_9d5f7659cd0f1aaf",
            "003_f37f68e56e8894e5",
            "004_c721cbb01b32f9fd"),
        reps);
    Map<?, ?> match = list(groups.get(0).get("matches")).get(0);
    assertEquals("000_1ac3a902d5ad9604", match.get("a"));
    assertEquals("001_3996b4a5bdcd3b6a", match.get("b"));
    assertEquals("containment", match.get("rule"));
  }

  @Test
  void group_csv_headerAndOneRowPerMatch() {
    CliRun r = CliRun.of("group", "--format", "csv", SAMPLES);
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("a,b,jaccard,containment,rule,score,estimated,group,representative", lines[0]);
    assertEquals(2, lines.length, r.out());
    assertTrue(
        lines[1].matches(
            "000_1ac3a902d5ad9604,001_3996b4a5bdcd3b6a,0\\.\\d+,0\\.\\d+,containment,0\\.\\d+,"
                + "false,1,000_1ac3a902d5ad9604"),
        lines[1]);
  }

  @Test
  void group_sameInputTwice_byteIdenticalOutput() {
    for (String format : List.of("text", "json", "csv")) {
      CliRun a = CliRun.of("group", "--format", format, "--threads", "2", SAMPLES);
      CliRun b = CliRun.of("group", "--format", format, "--threads", "1", SAMPLES);
      assertEquals(a.out(), b.out(), format);
    }
  }

  @Test
  void group_badInputsNextToGoodOnes_eachSkippedByName_restGrouped() throws IOException {
    Path good = writeCopies("good");
    Path bad = Files.createDirectories(dir.resolve("bad"));
    List<String> badFiles = new ArrayList<>();
    try (Stream<Path> files = Files.list(ADVERSARIAL)) {
      for (Path f : files.sorted().toList()) {
        Files.copy(f, bad.resolve(f.getFileName().toString()));
        badFiles.add(f.getFileName().toString());
      }
    }
    Path huge = bad.resolve("huge.txt");
    Files.write(huge, new byte[0]);
    try (var ch =
        java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 50L * 1024 * 1024); // sparse, 50 MB
    }
    Files.createSymbolicLink(bad.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
    Path missing = dir.resolve("missing.jsonl");

    CliRun r =
        CliRun.of("group", "--format", "json", good.toString(), bad.toString(), missing.toString());
    assertEquals(Main.EXIT_SKIPPED, r.exit(), r.err());
    Map<?, ?> doc = json(r);
    Map<String, String> skipped = new LinkedHashMap<>();
    for (Map<?, ?> s : list(doc.get("skipped"))) {
      skipped.put((String) s.get("input"), (String) s.get("reason"));
    }
    Path jsonl = bad.resolve("bad.jsonl");
    assertEquals(
        List.of(
            bad.resolve("bad-utf8.txt").toString(),
            jsonl + ":2",
            jsonl + ":3",
            jsonl + ":4",
            jsonl + ":5",
            jsonl + ":6",
            bad.resolve("binary.txt").toString(),
            bad.resolve("dangling.txt").toString(),
            bad.resolve("empty.txt").toString(),
            huge.toString(),
            bad.resolve("whitespace.txt").toString(),
            missing.toString()),
        List.copyOf(skipped.keySet()));
    assertTrue(skipped.get(jsonl + ":5").contains(jsonl + ":1"), skipped.toString());
    assertTrue(skipped.get(huge.toString()).contains("over the limit"), skipped.toString());
    assertEquals("does not exist", skipped.get(missing.toString()));
    for (Map.Entry<String, String> s : skipped.entrySet()) {
      assertTrue(r.err().contains("skipped " + s.getKey() + ": " + s.getValue() + "\n"), r.err());
    }
    assertTrue(r.err().endsWith("group: 12 inputs skipped (listed above)\n"), r.err());

    assertEquals(new BigDecimal(5), doc.get("articles")); // wire, repost, other, j1, j8
    List<Map<?, ?>> groups = list(doc.get("groups"));
    assertEquals(List.of("repost", "wire"), groups.get(0).get("members"));
    assertEquals(4, groups.size());
    assertTrue(badFiles.contains("bad.jsonl"));
  }

  @Test
  void group_textOutput_withSkips_countsThemExit1() throws IOException {
    Path good = writeCopies("good");
    Files.writeString(good.resolve("blank.txt"), "  \n", UTF_8);
    CliRun r = CliRun.of("group", good.toString());
    assertEquals(Main.EXIT_SKIPPED, r.exit());
    assertTrue(r.out().startsWith("3 articles, 2 groups (1 with copies), 1 skipped\n"), r.out());
    assertTrue(r.out().contains("\nGroup 1: 2 articles\n  repost  representative  "), r.out());
    assertTrue(r.out().contains("\n1 article without copies (--all lists them)\n"), r.out());
  }

  @Test
  void group_maxArticleBytes_skipsLargerFiles() throws IOException {
    Files.writeString(dir.resolve("small.txt"), "x".repeat(100), UTF_8);
    Files.writeString(dir.resolve("large.txt"), "x".repeat(101), UTF_8);
    CliRun r = CliRun.of("group", "--max-article-bytes", "100", "--format", "json", dir.toString());
    assertEquals(Main.EXIT_SKIPPED, r.exit());
    Map<?, ?> skipped = list(json(r).get("skipped")).get(0);
    assertEquals(dir.resolve("large.txt").toString(), skipped.get("input"));
    assertEquals(
        "file is 101 bytes, over the limit of 100 bytes for one article; not read",
        skipped.get("reason"));
  }

  @Test
  void group_detectorOptions_reachTheDetector() {
    CliRun r =
        CliRun.of(
            "group",
            "--containment",
            "1",
            "--resemblance",
            "1",
            "--alignment",
            "0",
            "--min-contained-shingles",
            "1000000",
            SAMPLES);
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    assertTrue(r.out().startsWith("5 articles, 5 groups (0 with copies), 0 skipped\n"), r.out());
  }

  @Test
  void group_doubleDash_endsOptions() throws IOException {
    Files.writeString(dir.resolve("-dash.txt"), "A story in a file whose name starts with a dash.");
    CliRun r =
        CliRun.of("group", "--format", "json", "--", dir.resolve("-dash.txt").toString(), "--all");
    assertEquals(Main.EXIT_SKIPPED, r.exit()); // "--all" after "--" is a (missing) path
    Map<?, ?> doc = json(r);
    assertEquals(new BigDecimal(1), doc.get("articles"));
    assertEquals("--all", list(doc.get("skipped")).get(0).get("input"));
  }

  @Test
  void group_jsonAndCsv_escapeOddIds() throws IOException {
    List<String> ids =
        List.of(
            "quote\"d",
            "back\\slash",
            "new\nline",
            "tab\t",
            "comma,id",
            "caf\u00e9 \uD83D\uDE00",
            "ctrl\u0001",
            "sep\u2028");
    StringBuilder jsonl = new StringBuilder();
    for (String id : ids) {
      jsonl
          .append("{\"id\": ")
          .append(JsonWriter.quote(id))
          .append(", \"text\": ")
          .append(JsonWriter.quote(TestArticles.body(ids.indexOf(id), 6)))
          .append("}\n");
    }
    Files.writeString(dir.resolve("odd.jsonl"), jsonl, UTF_8);
    CliRun r = CliRun.of("group", "--format", "json", dir.toString());
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    Set<Object> members = new HashSet<>();
    for (Map<?, ?> g : list(json(r).get("groups"))) {
      members.addAll((List<?>) g.get("members"));
    }
    assertEquals(Set.copyOf(ids), members);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "group|no input paths given (use - for JSONL on standard input)",
        "group --all --quiet|no input paths given (use - for JSONL on standard input)",
        "group --format|--format needs a value",
        "group --format xml x|--format must be text, json, csv, tsv or html, got 'xml'",
        "group --id-from base x|--id-from must be name or path, got 'base'",
        "group --text-field= x|--text-field needs a field name",
        "group --bogus x|unknown option '--bogus'",
        "group -x x|unknown option '-x'",
        "group --shingle-size abc x|--shingle-size needs an integer, got 'abc'",
        "group --shingle-size 0 x|--shingle-size: shingleSize must be in [1, 16], got 0",
        "group --shingle-size=0 x|--shingle-size: shingleSize must be in [1, 16], got 0",
        "group --shingle-size 0 --shingle-size 3 --bands 30 x|bands must divide signatureLength"
            + " (128), got 30",
        "group --formt json x|unknown option '--formt' (did you mean --format?)",
        "group --all=yes x|--all takes no value, got 'yes'",
        "group --containment 1.5 x|--containment: containmentThreshold must be in (0, 1], got 1.5",
        "group --bands 30 x|bands must divide signatureLength (128), got 30",
        "group --max-article-bytes 0 x|--max-article-bytes must be in [1, 1073741824], got 0",
        "group --max-article-bytes ten x|--max-article-bytes needs an integer, got 'ten'",
      })
  void group_usageError_exit2WithMessage(String command, String message) {
    CliRun r = CliRun.of(command.split(" "));
    assertEquals(Main.EXIT_USAGE, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals(
        "news-dedup group: " + message + "\nRun 'news-dedup group --help' for the options.\n",
        r.err());
  }

  @Test
  void group_help_listsEveryOptionWithDefaults() {
    CliRun r = CliRun.of("group", "--help");
    assertEquals(Main.EXIT_OK, r.exit());
    assertEquals("", r.err());
    String help = r.out();
    for (String option :
        List.of(
            "--format F",
            "--all",
            "--max-article-bytes N",
            "--id-from W",
            "--text-field F",
            "--published-field F",
            "-q, --quiet",
            "-h, --help",
            "--shingle-size N",
            "--signature-length N",
            "--bands N",
            "--seed N",
            "--resemblance T",
            "--containment T",
            "--alignment T",
            "--min-contained-shingles N",
            "--sample-rate N",
            "--max-sample-frequency N",
            "--boilerplate-min-groups N",
            "--threads N",
            "--estimate")) {
      assertTrue(help.contains("  " + option + " "), option + " missing from\n" + help);
    }
    assertTrue(help.contains("output: text, json, csv, tsv or html [text]"), help);
    assertTrue(help.contains("[10485760]"), help);
    assertTrue(help.contains("Exit codes: 0 done; 1 done, but some inputs were skipped; 2 usage"));
    assertEquals(help, CliRun.of("group", "x", "-h").out()); // anywhere before "--"
  }

  @Test
  void group_help_everyListedOptionIsAccepted() {
    Matcher m =
        Pattern.compile("^  (?:-\\w, )?(--[a-z-]+)( [A-Z])?", Pattern.MULTILINE)
            .matcher(CliRun.of("group", "--help").out());
    Map<String, String> values =
        Map.ofEntries(
            Map.entry("--format", "csv"),
            Map.entry("--resemblance", "0.6"),
            Map.entry("--containment", "0.9"),
            Map.entry("--alignment", "0"),
            Map.entry("--bands", "32"),
            Map.entry("--seed", "7"),
            Map.entry("--max-sample-frequency", "50"),
            Map.entry("--boilerplate-min-groups", "0"),
            Map.entry("--max-article-bytes", "100000"),
            Map.entry("--id-from", "path"),
            Map.entry("--representative", "earliest"),
            Map.entry("--output", dir.resolve("output.csv").toString()),
            Map.entry("--source-priority", SAMPLES + "/expected-groups.tsv"));
    int checked = 0;
    while (m.find()) {
      String option = m.group(1);
      if (option.equals("--help") || option.equals("--")) {
        continue;
      }
      List<String> args = new ArrayList<>(List.of("group", "--quiet", option));
      if (m.group(2) != null) {
        args.add(values.getOrDefault(option, "8"));
      }
      args.add(SAMPLES);
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(Main.EXIT_OK, r.exit(), option + ": " + r.err());
      checked++;
    }
    assertTrue(checked >= 16, "options found: " + checked);
  }

  @Test
  void group_nonexistentPathOnly_skippedExit1() {
    CliRun r = CliRun.of("group", dir.resolve("nope").toString());
    assertEquals(Main.EXIT_SKIPPED, r.exit());
    assertEquals("0 articles, 0 groups (0 with copies), 1 skipped\n", r.out());
    assertFalse(r.err().isEmpty());
  }
}
