package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.newsdedup.Article;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability under kill -9 at random moments: a child JVM ({@link RandomKillChild}) adds, replaces,
 * removes, expires and commits on one index, and is killed ({@code destroyForcibly}) at a seeded
 * random moment, {@value #KILLS} times in a row on the same index. After every kill the index opens
 * and holds exactly the articles of the last completed commit (or of the commit under way, when the
 * kill came during one): every one with its fingerprint and its keys (a copy of it finds it),
 * nothing else, and {@code groups()} equals the batch groups of exactly those articles.
 */
class IndexRandomKillTest {
  static final int KILLS = 50;
  private static final long SEED = 20261207L;

  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  @TempDir Path temp;

  @Test
  void killAtRandomMoments_indexHoldsExactlyTheCompletedCommits() throws Exception {
    Path dir = temp.resolve("index");
    Random random = new Random(SEED);
    Map<Integer, Integer> committed = new TreeMap<>(); // article number -> version
    int next = 0;
    int commits = 0;
    int duringCommit = 0;
    for (int trial = 0; trial < KILLS; trial++) {
      // Most kills come while the child works; some during its start (opening the index).
      boolean early = trial % 8 == 0;
      long delayMillis = early ? random.nextInt(700) : 20 + random.nextInt(400);
      Trial t = runAndKill(dir, next, random.nextLong(), early, delayMillis, committed);
      next = Math.max(next, t.maxNumber + 1);
      if (!t.commits.isEmpty()) {
        committed = t.commits.get(t.commits.size() - 1);
      }
      commits += t.commits.size();
      duringCommit += t.pendingCommit != null ? 1 : 0;
      if (t.pendingCommit != null && holds(dir, t.pendingCommit)) {
        committed = t.pendingCommit; // killed after the commit, before it said so
      }
      String where = "trial " + trial + " (seed " + SEED + ", killed after " + delayMillis + " ms)";
      check(dir, committed, where);
    }
    assertTrue(
        commits >= KILLS / 2 && duringCommit >= 5,
        "too few commits to test anything: " + commits + ", " + duringCommit + " kills in one");
  }

  /** What one child did before it was killed. */
  private static final class Trial {
    final List<Map<Integer, Integer>> commits = new ArrayList<>();
    Map<Integer, Integer> pendingCommit;
    int maxNumber = -1;
  }

  private Trial runAndKill(
      Path dir,
      int next,
      long seed,
      boolean fromStart,
      long delayMillis,
      Map<Integer, Integer> committed)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = temp.resolve("child.log");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-cp",
                System.getProperty("java.class.path"),
                RandomKillChild.class.getName(),
                dir.toString(),
                Integer.toString(next),
                Long.toString(seed))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectOutput(log.toFile())
            .start();
    try {
      if (!fromStart) {
        while (!Files.readString(log, StandardCharsets.UTF_8).startsWith("ready\n")) {
          if (!child.isAlive()) {
            fail("the child stopped by itself");
          }
          Thread.sleep(1);
        }
      }
      Thread.sleep(delayMillis);
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
    }
    // Every line the child printed before it died is in the log.
    Trial t = new Trial();
    Map<Integer, Integer> model = new TreeMap<>(committed);
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      apply(line, model, t);
    }
    return t;
  }

  private static void apply(String line, Map<Integer, Integer> model, Trial t) {
    String[] f = line.split(" ");
    switch (f[0]) {
      case "add" -> {
        int n = Integer.parseInt(f[1]);
        model.put(n, Integer.parseInt(f[2]));
        t.maxNumber = Math.max(t.maxNumber, n);
      }
      case "remove" -> model.remove(Integer.parseInt(f[1]));
      case "expire" -> model.keySet().removeIf(n -> n < Integer.parseInt(f[1]));
      case "commit-start" -> t.pendingCommit = new TreeMap<>(model);
      case "committed" -> {
        t.commits.add(t.pendingCommit);
        t.pendingCommit = null;
      }
      case "ready" -> {}
      default -> fail("unexpected line from the child: " + line);
    }
  }

  /** Whether the index holds exactly the articles of {@code state}, in their versions. */
  private boolean holds(Path dir, Map<Integer, Integer> state) throws IOException {
    try (DedupIndex index = DedupIndex.openReadOnly(dir)) {
      List<String> ids = index.ids();
      if (ids.size() != state.size()) {
        return false;
      }
      for (String id : ids) {
        Integer v = state.get(RandomKillChild.number(id));
        if (v == null
            || !index.get(id).orElseThrow().equals(fingerprint(RandomKillChild.number(id), v))) {
          return false;
        }
      }
      return true;
    } catch (IncompatibleIndexException e) {
      return state.isEmpty(); // killed while the index was created: no index yet
    }
  }

  private Fingerprint fingerprint(int n, int v) {
    return detector.fingerprint(RandomKillChild.article(n, v));
  }

  private void check(Path dir, Map<Integer, Integer> committed, String where) throws IOException {
    try (DedupIndex index = DedupIndex.open(dir, detector)) {
      List<String> expectedIds = new ArrayList<>();
      List<Fingerprint> expected = new ArrayList<>();
      for (Map.Entry<Integer, Integer> e : committed.entrySet()) {
        expectedIds.add(RandomKillChild.id(e.getKey()));
      }
      expectedIds.sort(null);
      assertEquals(expectedIds, index.ids(), where + ": not the articles of the last commit");
      for (String id : expectedIds) {
        int n = RandomKillChild.number(id);
        Fingerprint f = fingerprint(n, committed.get(n));
        assertEquals(f, index.get(id).orElseThrow(), where + ": " + id + " is another version");
        expected.add(f);
      }
      for (int i = 0; i < expectedIds.size(); i += 17) {
        String id = expectedIds.get(i);
        int n = RandomKillChild.number(id);
        Article probe = Article.of("probe", RandomKillChild.article(n, committed.get(n)).body());
        assertTrue(
            index.match(probe).matches().stream().anyMatch(m -> m.id().equals(id)),
            where + ": " + id + " is stored without its keys");
      }
      assertEquals(
          detector.groupFingerprints(expected, ProgressListener.NONE),
          index.groups(),
          where + ": groups differ from the batch groups of the committed articles");
    }
  }
}
