package io.github.newsdedup.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Connected components of the verified pairs, distributed: alternating large-star and small-star
 * rounds (Kiveris et al., "Connected Components in MapReduce and Beyond", SoCC 2014) until every
 * edge points from a node straight to its component's smallest article number. Each round is two
 * shuffles grouping edges by node; no step holds the graph on one machine. The rounds needed grow
 * about with the logarithm of the component size, not its diameter.
 *
 * <p>Edges are {@code (child, parent)} with {@code parent < child}; the graph they describe is
 * undirected. The rounds stop when the large-star step sees a forest of stars: every node has
 * either only larger neighbours (a root) or exactly one neighbour, a smaller one (a leaf).
 */
final class Components {
  /** Rounds after which the computation stops with an error rather than loop (never reached). */
  static final int MAX_ROUNDS = 200;

  private static final StructType LABELS =
      new StructType().add("ord", DataTypes.LongType, false).add("comp", DataTypes.LongType, false);

  private Components() {}

  /**
   * Returns {@code ord, comp} for every article that has a verified pair: {@code comp} is the
   * smallest article number of its connected component.
   *
   * @param pairs verified pairs {@code i, j}
   */
  static Dataset<Row> labels(Dataset<Row> pairs) {
    SparkSession spark = pairs.sparkSession();
    JavaPairRDD<Long, Long> edges =
        pairs
            .toJavaRDD()
            .mapToPair(
                r -> {
                  long i = r.getLong(0);
                  long j = r.getLong(1);
                  return new Tuple2<>(Math.max(i, j), Math.min(i, j));
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<JavaPairRDD<Long, Long>> rounds = new ArrayList<>(List.of(edges));
    for (int round = 0; ; round++) {
      if (round == MAX_ROUNDS) {
        throw new IllegalStateException("connected components did not converge");
      }
      LongAccumulator notStars = spark.sparkContext().longAccumulator("notStars");
      JavaPairRDD<Long, Long> large = largeStar(edges, notStars);
      large.persist(StorageLevel.MEMORY_AND_DISK());
      large.rdd().localCheckpoint();
      large.count();
      rounds.add(large);
      if (notStars.value() == 0) {
        break; // the edges were already stars; large-star kept them as they are
      }
      edges = smallStar(large).persist(StorageLevel.MEMORY_AND_DISK());
      rounds.add(edges);
    }
    JavaRDD<Row> rows =
        edges.flatMap(
            e ->
                List.of(RowFactory.create(e._1(), e._2()), RowFactory.create(e._2(), e._2()))
                    .iterator());
    Dataset<Row> labels = SparkGrouping.keep(spark.createDataFrame(rows, LABELS).distinct());
    for (JavaPairRDD<Long, Long> r : rounds) {
      r.unpersist(false);
    }
    return labels;
  }

  /**
   * Large-star: each node u with m = the smallest of u and its neighbours links every larger
   * neighbour v to m. Counts in {@code notStars} the nodes that are neither a root nor a leaf.
   */
  private static JavaPairRDD<Long, Long> largeStar(
      JavaPairRDD<Long, Long> edges, LongAccumulator notStars) {
    return edges
        .flatMapToPair(
            e -> List.of(new Tuple2<>(e._1(), e._2()), new Tuple2<>(e._2(), e._1())).iterator())
        .groupByKey()
        .flatMapToPair(
            node -> {
              long u = node._1();
              Set<Long> neighbours = new HashSet<>();
              node._2().forEach(neighbours::add);
              long m = u;
              int smaller = 0;
              for (long v : neighbours) {
                if (v < u) {
                  smaller++;
                }
                m = Math.min(m, v);
              }
              if (smaller > 0 && neighbours.size() > 1) {
                notStars.add(1);
              }
              List<Tuple2<Long, Long>> out = new ArrayList<>();
              for (long v : neighbours) {
                if (v > u) {
                  out.add(new Tuple2<>(v, m));
                }
              }
              return out.iterator();
            });
  }

  /**
   * Small-star: each node u with its smaller neighbours N and m = min N links u and every member of
   * N to m.
   */
  private static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> edges) {
    return edges
        .groupByKey()
        .flatMapToPair(
            node -> {
              long u = node._1();
              Set<Long> parents = new HashSet<>();
              node._2().forEach(parents::add);
              long m = u;
              for (long v : parents) {
                m = Math.min(m, v);
              }
              List<Tuple2<Long, Long>> out = new ArrayList<>(parents.size());
              out.add(new Tuple2<>(u, m));
              for (long v : parents) {
                if (v != m) {
                  out.add(new Tuple2<>(v, m));
                }
              }
              return out.iterator();
            });
  }
}
