package io.github.newsdedup.text;

import java.util.Arrays;
import java.util.List;

/**
 * A reusable buffer holding an article's normalized content units joined by {@code '\n'}: the
 * output of {@link TextNormalizer#contentText(String, boolean, ContentText)}, read by the tokenizer
 * straight from {@link #chars()}, so the hot path builds no string per line, unit or article.
 *
 * <p>Mutable and not thread-safe: use one instance per thread; each call of {@code contentText}
 * overwrites it.
 */
public final class ContentText {
  char[] chars = new char[4096];
  int length;
  boolean ascii = true;

  /** Scratch copy of the input chars, kept between calls. */
  char[] input = new char[4096];

  /** Scratch buffers of the HTML strip, kept between calls. */
  char[] htmlIn = new char[0];

  char[] htmlMarked = new char[0];
  char[] htmlBuf = new char[4096];
  int[] htmlRuns = new int[64];

  /** Whether the HTML strip left an {@code '&'} in {@link #input}. */
  boolean inputHasAmpersand;

  /** One char to fold, for the fused pass. */
  final char[] oneChar = new char[1];

  /** Creates an empty buffer. */
  public ContentText() {}

  /**
   * Returns the buffer (not a copy; valid up to {@link #length()} until the next fill).
   *
   * @return the chars
   */
  public char[] chars() {
    return chars;
  }

  /**
   * Returns the number of valid chars.
   *
   * @return the length
   */
  public int length() {
    return length;
  }

  /**
   * Returns whether every char is known to be ASCII; {@code false} means it may not be.
   *
   * @return {@code true} if the text is ASCII
   */
  public boolean isAscii() {
    return ascii;
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  /** Returns {@link #input}, grown to at least {@code n} chars (its chars then lost). */
  char[] input(int n) {
    if (input.length < n) {
      input = new char[Math.max(n, input.length * 2)];
    }
    return input;
  }

  /** Copies {@code text} into {@link #input}; returns its length. */
  int load(String text) {
    int n = text.length();
    text.getChars(0, n, input(n), 0);
    return n;
  }

  char[] output(int capacity) {
    if (chars.length < capacity) {
      chars = new char[Math.max(capacity, chars.length * 2)];
    }
    return chars;
  }

  /** Fills the buffer with {@code units} joined by {@code '\n'} (the general path). */
  void set(List<String> units) {
    int n = Math.max(0, units.size() - 1);
    for (String u : units) {
      n += u.length();
    }
    char[] out = output(n);
    int w = 0;
    boolean onlyAscii = true;
    for (String u : units) {
      if (w > 0) {
        out[w++] = '\n';
      }
      u.getChars(0, u.length(), out, w);
      for (int i = w, end = w + u.length(); i < end; i++) {
        if (out[i] >= 0x80) {
          onlyAscii = false;
          break;
        }
      }
      w += u.length();
    }
    length = w;
    ascii = onlyAscii;
  }

  /** Returns {@code a}, or a new array if it is shorter than {@code n}. */
  static char[] atLeast(char[] a, int n) {
    return a.length >= n ? a : new char[Math.max(n, a.length * 2)];
  }

  /** Grows the output to at least {@code capacity}, keeping its chars. */
  char[] grow(int capacity) {
    chars = Arrays.copyOf(chars, Math.max(capacity, chars.length * 2));
    return chars;
  }
}
