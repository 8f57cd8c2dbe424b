package io.github.newsdedup.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the job's input as rows {@code id, text, format, input, problem}, in the order {@code
 * group} reads the same files (by path, then line): JSONL (one object a line, as {@code group}
 * reads it), Parquet (columns {@code id}, {@code text}, optional others), or a folder of {@code
 * .txt} and {@code .html}/{@code .htm} files (one article each, id = file name without extension,
 * strict UTF-8) and {@code .jsonl} files. A row with a {@code problem} is skipped for that reason.
 */
final class ArticleSources {
  /** What the job reads. */
  enum Kind {
    AUTO,
    JSONL,
    PARQUET,
    FILES
  }

  static final StructType ROWS =
      new StructType()
          .add("id", DataTypes.StringType, true)
          .add("text", DataTypes.StringType, true)
          .add("format", DataTypes.StringType, true)
          .add("input", DataTypes.StringType, false)
          .add("problem", DataTypes.StringType, true);

  private static final StructType JSON_SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType, true)
          .add("text", DataTypes.StringType, true)
          .add("_corrupt_record", DataTypes.StringType, true);

  private ArticleSources() {}

  static Dataset<Row> read(SparkSession spark, String path, Kind kind, long maxArticleBytes) {
    Kind k = kind == Kind.AUTO ? detect(spark, path) : kind;
    Dataset<Row> rows =
        switch (k) {
          case JSONL -> jsonl(spark, path, null);
          case PARQUET -> parquet(spark, path);
          default -> files(spark, path, maxArticleBytes).unionByName(jsonl(spark, path, "*.jsonl"));
        };
    // Local paths as group names them, so that rows sort in group's order (by path, then line).
    return rows.withColumn("input", regexp_replace(col("input"), "^file:/+", "/"))
        .orderBy("input", "pos")
        .drop("pos");
  }

  private static Kind detect(SparkSession spark, String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".parquet")) {
      return Kind.PARQUET;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".json")) {
      return Kind.JSONL;
    }
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.getFileStatus(p).isDirectory()) {
        for (FileStatus s : fs.listStatus(p)) {
          if (s.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return Kind.PARQUET;
          }
        }
      }
      return Kind.FILES;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static Dataset<Row> jsonl(SparkSession spark, String path, String glob) {
    var reader = spark.read();
    if (glob != null) {
      reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", glob);
    }
    // Lines parsed with from_json rather than read by the JSON source, which refuses queries
    // that need only the corrupt-record column (as the skipped listing does). Blank lines are
    // not articles, as in group.
    Dataset<Row> lines =
        reader
            .text(path)
            .select(
                col("value"),
                input_file_name().as("input"),
                monotonically_increasing_id().as("pos"))
            .filter(trim(col("value")).notEqual(""));
    Dataset<Row> json =
        lines.withColumn(
            "json",
            from_json(
                col("value"),
                JSON_SCHEMA,
                Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", "_corrupt_record")));
    return json.select(
        col("json.id").as("id"),
        col("json.text").as("text"),
        lit("AUTO").as("format"),
        col("input"),
        when(
                col("json").isNull().or(col("json._corrupt_record").isNotNull()),
                lit("malformed JSON line"))
            .as("problem"),
        col("pos"));
  }

  private static Dataset<Row> parquet(SparkSession spark, String path) {
    Dataset<Row> p = spark.read().parquet(path);
    return p.select(
        col("id").cast("string").as("id"),
        col("text").cast("string").as("text"),
        lit("AUTO").as("format"),
        input_file_name().as("input"),
        lit(null).cast("string").as("problem"),
        monotonically_increasing_id().as("pos"));
  }

  private static Dataset<Row> files(SparkSession spark, String path, long maxArticleBytes) {
    Dataset<Row> files =
        spark
            .read()
            .format("binaryFile")
            .option("recursiveFileLookup", "true")
            .option("pathGlobFilter", "*.{txt,htm,html,TXT,HTM,HTML}")
            .load(path)
            .select("path", "length", "content");
    Dataset<Row> decoded =
        files.map(
            (MapFunction<Row, Row>)
                r -> decode(r.getString(0), r.getLong(1), r.getAs(2), maxArticleBytes),
            Encoders.row(ROWS));
    return decoded.withColumn("pos", lit(0L));
  }

  /** Decodes one file as {@code group} reads it; the messages are those of its reader. */
  static Row decode(String path, long length, byte[] bytes, long maxBytes) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    String format = lower.endsWith(".txt") ? "TEXT" : "HTML";
    if (length > maxBytes) {
      return problem(
          path,
          String.format(
              Locale.ROOT,
              "file is %,d bytes, over the limit of %,d bytes for one article; not read",
              length,
              maxBytes));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        boolean utf16 =
            bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                    || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        return problem(
            path,
            utf16
                ? "looks like UTF-16 text (byte order mark); convert it to UTF-8"
                : "binary data, not text (NUL byte at byte offset " + i + ")");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return problem(
          path,
          "invalid UTF-8 at byte offset " + in.position() + "; only UTF-8 input is supported");
    }
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isEmpty()) {
      return problem(path, "empty file");
    }
    if (text.isBlank()) {
      return problem(path, "file contains only whitespace");
    }
    int dot = name.lastIndexOf('.');
    String id = dot < 0 ? name : name.substring(0, dot);
    if (id.isBlank()) {
      return problem(path, "file name without extension is empty: no id");
    }
    return RowFactory.create(id, text, format, path, null);
  }

  private static Row problem(String path, String reason) {
    return RowFactory.create(null, null, null, path, reason);
  }
}
