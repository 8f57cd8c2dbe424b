package io.github.newsdedup.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.io.ReadResult;
import io.github.newsdedup.testing.SparkTestSession;
import io.github.newsdedup.testing.SyntheticNewsCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark grouping against the batch detector on the same articles in the same order: the same
 * groups (members and representatives) and the same matches, on {@code local[2]}. One session for
 * the test run ({@link SparkTestSession}): starting Spark costs seconds.
 */
class SparkGroupingTest {
  private static final StructType ARTICLES =
      new StructType()
          .add("id", DataTypes.StringType, true)
          .add("text", DataTypes.StringType, true)
          .add("format", DataTypes.StringType, true);

  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.get();
  }

  static Dataset<Row> frame(List<Article> articles) {
    List<Row> rows = new ArrayList<>();
    for (Article a : articles) {
      rows.add(RowFactory.create(a.id(), a.body(), a.format().name().toLowerCase(Locale.ROOT)));
    }
    return spark.createDataFrame(rows, ARTICLES).repartition(3);
  }

  /** The batch groups as {@code id -> representative}. */
  private static Map<String, String> batchRepresentatives(List<DuplicateGroup> groups) {
    Map<String, String> rep = new TreeMap<>();
    for (DuplicateGroup g : groups) {
      for (String m : g.members()) {
        rep.put(m, g.representative());
      }
    }
    return rep;
  }

  private static TreeSet<String> batchMatches(List<DuplicateGroup> groups) {
    TreeSet<String> out = new TreeSet<>();
    for (DuplicateGroup g : groups) {
      for (Match m : g.matches()) {
        out.add(
            line(
                m.a(),
                m.b(),
                m.similarity().jaccard(),
                m.similarity().containment(),
                m.rule().name(),
                m.score()));
      }
    }
    return out;
  }

  private static String line(String a, String b, double j, double c, String rule, double score) {
    return a + " " + b + " " + j + " " + c + " " + rule + " " + score;
  }

  /**
   * Groups with Spark and with the batch detector (articles in the same order) and checks they
   * agree exactly; returns the Spark result.
   */
  static SparkGrouping.Result assertSameAsBatch(
      NearDuplicateDetector detector, List<Article> articles) {
    // The Dataset is built from the list in order, but repartitioned: the grouping must number the
    // rows in Dataset order, which for a repartitioned frame is not the list order. Sort back.
    Dataset<Row> frame = frame(articles).orderBy("id");
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort((x, y) -> x.id().compareTo(y.id()));
    SparkGrouping.Result result = SparkGrouping.of(detector.config()).group(frame);
    List<DuplicateGroup> batch = detector.group(sorted);

    Map<String, String> sparkRep = new TreeMap<>();
    Map<String, Integer> sparkSize = new TreeMap<>();
    for (Row r : result.groups().collectAsList()) {
      assertEquals(null, sparkRep.put(r.getString(0), r.getString(1)), "twice: " + r);
      sparkSize.put(r.getString(0), r.getInt(2));
    }
    assertEquals(batchRepresentatives(batch), sparkRep);
    for (DuplicateGroup g : batch) {
      for (String m : g.members()) {
        assertEquals(g.size(), sparkSize.get(m), m);
      }
    }
    TreeSet<String> sparkMatches = new TreeSet<>();
    for (Row r : result.matches().collectAsList()) {
      sparkMatches.add(
          line(
              r.getString(0),
              r.getString(1),
              r.getDouble(2),
              r.getDouble(3),
              r.getString(4),
              r.getDouble(5)));
    }
    assertEquals(batchMatches(batch), sparkMatches);
    return result;
  }

  @Test
  void group_corpusSamples_equalsBatch() {
    ReadResult read = ArticleReader.read(List.of(Path.of("corpus-samples")));
    SparkGrouping.Result result =
        assertSameAsBatch(NearDuplicateDetector.withDefaults(), read.articles());
    assertEquals(5, result.articles());
    assertEquals(1, result.matches().count()); // 000 and 001
  }

  @Test
  void group_syntheticCorpus_equalsBatchWithBoilerplateRule() {
    List<Article> articles = SyntheticNewsCorpus.standard().articles();
    NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
    SparkGrouping.Result result = assertSameAsBatch(detector, articles);
    assertEquals(articles.size(), result.articles());
    assertTrue(result.matches().count() > 50, "the corpus has over 100 re-posts");
  }

  @Test
  void group_giantComponent_isGroupedAsStarsLikeBatch() {
    // A chain of 150 articles, each a window of 10 sentences shifted by one from the previous:
    // neighbours match, so all 150 form one connected component, but star grouping must split it.
    // (With the boilerplate rule on, every sentence, being in ten articles of several groups,
    // would be boilerplate.)
    SplittableRandom random = new SplittableRandom(7);
    List<String> sentences = new ArrayList<>();
    for (int s = 0; s < 170; s++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        b.append(w == 0 ? "" : " ").append("w").append(random.nextInt(100_000));
      }
      sentences.add(b.append('.').toString());
    }
    List<Article> articles = new ArrayList<>();
    for (int k = 0; k < 150; k++) {
      articles.add(
          Article.of(
              String.format(Locale.ROOT, "chain-%03d", k),
              String.join(" ", sentences.subList(k, k + 10))));
    }
    NearDuplicateDetector detector =
        NearDuplicateDetector.builder().boilerplateMinGroups(0).build();
    SparkGrouping.Result result = assertSameAsBatch(detector, articles);
    long groups = result.groups().filter("id = representative").count();
    assertTrue(groups > 10 && groups < 100, "stars, not one chain and not singletons: " + groups);
    // The verified pairs are one component.
    List<Row> pairs = result.matches().collectAsList();
    assertTrue(pairs.size() > 100, "pairs " + pairs.size());
  }

  @Test
  void group_keySharedByManyArticles_boundedLikeBatch() {
    // 230 copies of one article share every band key (a bucket over the 200-member bound) and
    // every sample key (over maxSampleFrequency 50, so the containment route ignores them), next
    // to articles of their own.
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder template = new StringBuilder();
    for (int w = 0; w < 400; w++) {
      template.append("t").append(random.nextInt(50_000)).append(w % 15 == 14 ? ". " : " ");
    }
    List<Article> articles = new ArrayList<>();
    for (int k = 0; k < 230; k++) {
      articles.add(Article.of(String.format(Locale.ROOT, "copy-%03d", k), template.toString()));
    }
    for (int k = 0; k < 20; k++) {
      StringBuilder own = new StringBuilder();
      for (int w = 0; w < 300; w++) {
        own.append("o").append(random.nextInt(50_000)).append(w % 15 == 14 ? ". " : " ");
      }
      articles.add(Article.of(String.format(Locale.ROOT, "own-%02d", k), own.toString()));
    }
    NearDuplicateDetector detector = NearDuplicateDetector.builder().maxSampleFrequency(50).build();
    SparkGrouping.Result result = assertSameAsBatch(detector, articles);
    assertEquals(21, result.groups().filter("id = representative").count());
  }

  @Test
  void group_badRows_areSkippedWithReasons() {
    List<Row> rows =
        List.of(
            RowFactory.create("a", "The minister said on Tuesday that talks would resume.", null),
            RowFactory.create(null, "no id here", null),
            RowFactory.create("  ", "blank id", null),
            RowFactory.create("b", null, null),
            RowFactory.create("c", " \n ", null),
            RowFactory.create("a", "a second article with the first one's id", null),
            RowFactory.create("d", "", "pdf"));
    Dataset<Row> frame = spark.createDataFrame(rows, ARTICLES).coalesce(1);
    SparkGrouping.Result result =
        SparkGrouping.of(NearDuplicateDetector.withDefaults().config()).group(frame);
    Map<String, String> skipped = new TreeMap<>();
    for (Row r : result.skipped().collectAsList()) {
      skipped.put(r.getString(0), r.getString(1));
    }
    assertEquals(
        Map.of(
            "row 2", "missing \"id\"",
            "row 3", "\"id\" is empty",
            "row 4", "missing \"text\"",
            "row 5", "\"text\" is empty",
            "row 6", "duplicate id \"a\": already read from row 1",
            "row 7", "\"text\" is empty"),
        skipped);
    assertEquals(1, result.articles());
    assertEquals(List.of("a a 1"), groupLines(result));
  }

  static List<String> groupLines(SparkGrouping.Result result) {
    List<String> lines = new ArrayList<>();
    for (Row r : result.groups().orderBy("id").collectAsList()) {
      lines.add(r.getString(0) + " " + r.getString(1) + " " + r.getInt(2));
    }
    return lines;
  }
}
