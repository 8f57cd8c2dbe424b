/**
 * MinHash signatures (one-permutation hashing with optimal densification) and the versioned {@link
 * io.github.newsdedup.minhash.HashScheme} that every persisted fingerprint records.
 */
package io.github.newsdedup.minhash;
