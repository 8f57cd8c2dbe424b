package io.github.newsdedup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.io.ReadResult;
import io.github.newsdedup.testing.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's command line on {@code local[2]}: output contract, skipped inputs, exit codes.
 */
class SparkMainTest {
  private static String[] args(String... a) {
    return a;
  }

  private static int run(ByteArrayOutputStream err, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return SparkMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void run_folderWithJsonl_writesGroupsOfGroupCommandAndListsSkipped(@TempDir Path tmp)
      throws IOException {
    SparkSession spark = SparkTestSession.get();
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> files = Files.list(Path.of("corpus-samples"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    String body = Files.readString(in.resolve("000_1ac3a902d5ad9604.txt"), StandardCharsets.UTF_8);
    String json = body.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    Files.writeString(
        in.resolve("feed.jsonl"),
        "{\"id\": \"feed-1\", \"text\": \""
            + json
            + "\"}\n"
            + "{\"id\": \"feed-2\", \"text\": \n"
            + "{\"id\": \"feed-1\", \"text\": \"the same id again\"}\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        run(
            err,
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--master",
            "local[2]",
            "-q");
    assertEquals(1, code, err.toString(StandardCharsets.UTF_8));

    ReadResult read = ArticleReader.read(List.of(in));
    assertEquals(2, read.skipped().size(), read.skipped().toString());
    Map<String, String> expected = new TreeMap<>();
    long matches = 0;
    for (DuplicateGroup g : NearDuplicateDetector.withDefaults().group(read.articles())) {
      matches += g.matches().size();
      for (String m : g.members()) {
        expected.put(m, g.representative() + " " + g.size());
      }
    }
    Map<String, String> actual = new TreeMap<>();
    for (Row r : spark.read().json(out.resolve("groups").toString()).collectAsList()) {
      String id = r.getAs("id");
      actual.put(id, r.getAs("representative") + " " + r.<Long>getAs("size"));
    }
    assertEquals(expected, actual);
    assertEquals("3", actual.get("feed-1").split(" ")[1]); // with 000 and 001
    List<Row> skipped = spark.read().json(out.resolve("skipped").toString()).collectAsList();
    assertEquals(2, skipped.size(), skipped.toString());
    assertTrue(
        skipped.stream()
            .anyMatch(r -> r.<String>getAs("reason").startsWith("duplicate id \"feed-1\"")),
        skipped.toString());
    assertEquals(matches, spark.read().json(out.resolve("matches").toString()).count());
  }

  @Test
  void run_parquetInAndOut_groupsAndListsDuplicateIds(@TempDir Path tmp) throws IOException {
    SparkSession spark = SparkTestSession.get();
    String body =
        Files.readString(
            Path.of("corpus-samples/000_1ac3a902d5ad9604.txt"), StandardCharsets.UTF_8);
    List<Row> rows =
        List.of(
            RowFactory.create(1L, body, "t1"),
            RowFactory.create(2L, "Advertisement\n" + body, "t2"),
            RowFactory.create(1L, "the first id again", "t3"),
            RowFactory.create(3L, null, "t4"));
    StructType schema =
        new StructType()
            .add("id", DataTypes.LongType, true)
            .add("text", DataTypes.StringType, true)
            .add("title", DataTypes.StringType, true);
    Path in = tmp.resolve("articles.parquet");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(in.toString());
    Path out = tmp.resolve("out");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        run(
            err,
            "--input",
            in.toString(),
            "--output",
            out.toString(),
            "--output-format",
            "parquet",
            "--master",
            "local[2]",
            "-q");
    assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
    Map<String, String> groups = new TreeMap<>();
    for (Row r : spark.read().parquet(out.resolve("groups").toString()).collectAsList()) {
      groups.put(r.getAs("id"), r.getAs("representative") + " " + r.<Integer>getAs("size"));
    }
    assertEquals(Map.of("1", "1 2", "2", "1 2"), groups);
    List<String> reasons =
        spark.read().parquet(out.resolve("skipped").toString()).collectAsList().stream()
            .map(r -> r.<String>getAs("reason"))
            .sorted()
            .toList();
    assertEquals(2, reasons.size(), reasons.toString());
    assertTrue(
        reasons.get(0).startsWith("duplicate id \"1\": already read from "), reasons.toString());
    assertEquals("missing \"text\"", reasons.get(1));
  }

  @Test
  void run_badOption_isUsageErrorWithGroupMessage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(
        Main.EXIT_USAGE, run(err, args("--input", "x", "--output", "y", "--shingle-size", "0")));
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("--shingle-size: shingleSize must be"),
        err.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(Main.EXIT_USAGE, run(err, "--output", "y"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--input is required"));
  }
}
