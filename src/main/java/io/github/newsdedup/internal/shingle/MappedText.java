package io.github.newsdedup.internal.shingle;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/**
 * A text derived from an original text, with each of its chars mapped back to the range of original
 * chars it came from: what explaining a match needs to show shared passages in the article as it
 * was given. Immutable; the arrays never escape.
 */
public final class MappedText {
  private final String text;
  private final int[] starts;
  private final int[] ends;

  private MappedText(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * Returns {@code text} mapped to itself, char by char.
   *
   * @param text the original text
   * @return the identity mapping
   */
  public static MappedText identity(String text) {
    int n = text.length();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new MappedText(text, starts, ends);
  }

  /**
   * Returns a text with the given per-char original ranges.
   *
   * @param text the derived text
   * @param starts the first original char of each char
   * @param ends one past the last original char of each char
   * @return the mapped text
   * @throws IllegalArgumentException if the lengths differ or a range is empty or reversed
   */
  public static MappedText of(String text, int[] starts, int[] ends) {
    if (starts.length != text.length() || ends.length != text.length()) {
      throw new IllegalArgumentException(
          "need one range per char: "
              + text.length()
              + " chars, "
              + starts.length
              + " starts, "
              + ends.length
              + " ends");
    }
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] < 0 || ends[i] <= starts[i]) {
        throw new IllegalArgumentException(
            "char " + i + " has an empty range [" + starts[i] + ", " + ends[i] + ")");
      }
    }
    return new MappedText(text, starts.clone(), ends.clone());
  }

  /**
   * Strips HTML as the normalizer does (Lucene's {@code HTMLStripCharFilter}: tags, scripts, styles
   * and comments removed, block tags turned into line breaks, character references decoded),
   * keeping the filter's offset corrections: a decoded reference maps to the whole reference, a
   * kept char to itself, a line break made for a tag to the tag's first char.
   *
   * @param html the original HTML
   * @return the stripped text, mapped to {@code html}
   */
  public static MappedText stripHtml(String html) {
    try (HTMLStripCharFilter filter = new HTMLStripCharFilter(new StringReader(html))) {
      StringBuilder sb = new StringBuilder(html.length());
      char[] buf = new char[8192];
      int n;
      while ((n = filter.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
      String text = sb.toString();
      int len = text.length();
      int[] starts = new int[len];
      int[] ends = new int[len];
      for (int i = 0; i < len; i++) {
        starts[i] = filter.correctOffset(i);
      }
      int last = Math.max(0, html.length() - 1);
      for (int i = 0; i < len; i++) {
        int start = Math.min(starts[i], last);
        int next = i + 1 < len ? starts[i + 1] : filter.correctOffset(len);
        int end = start + 1;
        if (html.charAt(start) == '&' && next > start + 1) {
          // A decoded reference (the next char's start may lie past a tag too): up to its ';'.
          int j = start + 1;
          while (j < next && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '#')) {
            j++;
          }
          end = j < html.length() && html.charAt(j) == ';' ? j + 1 : j;
        }
        starts[i] = start;
        ends[i] = end;
      }
      return new MappedText(text, starts, ends);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen reading a string", e);
    }
  }

  /** Returns the derived text. */
  public String text() {
    return text;
  }

  /** Returns the number of chars of the derived text. */
  public int length() {
    return starts.length;
  }

  /** Returns the first original char that char {@code i} of the derived text came from. */
  public int start(int i) {
    return starts[i];
  }

  /** Returns one past the last original char that char {@code i} of the derived text came from. */
  public int end(int i) {
    return ends[i];
  }

  /**
   * Returns the original range covered by the derived chars {@code [from, to)}, as {@code {start,
   * end}}.
   *
   * @param from the first derived char
   * @param to one past the last derived char, greater than {@code from}
   * @return the original range
   */
  public int[] originalRange(int from, int to) {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (int i = from; i < to; i++) {
      start = Math.min(start, starts[i]);
      end = Math.max(end, ends[i]);
    }
    return new int[] {start, end};
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MappedText m
        && text.equals(m.text)
        && Arrays.equals(starts, m.starts)
        && Arrays.equals(ends, m.ends);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(starts);
  }

  @Override
  public String toString() {
    return "MappedText[length=" + text.length() + "]";
  }
}
