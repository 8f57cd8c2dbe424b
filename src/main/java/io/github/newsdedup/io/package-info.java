/**
 * Readers that turn files and folders ({@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl})
 * into {@link io.github.newsdedup.Article}s. A bad input (empty, binary, invalid UTF-8, too large,
 * malformed line, duplicate id, unreadable) is skipped and reported with its path, line and reason;
 * everything else is still read.
 */
package io.github.newsdedup.io;
