package io.github.newsdedup.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import io.github.newsdedup.BodyFormat;
import io.github.newsdedup.internal.Checks;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Numbers the input rows in Dataset order (the order the batch detector would get them in) and
 * checks them as {@code group} checks its inputs: a missing or blank id or text, or an unknown
 * format, skips the row; of rows sharing an id the first wins and later ones are skipped with a
 * reason naming the first.
 */
final class InputRows {
  /** Skipped rows: where the row came from, and why it was skipped. */
  static final StructType SKIPPED =
      new StructType()
          .add("input", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType, false);

  private static final StructType NUMBERED =
      new StructType()
          .add("ord", DataTypes.LongType, false)
          .add("id", DataTypes.StringType, true)
          .add("text", DataTypes.StringType, true)
          .add("format", DataTypes.StringType, true)
          .add("input", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType, true);

  private InputRows() {}

  /** The checked input: valid rows ({@code ord, id, text, format}) and skipped rows. */
  record Checked(Dataset<Row> valid, Dataset<Row> skipped) {}

  static Checked check(Dataset<Row> articles) {
    List<String> columns = List.of(articles.columns());
    Checks.checkArgument(
        columns.contains("id") && columns.contains("text"),
        "articles need the columns \"id\" and \"text\", got %s",
        columns);
    Column format =
        columns.contains("format") ? col("format").cast("string") : lit(null).cast("string");
    Column input =
        columns.contains("input") ? col("input").cast("string") : lit(null).cast("string");
    Dataset<Row> selected =
        articles.select(
            col("id").cast("string"), col("text").cast("string"), format.as("f"), input.as("in"));
    JavaRDD<Row> numbered =
        selected
            .toJavaRDD()
            .zipWithIndex()
            .map(
                t -> {
                  Row r = t._1();
                  long ord = t._2();
                  String id = r.getString(0);
                  String text = r.getString(1);
                  String in = r.isNullAt(3) ? "row " + (ord + 1) : r.getString(3);
                  String bodyFormat = r.isNullAt(2) ? "AUTO" : r.getString(2);
                  String reason = reason(id, text, bodyFormat);
                  return RowFactory.create(
                      ord, id, text, bodyFormat.toUpperCase(Locale.ROOT), in, reason);
                });
    Dataset<Row> rows = articles.sparkSession().createDataFrame(numbered, NUMBERED);
    WindowSpec byId = Window.partitionBy("id").orderBy("ord");
    Dataset<Row> checked =
        rows.filter(col("reason").isNull())
            .withColumn("firstInput", first("input").over(byId))
            .withColumn("rank", row_number().over(byId));
    Dataset<Row> valid =
        checked.filter(col("rank").equalTo(1)).select("ord", "id", "text", "format");
    Dataset<Row> duplicates =
        checked
            .filter(col("rank").gt(1))
            .select(
                col("input"),
                concat(
                        lit("duplicate id \""),
                        col("id"),
                        lit("\": already read from "),
                        col("firstInput"))
                    .as("reason"));
    Dataset<Row> bad = rows.filter(col("reason").isNotNull()).select("input", "reason");
    return new Checked(valid, bad.union(duplicates));
  }

  /** Returns why a row is skipped, or {@code null}. */
  static String reason(String id, String text, String format) {
    if (id == null) {
      return "missing \"id\"";
    }
    if (id.isBlank()) {
      return "\"id\" is empty";
    }
    if (text == null) {
      return "missing \"text\"";
    }
    if (text.isBlank()) {
      return "\"text\" is empty";
    }
    try {
      BodyFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return "\"format\" must be auto, text or html, got \"" + format + "\"";
    }
    return null;
  }
}
