package io.github.newsdedup.index;

import io.github.newsdedup.Fingerprint;
import io.github.newsdedup.Match;

/**
 * A verified match of an article being added or matched, with what is needed to report it.
 *
 * @param fingerprint the stored side's fingerprint
 * @param title the stored side's title, {@code ""} if none
 * @param source the stored side's source, {@code ""} if none
 * @param match the verified match
 * @param origin the overlay entry it was found in, or {@code null} if found in a segment
 */
record FoundMatch(
    Fingerprint fingerprint, String title, String source, Match match, PreparedArticle origin) {}
