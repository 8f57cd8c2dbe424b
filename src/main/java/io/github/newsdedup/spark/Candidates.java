package io.github.newsdedup.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import io.github.newsdedup.internal.lsh.CandidateSearch;
import io.github.newsdedup.internal.lsh.ContainmentRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Candidate pairs by the library's two rules ({@link CandidateSearch}), from keys grouped by Spark
 * instead of sorted in one array:
 *
 * <ul>
 *   <li>an LSH bucket (articles with one band key) links every member to its first {@value
 *       CandidateSearch#MAX_FULL_BUCKET} members in article order, so a key held by a million pages
 *       costs {@value CandidateSearch#MAX_FULL_BUCKET} pairs per page, not a million;
 *   <li>a containment-sample key held by 2 to {@code maxSampleFrequency} articles counts, for each
 *       article S that may be contained, one shared key with each longer article L; the pairs whose
 *       count reaches the {@link ContainmentRule} share of S's sample are candidates. Keys held by
 *       more articles (templates) make no pairs at all.
 * </ul>
 */
final class Candidates {
  /** Candidate pairs: article numbers {@code i < j}. */
  static final StructType PAIRS =
      new StructType().add("i", DataTypes.LongType, false).add("j", DataTypes.LongType, false);

  private static final StructType SHARED =
      new StructType()
          .add("s", DataTypes.LongType, false)
          .add("l", DataTypes.LongType, false)
          .add("need", DataTypes.IntegerType, false);

  private Candidates() {}

  /**
   * Returns the candidate pairs, not yet distinct, of the band buckets ({@code band, key, ords})
   * and the sample runs ({@code key, posts: [ord, count, sampleLen]}).
   */
  static Dataset<Row> pairs(Dataset<Row> buckets, Dataset<Row> runs, Settings settings) {
    Dataset<Row> banded =
        buckets
            .filter(size(col("ords")).gt(1))
            .flatMap((FlatMapFunction<Row, Row>) Candidates::bucketPairs, Encoders.row(PAIRS));
    int maxFrequency = settings.maxSampleFrequency();
    Dataset<Row> shared =
        runs.filter(size(col("posts")).geq(2).and(size(col("posts")).leq(maxFrequency)))
            .flatMap((FlatMapFunction<Row, Row>) r -> runPairs(r, settings), Encoders.row(SHARED));
    Dataset<Row> contained =
        shared
            .groupBy("s", "l", "need")
            .count()
            .filter(col("count").geq(col("need")))
            .flatMap(
                (FlatMapFunction<Row, Row>)
                    r -> {
                      long s = r.getLong(0);
                      long l = r.getLong(1);
                      return List.of(RowFactory.create(Math.min(s, l), Math.max(s, l))).iterator();
                    },
                Encoders.row(PAIRS));
    return banded.union(contained);
  }

  /** The pairs of one LSH bucket: each member with its first members in article order. */
  private static Iterator<Row> bucketPairs(Row bucket) {
    List<Long> list = bucket.getList(2);
    long[] ords = new long[list.size()];
    for (int x = 0; x < ords.length; x++) {
      ords[x] = list.get(x);
    }
    Arrays.sort(ords);
    int anchors = Math.min(ords.length, CandidateSearch.MAX_FULL_BUCKET);
    return new Iterator<>() {
      private int x = 0;
      private int y = 1;

      @Override
      public boolean hasNext() {
        return x < anchors && y < ords.length;
      }

      @Override
      public Row next() {
        Row pair = RowFactory.create(ords[x], ords[y]);
        if (++y == ords.length) {
          x++;
          y = x + 1;
        }
        return pair;
      }
    };
  }

  /**
   * One shared key per (contained side S, longer side L) of a sample run, as the batch search
   * counts them (a posting repeated by a key collision counts again there too).
   */
  private static Iterator<Row> runPairs(Row run, Settings settings) {
    ContainmentRule rule = ExecutorStages.of(settings).containmentRule;
    List<Row> posts = run.getList(1);
    List<Row> out = new ArrayList<>();
    for (Row s : posts) {
      long so = s.getLong(0);
      int sCount = s.getInt(1);
      int sLen = s.getInt(2);
      if (!rule.mayBeContained(sCount, sLen)) {
        continue;
      }
      int need = rule.requiredShared(sLen);
      for (Row l : posts) {
        long lo = l.getLong(0);
        int lCount = l.getInt(1);
        if (lo != so && (lCount > sCount || (lCount == sCount && lo > so))) {
          out.add(RowFactory.create(so, lo, need));
        }
      }
    }
    return out.iterator();
  }
}
