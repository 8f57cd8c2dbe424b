/**
 * Candidate search: LSH banding of MinHash signatures for resemblance, and a content-defined
 * shingle sample index for containment, both without comparing all pairs.
 */
package io.github.newsdedup.internal.lsh;
