package io.github.newsdedup.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Reads stored articles back from a reader: an id's live document, all live ids, and the stored
 * description of one article. Stored fingerprints are read by {@link StoredFingerprints}.
 */
final class StoredArticles {
  private StoredArticles() {}

  /** Returns the live top-level doc id of {@code id} in {@code reader}, or -1. */
  static int liveDoc(IndexReader reader, String id) throws IOException {
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext ctx : reader.leaves()) {
      Terms terms = ctx.reader().terms(IndexSchema.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = ctx.reader().getLiveDocs();
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (live == null || live.get(d)) {
          return ctx.docBase + d;
        }
      }
    }
    return -1;
  }

  /** Returns the ids of the live documents, sorted. */
  static List<String> ids(IndexReader reader) throws IOException {
    List<String> ids = new ArrayList<>();
    PostingsEnum pe = null;
    for (LeafReaderContext ctx : reader.leaves()) {
      Terms terms = ctx.reader().terms(IndexSchema.ID);
      if (terms == null) {
        continue;
      }
      Bits live = ctx.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        pe = te.postings(pe, PostingsEnum.NONE);
        for (int d = pe.nextDoc(); d != PostingsEnum.NO_MORE_DOCS; d = pe.nextDoc()) {
          if (live == null || live.get(d)) {
            ids.add(t.utf8ToString());
            break;
          }
        }
      }
    }
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  /** Returns the stored description of article {@code id}, stored as top-level doc {@code doc}. */
  static IndexedArticle describe(IndexReader reader, int doc, String id) throws IOException {
    Document d = reader.storedFields().document(doc);
    LeafReaderContext ctx = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    NumericDocValues meta = ctx.reader().getNumericDocValues(IndexSchema.META);
    if (meta == null || !meta.advanceExact(doc - ctx.docBase)) {
      throw new IOException("corrupt index: article " + id + " has no shingle count");
    }
    IndexableField published = d.getField(IndexSchema.PUBLISHED);
    return new IndexedArticle(
        id,
        IndexSchema.orEmpty(d.get(IndexSchema.TITLE)),
        IndexSchema.orEmpty(d.get(IndexSchema.SOURCE)),
        published == null
            ? Optional.empty()
            : Optional.of(Instant.ofEpochMilli(published.numericValue().longValue())),
        Instant.ofEpochMilli(d.getField(IndexSchema.ADDED).numericValue().longValue()),
        IndexSchema.shingleCount(meta.longValue()));
  }
}
