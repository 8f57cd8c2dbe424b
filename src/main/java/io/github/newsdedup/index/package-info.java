/**
 * The persistent duplicate index on a Lucene directory: LSH band keys and containment-sample hashes
 * are indexed terms, fingerprints and explanatory fields are stored, and the configuration is
 * recorded in the commit metadata. Use it through {@link io.github.newsdedup.index.DedupIndex}.
 */
package io.github.newsdedup.index;
