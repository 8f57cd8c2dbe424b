/** The command-line tool: argument parsing and printing only, no algorithms. Not API. */
package io.github.newsdedup.cli;
