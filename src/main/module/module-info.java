/**
 * news-dedup: near-duplicate detection and grouping for news articles.
 *
 * <p>Exports only the API packages: the batch API ({@code io.github.newsdedup}), the persistent
 * index, the readers and the two documented building blocks ({@code text}, {@code minhash}).
 * {@code io.github.newsdedup.internal.*} and the command line ({@code io.github.newsdedup.cli}) are
 * not API and stay inside the module.
 */
module io.github.newsdedup {
  // Word segmentation, HTML stripping, folding and the persistent index (store, Bloom postings).
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.codecs;
  // Entity unescaping.
  requires org.apache.commons.text;
  // The CLI quiets Lucene's java.util.logging notices.
  requires java.logging;

  exports io.github.newsdedup;
  exports io.github.newsdedup.index;
  exports io.github.newsdedup.io;
  exports io.github.newsdedup.minhash;
  exports io.github.newsdedup.text;
}
