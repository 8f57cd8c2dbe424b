package io.github.newsdedup.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.NumericEntityUnescaper;

/**
 * HTML character references, decoded the same way in plain-text and HTML bodies and in page
 * metadata: numeric references and the HTML 4 names as Commons Text decodes them, and every other
 * HTML5 name of the WHATWG list ({@code &check;}, {@code &apos;}, ...) from the table {@value
 * #TABLE}. Only names with their semicolon are references: "AT&T" and "R&D" stay as they are.
 */
final class Entities {
  private Entities() {}

  /** The HTML5 names, a resource beside this class: name, tab, code points in hex. */
  static final String TABLE = "html5-entities.tsv";

  /** The longest name (the longest HTML5 name has 31 chars). */
  private static final int MAX_NAME = 32;

  /** The names, built on first use (most texts have no reference). */
  private static final class Names {
    /** Each name and its text: the HTML5 table, with Commons Text's HTML 4 values over it. */
    static final Map<String, String> ALL = allNames();
  }

  private static final CharSequenceTranslator NUMERIC = new NumericEntityUnescaper();

  /** Returns {@code text} with its character references decoded (the same instance if none). */
  static String decode(String text) {
    return mayHaveEntity(text) ? translate(text) : text;
  }

  /**
   * Decodes the character references of {@code text} in one pass, without the {@link
   * #mayHaveEntity} check: the output of Commons Text's {@code unescapeHtml4} followed, at each
   * place it leaves, by a lookup of the other HTML5 names. Only the ampersands are looked at.
   */
  static String translate(String text) {
    int n = text.length();
    StringWriter out = null;
    int copied = 0; // text[0, copied) is decoded into out
    int i = text.indexOf('&');
    while (i >= 0 && i + 1 < n) {
      int consumed;
      String value = null;
      if (text.charAt(i + 1) == '#') {
        out = flush(text, copied, i, out);
        copied = i;
        consumed = numeric(text, i, out);
      } else {
        int j = i + 1;
        while (j < n && j <= i + MAX_NAME && isAsciiLetterOrDigit(text.charAt(j))) {
          j++;
        }
        if (j > i + 1 && j < n && text.charAt(j) == ';') {
          value = Names.ALL.get(text.substring(i + 1, j));
        }
        consumed = value == null ? 0 : j + 1 - i;
      }
      if (value != null) {
        out = flush(text, copied, i, out);
        out.write(value);
      }
      if (consumed > 0) {
        copied = i + consumed;
      }
      i = text.indexOf('&', i + Math.max(consumed, 1));
    }
    if (out == null) {
      return text;
    }
    out.write(text, copied, n - copied);
    return out.toString();
  }

  /** Writes {@code text[from, to)} to {@code out}, created on first use; returns it. */
  private static StringWriter flush(String text, int from, int to, StringWriter out) {
    if (out == null) {
      out = new StringWriter(text.length());
    }
    out.write(text, from, to - from);
    return out;
  }

  /** Decodes the numeric reference at {@code text[i]} into {@code out}; returns the chars read. */
  private static int numeric(String text, int i, StringWriter out) {
    try {
      return NUMERIC.translate(text, i, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen writing to a string", e);
    }
  }

  /**
   * Returns whether {@code s} may hold a character reference: {@code &name;} with an alphanumeric
   * name of at most {@value #MAX_NAME} chars, or numeric ({@code &#...}). A plain "Marks & Spencer"
   * then skips the (slow) decoder; the output is the same.
   */
  static boolean mayHaveEntity(String s) {
    int n = s.length();
    for (int i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
      if (i + 1 < n && s.charAt(i + 1) == '#') {
        return true;
      }
      int j = i + 1;
      while (j < n && j <= i + MAX_NAME && isAsciiLetterOrDigit(s.charAt(j))) {
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

  /** The HTML5 names of {@value #TABLE} and the text each stands for. */
  static Map<String, String> html5Names() {
    Map<String, String> names = new HashMap<>();
    try (InputStream in = Entities.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TABLE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        StringBuilder value = new StringBuilder();
        for (String hex : line.substring(tab + 1).split(" ")) {
          value.appendCodePoint(Integer.parseInt(hex, 16));
        }
        names.put(line.substring(0, tab), value.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + TABLE, e);
    }
    return names;
  }

  private static Map<String, String> allNames() {
    Map<String, String> names = html5Names();
    for (Map<CharSequence, CharSequence> html4 :
        List.of(
            EntityArrays.BASIC_UNESCAPE,
            EntityArrays.ISO8859_1_UNESCAPE,
            EntityArrays.HTML40_EXTENDED_UNESCAPE)) {
      html4.forEach(
          (reference, value) -> {
            String name = reference.toString();
            names.put(name.substring(1, name.length() - 1), value.toString());
          });
    }
    return names;
  }
}
