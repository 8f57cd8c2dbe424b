package io.github.newsdedup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.index.DedupIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
  private static final String SAMPLES = "corpus-samples";
  private static final String WIRE = "000_1ac3a902d5ad9604";
  private static final String COPY = "001_3996b4a5bdcd3b6a";

  @TempDir Path temp;

  private String index() {
    return temp.resolve("idx").toString();
  }

  @Test
  void add_samples_printsTheCopyAndCreatesIndex() {
    CliRun r = CliRun.of("index", "add", index(), SAMPLES);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith(COPY + "  1 copy\n  " + WIRE + "  jaccard "), r.out());
    assertTrue(r.err().contains("5 articles added, 1 with copies"), r.err());
    assertTrue(r.err().contains("the index holds 5"), r.err());
  }

  @Test
  void add_jsonFormat_printsOneJsonLinePerArticle() {
    CliRun r = CliRun.of("index", "add", "--format", "json", index(), SAMPLES);
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(5, lines.length, r.out());
    assertTrue(lines[0].startsWith("{\"id\": \"" + WIRE + "\", \"replaced\": false"), lines[0]);
    assertTrue(lines[0].endsWith("\"matches\": []}"), lines[0]);
    assertTrue(lines[1].contains("\"matches\": [{\"id\": \"" + WIRE + "\""), lines[1]);
    assertTrue(lines[1].contains("\"rule\": \""), lines[1]);
  }

  @Test
  void match_afterAdd_findsWithoutStoring() {
    CliRun.of("index", "add", "-q", index(), SAMPLES + "/" + WIRE + ".txt");
    CliRun r = CliRun.of("index", "match", "-q", index(), SAMPLES + "/" + COPY + ".txt");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith(COPY + "  1 copy\n  " + WIRE), r.out());
    CliRun stats = CliRun.of("index", "stats", index());
    assertTrue(stats.out().contains("articles      1\n"), stats.out());
  }

  @Test
  void match_storedIdAndReAdd_sayWhatHappened() {
    CliRun.of("index", "add", "-q", index(), SAMPLES);
    CliRun match = CliRun.of("index", "match", "-q", index(), SAMPLES + "/" + COPY + ".txt");
    assertTrue(match.out().startsWith(COPY + "  1 copy (id already in the index)\n"), match.out());
    CliRun add = CliRun.of("index", "add", "-q", index(), SAMPLES + "/" + COPY + ".txt");
    assertTrue(add.out().startsWith(COPY + "  1 copy (replaced)\n"), add.out());
  }

  @Test
  void groups_afterAdd_printsTheSameAsGroup() {
    CliRun.of("index", "add", "-q", index(), SAMPLES);
    for (String format : new String[] {"text", "json", "csv"}) {
      CliRun batch = CliRun.of("group", "-q", "--all", "--format", format, SAMPLES);
      CliRun indexed = CliRun.of("index", "groups", "--all", "--format", format, index());
      assertEquals(0, indexed.exit(), indexed.err());
      assertEquals(batch.out(), indexed.out(), format);
    }
  }

  @Test
  void stats_printsArticlesGroupsSizeAndConfiguration() {
    CliRun.of("index", "add", "-q", index(), SAMPLES);
    CliRun r = CliRun.of("index", "stats", index());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("articles      5\n"), r.out());
    assertTrue(r.out().contains("groups        4 (1 with copies)\n"), r.out());
    assertTrue(r.out().contains("size on disk  "), r.out());
    assertTrue(r.out().contains("shingle size 5"), r.out());
  }

  @Test
  void remove_idsPresentAndMissing_reportsEachAndExitsOne() {
    CliRun.of("index", "add", "-q", index(), SAMPLES);
    CliRun r = CliRun.of("index", "remove", index(), WIRE, "nope");
    assertEquals(1, r.exit(), r.err());
    assertEquals("removed " + WIRE + "\nnot found nope\n", r.out());
    assertTrue(CliRun.of("index", "stats", index()).out().contains("articles      4\n"));
  }

  @Test
  void expire_beforeDate_removesOlderArticles() throws IOException {
    Path jsonl = temp.resolve("a.jsonl");
    Files.writeString(
        jsonl,
        "{\"id\": \"old\", \"text\": \"An old story about a bridge.\", \"published\":"
            + " \"2020-01-01\"}\n"
            + "{\"id\": \"new\", \"text\": \"A new story about a road.\", \"published\":"
            + " \"2999-01-01\"}\n",
        StandardCharsets.UTF_8);
    CliRun add = CliRun.of("index", "add", "-q", index(), jsonl.toString());
    assertEquals(0, add.exit(), add.err());
    CliRun r = CliRun.of("index", "expire", index(), "--before", "2024-06-01");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .startsWith(
                "expired 1 article published (or added) before 2024-06-01T00:00:00Z; 1 left"),
        r.out());
  }

  @Test
  void expire_withoutBefore_isUsageError() {
    CliRun.of("index", "add", "-q", index(), SAMPLES);
    CliRun r = CliRun.of("index", "expire", index());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--before"), r.err());
  }

  @Test
  void add_incompatibleOptions_exitsThreeWithReason() {
    CliRun.of("index", "add", "-q", index(), SAMPLES);
    CliRun r = CliRun.of("index", "add", "-q", "--shingle-size", "3", index(), SAMPLES);
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("shingleSize is 5 in the index but 3"), r.err());
  }

  @Test
  void stats_notAnIndex_exitsThree() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("other"));
    Files.writeString(dir.resolve("x.txt"), "x", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("index", "stats", dir.toString());
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("not a news-dedup index"), r.err());
  }

  @Test
  void index_unknownSubcommand_isUsageError() {
    CliRun r = CliRun.of("index", "frobnicate", index());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("unknown subcommand 'frobnicate'"), r.err());
  }

  @Test
  void index_help_listsSubcommandsAndOptions() {
    CliRun r = CliRun.of("index", "--help");
    assertEquals(0, r.exit());
    for (String s :
        new String[] {
          "add <index-dir>", "match", "remove", "expire", "stats", "groups", "--shingle-size"
        }) {
      assertTrue(r.out().contains(s), s);
    }
  }

  @Test
  void add_dirWithOnlyTheLockOfAFirstAddKilledBeforeItsCommit_createsTheIndex() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("idx"));
    Files.createFile(dir.resolve("write.lock"));
    CliRun r = CliRun.of("index", "add", "-q", index(), SAMPLES);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("the index holds 5"), r.err());
  }

  @Test
  void readOnlyCommands_writeNothing_andMatchOptionsAreNotStored() throws IOException {
    CliRun.of("index", "add", "-q", index(), SAMPLES);
    String statsBefore = CliRun.of("index", "stats", index()).out();
    Map<String, Long> before = files(temp.resolve("idx"));
    CliRun match =
        CliRun.of(
            "index", "match", "-q", "--containment", "0.5", index(), SAMPLES + "/" + COPY + ".txt");
    assertEquals(0, match.exit(), match.err());
    assertEquals(0, CliRun.of("index", "groups", index()).exit());
    assertEquals(statsBefore, CliRun.of("index", "stats", index()).out());
    assertTrue(statsBefore.contains("containment 0.8"), statsBefore);
    assertEquals(before, files(temp.resolve("idx"))); // no new commit, no lock file
  }

  @Test
  void readOnlyCommands_whileAnotherWriterHoldsTheIndex_work() throws IOException {
    CliRun.of("index", "add", "-q", index(), SAMPLES + "/" + WIRE + ".txt");
    try (DedupIndex writer = DedupIndex.open(temp.resolve("idx"))) {
      writer.add(Article.of("uncommitted", "some text that is not committed yet at all"));
      CliRun stats = CliRun.of("index", "stats", index());
      assertEquals(0, stats.exit(), stats.err());
      assertTrue(stats.out().contains("articles      1\n"), stats.out());
      CliRun match = CliRun.of("index", "match", "-q", index(), SAMPLES + "/" + COPY + ".txt");
      assertEquals(0, match.exit(), match.err());
      assertTrue(match.out().startsWith(COPY + "  1 copy\n  " + WIRE), match.out());
      assertEquals(0, CliRun.of("index", "groups", index()).exit());
      CliRun add = CliRun.of("index", "add", "-q", index(), SAMPLES + "/" + COPY + ".txt");
      assertEquals(3, add.exit());
      assertTrue(add.err().contains("open for writing in another process"), add.err());
    }
  }

  @Test
  void add_diskRefusesWrites_saysHowManyAndWhichArticlesWereNotStored() throws Exception {
    CliRun.of("index", "add", "-q", index(), SAMPLES + "/" + WIRE + ".txt");
    // A child JVM whose files may not grow beyond 8 blocks: its writes fail as on a full disk.
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                "/bin/sh",
                "-c",
                "ulimit -f 8; exec \"$0\" \"$@\"",
                java.toString(),
                "-XX:-UsePerfData",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "index",
                "add",
                "-q",
                index(),
                SAMPLES)
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(3, p.waitFor(), err);
    assertTrue(out.contains(COPY + "  1 copy"), out); // printed before the commit failed
    assertTrue(err.contains("5 of 5 articles of this run were not stored"), err);
    for (String id : new String[] {WIRE, COPY}) {
      assertTrue(err.contains("\n  " + id + "\n"), err); // WIRE: its replacement was not stored
    }
    CliRun stats = CliRun.of("index", "stats", index());
    assertEquals(0, stats.exit(), stats.err());
    assertTrue(stats.out().contains("articles      1\n"), stats.out());
  }

  @Test
  void chunkEnd_commitsEvery10000Articles_notAtTheNextChunkBoundary() {
    int from = 0;
    int sinceCommit = 0;
    List<Integer> commits = new ArrayList<>();
    while (from < 25_000) {
      int to = IndexCommand.chunkEnd(from, sinceCommit, 25_000);
      assertTrue(to > from && to - from <= 256, from + ".." + to);
      sinceCommit += to - from;
      if (sinceCommit >= IndexCommand.COMMIT_EVERY) {
        commits.add(to);
        sinceCommit = 0;
      }
      from = to;
    }
    assertEquals(List.of(10_000, 20_000), commits);
  }

  /** The files of {@code dir} with their sizes and modification times. */
  private static Map<String, Long> files(Path dir) throws IOException {
    Map<String, Long> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        m.put(
            p.getFileName().toString(),
            Files.size(p) * 31 + Files.getLastModifiedTime(p).toMillis());
      }
    }
    return m;
  }
}
