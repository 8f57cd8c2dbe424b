package io.github.newsdedup.text;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/**
 * {@code HTMLStripCharFilter} with the same output, faster on pages that are mostly text: the
 * filter reads a char at a time through a scanner, so each long run of text is handed to it as one
 * marker char (from the private use area) and put back in its output.
 *
 * <p>Why the output is the same: a run starts right after a {@code '>'} and holds none of {@code <
 * > & " ' \ - ]}. In every state of the filter such chars are matched one by one by rules that
 * treat them and the marker alike: text outside markup (copied to the output), inside script,
 * style, comments and CDATA (dropped or copied), and inside quoted attribute values and server-side
 * includes (the only places a tag goes on past a {@code '>'}); no rule looks for a token that
 * starts inside the run or spans its ends ({@code -->} and {@code ]]>} need a {@code -} or {@code
 * ]}, the others a {@code <}, {@code &} or quote). A marker is copied to the output exactly when
 * its run would have been, so each marker in the output is replaced by its run. Pages with private
 * use chars or numeric character references (which could decode to one) are left to the plain
 * filter.
 */
final class MarkedHtmlStripper {
  private MarkedHtmlStripper() {}

  /** Runs of text at least this long are handed to the filter as one marker char. */
  static final int MIN_MARKED_RUN = 8;

  private static final char FIRST_MARKER = '\uE000';
  private static final char LAST_MARKER = '\uF8FF';

  /**
   * Whether a char ends a run of text that may be marked: {@code < > & " ' \ - ]}, and the range
   * U+D800 to U+F8FF (surrogates and the private use area, the markers), for every char so that the
   * scan needs no range check.
   */
  private static final boolean[] ENDS_MARKED_RUN = new boolean[0x10000];

  static {
    for (char c : "<>&\"'\\-]".toCharArray()) {
      ENDS_MARKED_RUN[c] = true;
    }
    Arrays.fill(ENDS_MARKED_RUN, 0xD800, LAST_MARKER + 1, true);
  }

  /**
   * Strips {@code body}, whose chars are {@code in[0, n)}, into {@code scratch.input} and sets
   * {@code scratch.inputHasAmpersand}; returns the length, or -1 when the page has no run to mark
   * or cannot be marked (then nothing is written).
   */
  static int strip(String body, char[] in, int n, ContentText scratch) {
    if (body.indexOf("&#") >= 0) {
      return -1;
    }
    int m = mark(in, n, scratch);
    return m < 0 ? -1 : filterAndUnmark(in, n, m, scratch);
  }

  /**
   * Copies {@code in[0, n)} to {@code scratch.htmlMarked} with each long run replaced by a marker,
   * the runs' bounds in {@code scratch.htmlRuns}; returns the marked length, or -1 if there is no
   * run or the page has a private use char.
   */
  private static int mark(char[] in, int n, ContentText scratch) {
    char[] marked = scratch.htmlMarked = ContentText.atLeast(scratch.htmlMarked, n);
    int[] runs = scratch.htmlRuns; // start and end of each marked run
    int count = 0;
    int m = 0;
    for (int i = 0; i < n; ) {
      char c = in[i++];
      marked[m++] = c;
      if (c == '>') {
        int end = i;
        while (end < n && !ENDS_MARKED_RUN[in[end]]) {
          end++;
        }
        if (end - i >= MIN_MARKED_RUN && count <= LAST_MARKER - FIRST_MARKER) {
          if (2 * count + 2 > runs.length) {
            runs = scratch.htmlRuns = Arrays.copyOf(runs, runs.length * 2);
          }
          runs[2 * count] = i;
          runs[2 * count + 1] = end;
          marked[m++] = (char) (FIRST_MARKER + count);
          count++;
          i = end;
        }
      } else if (isMarker(c)) {
        return -1;
      }
    }
    return count == 0 ? -1 : m;
  }

  /**
   * Runs the filter over {@code scratch.htmlMarked[0, m)} into {@code scratch.input}, each marker
   * replaced by its run of {@code in} (the page, {@code n} chars); returns the length.
   */
  private static int filterAndUnmark(char[] in, int n, int m, ContentText scratch) {
    char[] out = scratch.input(n + 16);
    int[] runs = scratch.htmlRuns;
    boolean ampersand = false;
    char[] buf = scratch.htmlBuf;
    int w = 0;
    try (HTMLStripCharFilter filter =
        new HTMLStripCharFilter(new CharArrayReader(scratch.htmlMarked, 0, m))) {
      int read;
      while ((read = filter.read(buf)) > 0) {
        out = ensure(scratch, out, w + read);
        for (int i = 0; i < read; i++) {
          char c = buf[i];
          if (isMarker(c)) {
            int r = c - FIRST_MARKER;
            int length = runs[2 * r + 1] - runs[2 * r];
            out = ensure(scratch, out, w + length + read);
            System.arraycopy(in, runs[2 * r], out, w, length);
            w += length;
          } else {
            ampersand |= c == '&'; // (a marked run has none)
            out[w++] = c;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen reading an array", e);
    }
    scratch.inputHasAmpersand = ampersand;
    return w;
  }

  /** {@code out}, or {@code scratch.input} grown (contents kept) when shorter than {@code n}. */
  private static char[] ensure(ContentText scratch, char[] out, int n) {
    if (n <= out.length) {
      return out;
    }
    return scratch.input = Arrays.copyOf(out, Math.max(2 * out.length, n));
  }

  private static boolean isMarker(char c) {
    return c >= FIRST_MARKER && c <= LAST_MARKER;
  }
}
