package io.github.newsdedup.index;

import java.io.IOException;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.PointsFormat;
import org.apache.lucene.codecs.PointsReader;
import org.apache.lucene.codecs.PointsWriter;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilterFactory;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.bloom.FuzzySet;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;
import org.apache.lucene.codecs.lucene90.Lucene90PointsReader;
import org.apache.lucene.codecs.lucene90.Lucene90PointsWriter;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.util.bkd.BKDWriter;

/**
 * The codec the index writes with: the default codec with small leaves in the points tree (Lucene's
 * default is 512 points), because a sample lookup decodes a whole leaf for each hash it looks up
 * in a segment, and a Bloom filter in front of the band and id terms ({@link KeyTermsCodec}). It
 * keeps the default codec's name, so that reading needs no special codec: the points reader takes
 * the leaf size from the file, and the per-field postings format is found by name.
 */
final class IndexCodec extends FilterCodec {
  /** Points in a leaf of the points tree. */
  static final int POINTS_PER_LEAF = 32;

  private final PointsFormat points =
      new PointsFormat() {
        @Override
        public PointsWriter fieldsWriter(SegmentWriteState state) throws IOException {
          return new Lucene90PointsWriter(
              state, POINTS_PER_LEAF, BKDWriter.DEFAULT_MAX_MB_SORT_IN_HEAP);
        }

        @Override
        public PointsReader fieldsReader(SegmentReadState state) throws IOException {
          return new Lucene90PointsReader(state);
        }
      };

  IndexCodec() {
    super(Codec.getDefault().getName(), new KeyTermsCodec());
  }

  @Override
  public PointsFormat pointsFormat() {
    return points;
  }

  /**
   * The default codec of the Lucene on the class path, with a Bloom filter in front of the band and
   * id terms: almost every lookup is for a key that a segment does not hold, and without the filter
   * each such lookup loads a terms block (measured: lookups were most of the time of an add at
   * 100,000 articles). It names no version-specific class, so any Lucene 9.x from 9.8 runs it.
   */
  private static final class KeyTermsCodec extends FilterCodec {
    private final PostingsFormat postings;

    KeyTermsCodec() {
      super(Codec.getDefault().getName(), Codec.getDefault());
      PerFieldPostingsFormat defaults = (PerFieldPostingsFormat) delegate.postingsFormat();
      PostingsFormat keys =
          new BloomFilteringPostingsFormat(
              defaults.getPostingsFormatForField(IndexSchema.ID), new KeyBloomFactory());
      this.postings =
          new PerFieldPostingsFormat() {
            @Override
            public PostingsFormat getPostingsFormatForField(String field) {
              return field.equals(IndexSchema.BAND) || field.equals(IndexSchema.ID)
                  ? keys
                  : defaults.getPostingsFormatForField(field);
            }
          };
    }

    @Override
    public PostingsFormat postingsFormat() {
      return postings;
    }
  }

  /** Sizes each segment's filter for about 100 key terms a document at 2 % false positives. */
  private static final class KeyBloomFactory extends BloomFilterFactory {
    static final int TERMS_PER_DOC = 100;

    @Override
    public FuzzySet getSetForField(SegmentWriteState state, FieldInfo info) {
      long values = Math.max(1024, (long) state.segmentInfo.maxDoc() * TERMS_PER_DOC);
      return FuzzySet.createOptimalSet((int) Math.min(Integer.MAX_VALUE / 16, values), 0.02f);
    }

    @Override
    public boolean isSaturated(FuzzySet set, FieldInfo info) {
      return set.getSaturation() > 0.9f;
    }
  }
}
