package io.github.newsdedup.index;

import io.github.newsdedup.Fingerprint;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the serialized fingerprints (binary doc values) of one reader's documents by top-level doc
 * id, in any order: doc values are read forward, so a leaf's iterator is reopened when a lookup
 * goes back. Not thread-safe; one per thread.
 */
final class StoredFingerprints {
  private final List<LeafReaderContext> leaves;
  private final BinaryDocValues[] values;

  StoredFingerprints(IndexReader reader) {
    this.leaves = reader.leaves();
    this.values = new BinaryDocValues[leaves.size()];
  }

  /** Returns the serialized fingerprint of {@code doc}, valid until the next call. */
  private BytesRef bytes(int doc) throws IOException {
    int l = ReaderUtil.subIndex(doc, leaves);
    LeafReaderContext ctx = leaves.get(l);
    int d = doc - ctx.docBase;
    BinaryDocValues v = values[l];
    if (v == null || v.docID() > d) {
      v = ctx.reader().getBinaryDocValues(IndexSchema.FINGERPRINT);
      values[l] = v;
    }
    if (v == null || !v.advanceExact(d)) {
      throw new IOException(
          "corrupt index: document " + doc + " has no stored fingerprint; rebuild the index");
    }
    return v.binaryValue();
  }

  /** Returns the fingerprint of {@code doc}. */
  Fingerprint fingerprint(int doc) throws IOException {
    BytesRef b = bytes(doc);
    return Fingerprint.fromBytes(b.bytes, b.offset, b.length);
  }
}
