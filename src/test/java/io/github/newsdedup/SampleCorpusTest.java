package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.io.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sample-corpus harness: the five committed articles in {@code corpus-samples/} must be grouped
 * exactly as {@code expected-groups.tsv} says (000 with 001, the others alone), with scores that
 * agree with an independent computation on the shingle sets.
 */
class SampleCorpusTest {
  private static final Path SAMPLES = Path.of("corpus-samples");
  private static final String WIRE = "000_1ac3a902d5ad9604";
  private static final String COPY = "001_3996b4a5bdcd3b6a";

  private final NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();

  private static ReadResult read() {
    ReadResult result = ArticleReader.read(List.of(SAMPLES));
    assertEquals(List.of(), result.skipped());
    return result;
  }

  /** Reads {@code id<TAB>label} lines into a partition of ids. */
  private static Set<Set<String>> expectedPartition() throws IOException {
    Map<String, Set<String>> byLabel = new TreeMap<>();
    for (String line :
        Files.readAllLines(SAMPLES.resolve("expected-groups.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t");
      assertEquals(2, fields.length, "bad line in expected-groups.tsv: " + line);
      byLabel.computeIfAbsent(fields[1], k -> new HashSet<>()).add(fields[0]);
    }
    return byLabel.values().stream().map(Set::copyOf).collect(Collectors.toSet());
  }

  @Test
  void group_samples_matchExpectedPartitionExactly() throws IOException {
    ReadResult result = read();
    assertEquals(5, result.articles().size());
    List<DuplicateGroup> groups = detector.group(result.articles());
    Set<Set<String>> predicted =
        groups.stream().map(g -> Set.copyOf(g.members())).collect(Collectors.toSet());
    Set<Set<String>> expected = expectedPartition();
    assertEquals(
        Set.of(
            Set.of(WIRE, COPY),
            Set.of("002_9d5f7659cd0f1aaf"),
            Set.of("003_f37f68e56e8894e5"),
            Set.of("004_c721cbb01b32f9fd")),
        expected);
    assertEquals(expected, predicted);
  }

  @Test
  void group_samples_matchScoresEqualIndependentSetMath() {
    ReadResult result = read();
    Map<String, Article> byId =
        result.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
    Article wire = byId.get(WIRE);
    Article copy = byId.get(COPY);
    Match match =
        detector.group(result.articles()).stream()
            .flatMap(g -> g.matches().stream())
            .filter(m -> Set.of(m.a(), m.b()).equals(Set.of(WIRE, COPY)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no match between " + WIRE + " and " + COPY));
    assertFalse(match.similarity().estimated());
    assertEquals(MatchRule.CONTAINMENT, match.rule());

    Set<Long> a = asSet(detector.fingerprint(wire).shingles());
    Set<Long> b = asSet(detector.fingerprint(copy).shingles());
    assertFalse(a.isEmpty() || b.isEmpty());
    Set<Long> intersection = new HashSet<>(a);
    intersection.retainAll(b);
    Set<Long> union = new HashSet<>(a);
    union.addAll(b);
    double jaccard = (double) intersection.size() / union.size();
    double containment = (double) intersection.size() / Math.min(a.size(), b.size());

    assertEquals(jaccard, match.similarity().jaccard(), 1e-9);
    assertEquals(containment, match.similarity().containment(), 1e-9);
    Similarity direct = detector.similarity(wire, copy);
    assertEquals(jaccard, direct.jaccard(), 1e-9);
    assertEquals(containment, direct.containment(), 1e-9);
    assertFalse(direct.estimated());
    // the copy is the wire story inside a longer page: containment, not resemblance, joins them
    assertTrue(
        containment >= detector.config().thresholds().containmentThreshold(),
        "containment " + containment);
    assertTrue(
        jaccard < detector.config().thresholds().resemblanceThreshold(), "jaccard " + jaccard);
  }

  private static Set<Long> asSet(long[] values) {
    Set<Long> set = new HashSet<>();
    for (long v : values) {
      set.add(v);
    }
    assertEquals(values.length, set.size(), "shingle hashes must be distinct");
    return set;
  }
}
