/**
 * Measuring grouping accuracy against labels: clustering metrics (pairwise and B-cubed precision,
 * recall and F1, Adjusted Rand Index) and readers for the tab-separated label files of an
 * evaluation set. Used by the {@code evaluate} command and by regression tests.
 */
package io.github.newsdedup.cli.evaluation;
