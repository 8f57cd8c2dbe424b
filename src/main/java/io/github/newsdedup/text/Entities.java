package io.github.newsdedup.text;

import org.apache.commons.text.StringEscapeUtils;

/** HTML character references, decoded the same way in article bodies and in page metadata. */
final class Entities {
  private Entities() {}

  /** Returns {@code text} with its character references decoded (the same instance if none). */
  static String decode(String text) {
    if (mayHaveEntity(text)) {
      text = StringEscapeUtils.unescapeHtml4(text);
    }
    return text;
  }

  /**
   * Returns whether {@code s} may hold an HTML entity that {@code unescapeHtml4} decodes: every
   * entity it knows is {@code &name;} with an alphanumeric name, or numeric ({@code &#...}). A
   * plain "Marks & Spencer" then skips the (slow) unescaper; the output is the same.
   */
  static boolean mayHaveEntity(String s) {
    int n = s.length();
    for (int i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
      if (i + 1 < n && s.charAt(i + 1) == '#') {
        return true;
      }
      int j = i + 1;
      while (j < n && j <= i + 32 && isAsciiLetterOrDigit(s.charAt(j))) {
        j++;
      }
      if (j > i + 1 && j < n && s.charAt(j) == ';') {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
