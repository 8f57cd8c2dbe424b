package io.github.newsdedup.bench;

import java.util.Arrays;

/**
 * A minimal growable char buffer for the corpus generator: unlike {@code StringBuilder} it never
 * switches between Latin-1 and UTF-16 storage, which made appending words to text with typographic
 * quotes the generator's main cost.
 */
final class Chars implements CharSequence {
  private char[] buf;
  private int len;

  Chars(int capacity) {
    buf = new char[Math.max(16, capacity)];
  }

  private void ensure(int extra) {
    if (len + extra > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }
  }

  Chars append(char c) {
    ensure(1);
    buf[len++] = c;
    return this;
  }

  Chars append(String s) {
    int n = s.length();
    ensure(n);
    s.getChars(0, n, buf, len);
    len += n;
    return this;
  }

  Chars append(CharSequence s) {
    if (s instanceof Chars c) {
      ensure(c.len);
      System.arraycopy(c.buf, 0, buf, len, c.len);
      len += c.len;
      return this;
    }
    return append(s.toString());
  }

  Chars append(String s, int start, int end) {
    ensure(end - start);
    s.getChars(start, end, buf, len);
    len += end - start;
    return this;
  }

  Chars append(int v) {
    return append(Integer.toString(v));
  }

  void setLength(int n) {
    len = n;
  }

  @Override
  public int length() {
    return len;
  }

  @Override
  public char charAt(int index) {
    return buf[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(buf, start, end - start);
  }

  @Override
  public String toString() {
    return new String(buf, 0, len);
  }
}
