package io.github.newsdedup.index;

/**
 * Which of an article's band keys and sample hashes this session's {@link KeyFilter} may hold, by
 * position: the others are in no segment written since opening and not in the overlay, so they
 * are not looked up there.
 *
 * @param band per band key
 * @param sample per sample hash
 */
record KeyHints(boolean[] band, boolean[] sample) {}
