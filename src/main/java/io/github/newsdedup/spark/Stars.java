package io.github.newsdedup.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import io.github.newsdedup.internal.grouping.StarGrouping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The library's star grouping ({@link StarGrouping}) inside each connected component. Star grouping
 * visits articles by verified-match count, shingle count and id, and only ever joins an article to
 * a representative it matches directly; all three keys and every match of an article lie in its
 * component, so grouping each component alone gives the groups of grouping all at once.
 *
 * <p>A component is grouped by one task, which holds its members and verified pairs: about 40 bytes
 * per pair. A giant component (a site template that survived the boilerplate rule, linking many
 * pages) therefore needs memory on one executor in proportion to its pairs, as the library needs it
 * for the whole batch; it is grouped correctly, but it is the job's first limit.
 */
final class Stars {
  private static final StructType ASSIGNED =
      new StructType()
          .add("ord", DataTypes.LongType, false)
          .add("rep", DataTypes.LongType, false)
          .add("repId", DataTypes.StringType, false);

  private static final StructType MATCHES =
      new StructType()
          .add("a", DataTypes.StringType, false)
          .add("b", DataTypes.StringType, false)
          .add("jaccard", DataTypes.DoubleType, false)
          .add("containment", DataTypes.DoubleType, false)
          .add("rule", DataTypes.StringType, false)
          .add("score", DataTypes.DoubleType, false);

  private Stars() {}

  /**
   * Returns {@code ord, id, rep, repId} for every article: its representative's number and id.
   *
   * @param labels {@code ord, comp} of the articles with verified pairs
   * @param pairs verified pairs {@code i, j}
   * @param articles {@code ord, id, count} of every article
   */
  static Dataset<Row> representatives(
      Dataset<Row> labels, Dataset<Row> pairs, Dataset<Row> articles) {
    Dataset<Row> members =
        labels
            .join(articles, "ord")
            .groupBy("comp")
            .agg(collect_list(struct(col("ord"), col("id"), col("count"))).as("members"));
    Dataset<Row> edges =
        pairs
            .join(labels.select(col("ord").as("i"), col("comp")), "i")
            .groupBy("comp")
            .agg(collect_list(struct(col("i"), col("j"))).as("edges"));
    Dataset<Row> assigned =
        members
            .join(edges, "comp")
            .flatMap((FlatMapFunction<Row, Row>) Stars::group, Encoders.row(ASSIGNED));
    return articles
        .join(assigned, articles.col("ord").equalTo(assigned.col("ord")), "left")
        .select(
            articles.col("ord"),
            articles.col("id"),
            coalesce(assigned.col("rep"), articles.col("ord")).as("rep"),
            coalesce(assigned.col("repId"), articles.col("id")).as("repId"));
  }

  /** Groups one component: the representative of each member. */
  private static java.util.Iterator<Row> group(Row component) {
    List<Row> members = component.getList(component.fieldIndex("members"));
    List<Row> edges = component.getList(component.fieldIndex("edges"));
    int n = members.size();
    long[] ords = new long[n];
    String[] ids = new String[n];
    int[] counts = new int[n];
    Map<Long, Integer> local = new HashMap<>(n * 2);
    for (int x = 0; x < n; x++) {
      Row m = members.get(x);
      ords[x] = m.getLong(0);
      ids[x] = m.getString(1);
      counts[x] = m.getInt(2);
      local.put(ords[x], x);
    }
    long[] pairs = new long[edges.size()];
    for (int e = 0; e < pairs.length; e++) {
      int a = local.get(edges.get(e).getLong(0));
      int b = local.get(edges.get(e).getLong(1));
      pairs[e] = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }
    int[] rep = StarGrouping.representatives(ids, counts, pairs);
    List<Row> out = new ArrayList<>(n);
    for (int x = 0; x < n; x++) {
      out.add(RowFactory.create(ords[x], ords[rep[x]], ids[rep[x]]));
    }
    return out.iterator();
  }

  /** Returns {@code id, representative, size} for every article. */
  static Dataset<Row> groups(Dataset<Row> representatives) {
    Dataset<Row> sizes = representatives.groupBy("rep").count();
    return representatives
        .join(sizes, "rep")
        .select(col("id"), col("repId").as("representative"), col("count").cast("int").as("size"));
  }

  /**
   * Returns the verified matches inside groups, sides ordered as the library orders them: the
   * representative first when it is a side, else the smaller id first (by {@link
   * String#compareTo}).
   */
  static Dataset<Row> matches(Dataset<Row> representatives, Dataset<Row> verified) {
    Dataset<Row> repI = representatives.select(col("ord").as("i"), col("rep").as("repI"));
    Dataset<Row> repJ = representatives.select(col("ord").as("j"), col("rep").as("repJ"));
    return verified
        .join(repI, "i")
        .join(repJ, "j")
        .filter(col("repI").equalTo(col("repJ")))
        .select("i", "j", "idI", "idJ", "jaccard", "containment", "rule", "score", "repI")
        .map(
            (MapFunction<Row, Row>)
                r -> {
                  long i = r.getLong(0);
                  long j = r.getLong(1);
                  String idI = r.getString(2);
                  String idJ = r.getString(3);
                  long rep = r.getLong(8);
                  boolean iFirst = i == rep || (j != rep && idI.compareTo(idJ) < 0);
                  return RowFactory.create(
                      iFirst ? idI : idJ,
                      iFirst ? idJ : idI,
                      r.getDouble(4),
                      r.getDouble(5),
                      r.getString(6),
                      r.getDouble(7));
                },
            Encoders.row(MATCHES));
  }
}
