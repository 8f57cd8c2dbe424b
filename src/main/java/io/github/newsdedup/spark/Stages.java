package io.github.newsdedup.spark;

import static org.apache.spark.sql.functions.col;

import io.github.newsdedup.Article;
import io.github.newsdedup.BodyFormat;
import io.github.newsdedup.BoilerplateSentences;
import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.Match;
import io.github.newsdedup.internal.Hashes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The per-article and per-pair stages, run on the executors with the library's code: fingerprints
 * (with the LSH band keys, containment-sample keys and boilerplate sentence keys the candidate
 * search and the boilerplate rule group by) and verification.
 *
 * <p>Keys are masked exactly as the batch detector masks them for {@code n} articles (the low bits
 * it packs the article number into), so that equal keys here are equal keys there.
 */
final class Stages {
  /** Fingerprint rows: one per article. */
  static final StructType FINGERPRINTS =
      new StructType()
          .add("ord", DataTypes.LongType, false)
          .add("id", DataTypes.StringType, false)
          .add("count", DataTypes.IntegerType, false)
          .add("fp", DataTypes.BinaryType, false)
          .add("bandKeys", DataTypes.createArrayType(DataTypes.LongType, false), false)
          .add("sampleKeys", DataTypes.createArrayType(DataTypes.LongType, false), false)
          .add("sampleLen", DataTypes.IntegerType, false)
          .add("sentences", DataTypes.createArrayType(DataTypes.LongType, false), false);

  /** Verified pairs: {@code i < j} are article numbers, the rest the match. */
  static final StructType VERIFIED =
      new StructType()
          .add("i", DataTypes.LongType, false)
          .add("j", DataTypes.LongType, false)
          .add("idI", DataTypes.StringType, false)
          .add("idJ", DataTypes.StringType, false)
          .add("jaccard", DataTypes.DoubleType, false)
          .add("containment", DataTypes.DoubleType, false)
          .add("rule", DataTypes.StringType, false)
          .add("score", DataTypes.DoubleType, false);

  private Stages() {}

  /** Returns the mask of the low bits the batch detector uses for article numbers among n. */
  static long idMask(long n) {
    int idBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
    return (1L << idBits) - 1;
  }

  /** Fingerprints the valid articles ({@code ord, id, text, format}) of a batch of {@code n}. */
  static Dataset<Row> fingerprints(Dataset<Row> valid, Settings settings, long n) {
    return valid.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            rows -> map(rows, r -> fingerprintRow(r, settings, n, null)),
        Encoders.row(FINGERPRINTS));
  }

  /**
   * Fingerprints again, without their boilerplate sentences, the articles of {@code affected}
   * ({@code ord, keys, id, text, format}: the boilerplate keys each holds).
   */
  static Dataset<Row> withoutBoilerplate(Dataset<Row> affected, Settings settings, long n) {
    return affected
        .select("ord", "id", "text", "format", "keys")
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>)
                rows ->
                    map(
                        rows,
                        r -> {
                          List<Long> keys = r.getList(4);
                          return fingerprintRow(r, settings, n, new HashSet<>(keys));
                        }),
            Encoders.row(FINGERPRINTS));
  }

  private static Row fingerprintRow(Row r, Settings settings, long n, Set<Long> boilerplate) {
    ExecutorStages stages = ExecutorStages.of(settings);
    long ord = r.getLong(0);
    Article article =
        Article.of(r.getString(1), r.getString(2)).withFormat(BodyFormat.valueOf(r.getString(3)));
    Fingerprint f;
    List<Long> sentences = new ArrayList<>();
    if (boilerplate != null) {
      f =
          stages.boilerplate.fingerprintWithout(
              article, h -> boilerplate.contains(BoilerplateSentences.batchKey(h, n)));
    } else if (settings.boilerplate()) {
      f =
          stages.boilerplate.fingerprint(
              article, h -> sentences.add(BoilerplateSentences.batchKey(h, n)));
    } else {
      f = stages.detector.fingerprint(article);
    }
    if (!settings.exactVerification()) {
      f = f.withoutShingles(); // as the batch detector keeps it in estimate mode
    }
    long mask = idMask(n);
    Long[] bandKeys = new Long[0];
    Long[] sampleKeys = new Long[0];
    long[] sample = f.sample();
    if (f.shingleCount() > 0) {
      int[] signature = f.signature().toIntArray();
      bandKeys = new Long[stages.bands.bands()];
      for (int b = 0; b < bandKeys.length; b++) {
        bandKeys[b] = stages.bands.bandKey(signature, b) & ~mask;
      }
      sampleKeys = new Long[sample.length];
      for (int s = 0; s < sample.length; s++) {
        sampleKeys[s] = Hashes.fmix64(sample[s]) & ~mask;
      }
    }
    Long[] boxed = sentences.toArray(Long[]::new);
    return RowFactory.create(
        ord, f.id(), f.shingleCount(), f.toBytes(), bandKeys, sampleKeys, sample.length, boxed);
  }

  /**
   * Verifies the candidate pairs ({@code i, j}) with both fingerprints ({@code ord, fp}) joined to
   * each pair; returns the accepted pairs as {@link #VERIFIED} rows.
   */
  static Dataset<Row> verify(
      Dataset<Row> candidates, Dataset<Row> fingerprints, Settings settings) {
    Dataset<Row> a = fingerprints.select(col("ord").as("i"), col("fp").as("fpI"));
    Dataset<Row> b = fingerprints.select(col("ord").as("j"), col("fp").as("fpJ"));
    Dataset<Row> joined = candidates.join(a, "i").join(b, "j").select("i", "j", "fpI", "fpJ");
    return joined.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            rows -> {
              ExecutorStages stages = ExecutorStages.of(settings);
              List<Row> out = new ArrayList<>();
              while (rows.hasNext()) {
                Row r = rows.next();
                Fingerprint fi = Fingerprint.fromBytes((byte[]) r.get(2));
                Fingerprint fj = Fingerprint.fromBytes((byte[]) r.get(3));
                Optional<Match> m = stages.detector.verify(fi, fj);
                if (m.isPresent()) {
                  Match match = m.get();
                  out.add(
                      RowFactory.create(
                          r.getLong(0),
                          r.getLong(1),
                          fi.id(),
                          fj.id(),
                          match.similarity().jaccard(),
                          match.similarity().containment(),
                          match.rule().name(),
                          match.score()));
                }
              }
              return out.iterator();
            },
        Encoders.row(VERIFIED));
  }

  /** A lazy per-row mapping of a partition. */
  static Iterator<Row> map(Iterator<Row> rows, MapFunction<Row, Row> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        try {
          return f.call(rows.next());
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }
}
