/**
 * The HTML review report of {@code group} and {@code index groups}: one self-contained file with
 * the summary, the groups and, per member, its text beside the representative's with the shared
 * passages highlighted. Not API.
 */
package io.github.newsdedup.cli.report;
