/**
 * Array-level sketch kernels (MinHash binning and densification) shared by the public {@code
 * minhash} building blocks and the detector's hot path. Not API: may change without notice.
 */
package io.github.newsdedup.internal.sketch;
