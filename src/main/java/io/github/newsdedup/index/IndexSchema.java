package io.github.newsdedup.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * The layout of an article's Lucene document, the one place that knows it: its id (indexed,
 * stored), one {@value #BAND} term per LSH band key (8 bytes, big-endian), one {@value #SAMPLE}
 * long point per containment-sample hash, the serialized fingerprint as a binary doc value, title,
 * source and times (stored), the expiry time and an add sequence number as points, and shingle
 * count and sample size packed into one numeric doc value. Sample hashes are points rather than
 * terms and the fingerprint a doc value rather than a stored field because terms and stored-field
 * compression of random hashes were most of the cost of a commit and of an add.
 */
final class IndexSchema {
  private IndexSchema() {}

  static final String ID = "id";
  static final String BAND = "band";
  static final String SAMPLE = "sample";
  static final String FINGERPRINT = "fp";
  static final String TITLE = "title";
  static final String SOURCE = "source";
  static final String PUBLISHED = "published";
  static final String ADDED = "added";
  static final String TIME = "time";
  static final String META = "meta";
  static final String SEQUENCE = "seq";

  /** The stored fields read to report a match. */
  static final Set<String> TEXT_FIELDS = Set.of(TITLE, SOURCE);

  /** Returns the document of an article entered with sequence number {@code p.sequence}. */
  static Document document(PreparedArticle p) {
    Document doc = new Document();
    doc.add(new StringField(ID, p.id(), Field.Store.YES));
    for (long k : p.bandKeys) {
      doc.add(new StringField(BAND, new BytesRef(encode(k, new byte[8])), Field.Store.NO));
    }
    if (p.shingleCount > 0) {
      for (long h : p.sample) {
        doc.add(new LongPoint(SAMPLE, h));
      }
    }
    doc.add(new BinaryDocValuesField(FINGERPRINT, new BytesRef(p.bytes)));
    if (!p.title.isEmpty()) {
      doc.add(new StoredField(TITLE, p.title));
    }
    if (!p.source.isEmpty()) {
      doc.add(new StoredField(SOURCE, p.source));
    }
    if (p.published != null) {
      doc.add(new StoredField(PUBLISHED, p.published.toEpochMilli()));
    }
    doc.add(new StoredField(ADDED, p.added));
    long time = p.published != null ? p.published.toEpochMilli() : p.added;
    doc.add(new LongPoint(TIME, time));
    doc.add(new LongPoint(SEQUENCE, p.sequence));
    doc.add(new NumericDocValuesField(META, meta(p.shingleCount, p.sample.length)));
    return doc;
  }

  /** Writes {@code v} big-endian into {@code into}, the encoding of a band term. */
  static byte[] encode(long v, byte[] into) {
    for (int i = 7; i >= 0; i--) {
      into[i] = (byte) v;
      v >>>= 8;
    }
    return into;
  }

  /** Packs the {@value #META} doc value. */
  static long meta(int shingleCount, int sampleSize) {
    return ((long) shingleCount << 32) | sampleSize;
  }

  /** The shingle count of a {@value #META} doc value. */
  static int shingleCount(long meta) {
    return (int) (meta >>> 32);
  }

  /** The sample size of a {@value #META} doc value. */
  static int sampleSize(long meta) {
    return (int) meta;
  }

  /**
   * Returns the query for articles whose {@value #TIME} (publication, else addition) is before
   * {@code cutoff}; instants beyond the range of epoch milliseconds are clamped to it.
   */
  static Query olderThan(Instant cutoff) {
    long millis =
        cutoff.isBefore(Instant.ofEpochMilli(Long.MIN_VALUE + 1))
            ? Long.MIN_VALUE + 1
            : cutoff.isAfter(Instant.ofEpochMilli(Long.MAX_VALUE))
                ? Long.MAX_VALUE
                : cutoff.toEpochMilli();
    return LongPoint.newRangeQuery(TIME, Long.MIN_VALUE, millis - 1);
  }

  /** Returns the smallest sequence number in {@code leaf}, or -1 if it has none. */
  static long minSequence(LeafReader leaf) throws IOException {
    PointValues points = leaf.getPointValues(SEQUENCE);
    return points == null ? -1 : LongPoint.decodeDimension(points.getMinPackedValue(), 0);
  }

  /** Returns the largest sequence number in {@code leaf}, or -1 if it has none. */
  static long maxSequence(LeafReader leaf) throws IOException {
    PointValues points = leaf.getPointValues(SEQUENCE);
    return points == null ? -1 : LongPoint.decodeDimension(points.getMaxPackedValue(), 0);
  }

  /** Returns {@code s}, or {@code ""} for an absent stored field. */
  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
