/**
 * The one JSON writer of news-dedup's outputs (CLI results, evaluation, benchmark reports). Not
 * API: it may change without notice.
 */
package io.github.newsdedup.internal.json;
