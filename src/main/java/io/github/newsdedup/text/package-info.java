/**
 * Text normalization: Unicode, HTML entities and tags, typographic punctuation, case and
 * diacritics, and the page-chrome rules that keep headers, menus, ads and share rows out of the
 * shingles. Building blocks; most users only configure the detector.
 */
package io.github.newsdedup.text;
