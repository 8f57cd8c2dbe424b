package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.SplittableRandom;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SegmentSampleFilterTest {
  @Test
  void mightHold_everyIndexedHash_isTrueAndMostOthersFalse() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    long[] held = new long[20_000];
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int d = 0; d < held.length / 50; d++) {
        Document doc = new Document();
        for (int i = 0; i < 50; i++) {
          held[d * 50 + i] = random.nextLong();
          doc.add(new LongPoint("s", held[d * 50 + i]));
        }
        w.addDocument(doc);
      }
      w.forceMerge(1);
      try (DirectoryReader r = DirectoryReader.open(w)) {
        LeafReader leaf = r.leaves().get(0).reader();
        SegmentSampleFilter f = SegmentSampleFilter.of(leaf, "s");
        assertSame(f, SegmentSampleFilter.of(leaf, "s"));
        assertNull(SegmentSampleFilter.of(leaf, "other"));
        for (long h : held) {
          assertTrue(f.mightHold(h), Long.toString(h));
        }
        int falsePositives = 0;
        for (int i = 0; i < 10_000; i++) {
          if (f.mightHold(random.nextLong())) {
            falsePositives++;
          }
        }
        assertTrue(falsePositives < 1_000, falsePositives + " false positives in 10,000");
      }
    }
  }
}
