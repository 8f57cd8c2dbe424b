package io.github.newsdedup.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.newsdedup.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The distributed connected components against a union-find on the same seeded random graph. */
class ComponentsTest {
  private static final StructType PAIRS =
      new StructType().add("i", DataTypes.LongType, false).add("j", DataTypes.LongType, false);

  @Test
  void labels_pathAndRandomGraph_matchUnionFind() {
    SparkSession spark = SparkTestSession.get();
    long seed = 42;
    SplittableRandom random = new SplittableRandom(seed);
    List<long[]> edges = new ArrayList<>();
    for (long k = 0; k < 300; k++) { // a path 0-1-...-300: the longest diameter
      edges.add(new long[] {k, k + 1});
    }
    for (int e = 0; e < 400; e++) { // sparse random edges among 1000..1999
      long a = 1000 + random.nextInt(1000);
      long b = 1000 + random.nextInt(1000);
      if (a != b) {
        edges.add(new long[] {Math.min(a, b), Math.max(a, b)});
      }
    }
    List<Row> rows = new ArrayList<>();
    for (long[] e : edges) {
      rows.add(RowFactory.create(e[0], e[1]));
    }
    Dataset<Row> pairs = spark.createDataFrame(rows, PAIRS).repartition(3);
    Map<Long, Long> spark2 = new TreeMap<>();
    for (Row r : Components.labels(pairs).collectAsList()) {
      assertEquals(null, spark2.put(r.getLong(0), r.getLong(1)), "twice: " + r);
    }
    Map<Long, Long> parent = new TreeMap<>();
    for (long[] e : edges) {
      union(parent, e[0], e[1]);
    }
    Map<Long, Long> expected = new TreeMap<>();
    for (Long node : parent.keySet()) {
      expected.put(node, find(parent, node));
    }
    assertEquals(expected, spark2, "seed " + seed);
  }

  private static long find(Map<Long, Long> parent, long x) {
    parent.putIfAbsent(x, x);
    long p = parent.get(x);
    return p == x ? x : find(parent, p);
  }

  private static void union(Map<Long, Long> parent, long a, long b) {
    long ra = find(parent, a);
    long rb = find(parent, b);
    parent.put(Math.max(ra, rb), Math.min(ra, rb));
  }
}
