/**
 * The persistent duplicate index on a Lucene directory: LSH band keys are indexed terms,
 * containment-sample hashes points, fingerprints and explanatory fields are stored, and the
 * configuration is recorded in the commit metadata. Use it through {@link
 * io.github.newsdedup.index.DedupIndex}; the Lucene implementation beside it is package-private.
 */
package io.github.newsdedup.index;
