/**
 * Code shared between news-dedup's packages that is not API: it may change without notice. Do not
 * depend on it from outside the library.
 */
package io.github.newsdedup.internal;
