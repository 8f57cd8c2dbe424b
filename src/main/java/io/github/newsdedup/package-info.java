/**
 * news-dedup: find copies of news articles. Start with {@link
 * io.github.newsdedup.NearDuplicateDetector#builder()}; for a stream of articles that never stops,
 * use {@link io.github.newsdedup.index.DedupIndex}.
 *
 * <h2>Glossary</h2>
 *
 * <dl>
 *   <dt>shingle
 *   <dd>k consecutive words of the normalized text (k = 5 by default), hashed to 64 bits.
 *   <dt>signature
 *   <dd>a MinHash sketch of an article's shingle set: 128 values whose agreement rate with another
 *       signature estimates the Jaccard resemblance.
 *   <dt>band / row
 *   <dd>LSH cuts the signature into bands of rows values; two articles whose values agree in a
 *       whole band become candidates.
 *   <dt>resemblance
 *   <dd>Jaccard similarity of two shingle sets, |A ∩ B| / |A ∪ B|: high for edited copies.
 *   <dt>containment
 *   <dd>the share of the shorter article's shingles found in the longer, |S ∩ L| / |S|: high for a
 *       copy inside a longer page (article plus comments), even when resemblance is low.
 *   <dt>alignment
 *   <dd>the share of the shorter article's words that align in order with the longer one,
 *       tolerating isolated changed words: high for OCR-noisy copies.
 *   <dt>candidate
 *   <dd>a pair found by LSH banding or the containment sample, not yet checked.
 *   <dt>verified match
 *   <dd>a candidate whose resemblance, containment or alignment reached its threshold.
 *   <dt>representative
 *   <dd>the article a group is built around: the one with the most verified matches, then the most
 *       complete copy; every member matches it directly.
 * </dl>
 */
package io.github.newsdedup;
