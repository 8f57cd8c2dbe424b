/**
 * Word tokenization (Unicode UAX#29) and seeded 64-bit hashing of tokens and word shingles, without
 * building shingle strings. Building blocks used by the detector.
 */
package io.github.newsdedup.internal.shingle;
