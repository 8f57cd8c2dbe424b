/**
 * Measuring grouping accuracy against labels: one evaluation run ({@link
 * io.github.newsdedup.cli.evaluation.Evaluation}), threshold sweeps ({@link
 * io.github.newsdedup.cli.evaluation.Sweep}), clustering metrics (pairwise and B-cubed precision,
 * recall and F1, Adjusted Rand Index) and readers for the tab-separated label files of an
 * evaluation set. Used by the {@code evaluate} command, which only parses and prints, and by
 * regression tests.
 */
package io.github.newsdedup.cli.evaluation;
