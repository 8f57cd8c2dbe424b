package io.github.newsdedup.text;

import java.util.Arrays;
import java.util.Set;

/**
 * Strips the simple markup of most generated pages as {@code HTMLStripCharFilter} does, without the
 * filter (whose construction alone, a 32 KB buffer, costs more than stripping such a page).
 *
 * <p>Handled: text without {@code &} and surrogates (copied); start tags {@code <name>} and {@code
 * <name a="v" b-c="w">} with a lowercase name and attribute values without {@code " ' < > \ = &}
 * and surrogates; end tags {@code </name>}; {@code <script>...</script>} with no {@code <} or
 * surrogate inside. The filter does the same with them: an inline element's tags are removed, any
 * other tag becomes {@code '\n'} (a name starting with "br" matches its br rule, also {@code
 * '\n'}); a quoted attribute value can only run past the tag's {@code '>'} if it starts at a quote
 * after {@code =}, and every such quote here opens a value closed before it, so each tag ends at
 * its first {@code '>'}; a script element becomes {@code '\n'}, its content skipped up to the first
 * {@code </script>}, which the script state would only miss after a {@code <!--}. Names starting
 * with "script" (but the plain tag) or "style" enter other states: not handled.
 */
final class SimpleMarkupStripper {
  private SimpleMarkupStripper() {}

  /**
   * Inline elements of {@code HTMLStripCharFilter}: their tags are removed, the others replaced by
   * a line break.
   */
  private static final Set<String> INLINE_ELEMENTS =
      Set.of(
          "a",
          "b",
          "i",
          "q",
          "s",
          "u",
          "abbr",
          "acronym",
          "basefont",
          "bdo",
          "big",
          "cite",
          "code",
          "dfn",
          "em",
          "font",
          "img",
          "input",
          "kbd",
          "label",
          "samp",
          "select",
          "small",
          "span",
          "strike",
          "strong",
          "sub",
          "sup",
          "textarea",
          "tt",
          "var");

  /** {@link #INLINE_ELEMENTS} (at most 8 ASCII chars each) as {@link #packName} keys, sorted. */
  private static final long[] INLINE_KEYS =
      INLINE_ELEMENTS.stream()
          .mapToLong(e -> packName(e.toCharArray(), 0, e.length()))
          .sorted()
          .toArray();

  /** {@code '<'}, {@code '&'} and the surrogates, for every char. */
  private static final boolean[] STOPS_TEXT = new boolean[0x10000];

  static {
    STOPS_TEXT['<'] = true;
    STOPS_TEXT['&'] = true;
    Arrays.fill(STOPS_TEXT, Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1, true);
  }

  private static final String SCRIPT_END = "</script>";

  /**
   * Strips {@code in[0, n)} into {@code out} (at least {@code n} chars); returns the output length,
   * or -1 if the page has anything but the simple markup, to be stripped by the filter.
   */
  static int strip(char[] in, int n, char[] out) {
    int w = 0;
    int i = 0;
    while (i < n) {
      int stop = i;
      while (stop < n && !STOPS_TEXT[in[stop]]) {
        stop++;
      }
      System.arraycopy(in, i, out, w, stop - i); // text
      w += stop - i;
      i = stop;
      if (i == n) {
        break;
      }
      if (in[i] != '<') {
        return -1; // '&' or a surrogate
      }
      int j = i + 1;
      boolean endTag = j < n && in[j] == '/';
      if (endTag) {
        j++;
      }
      int nameStart = j;
      if (j == n || in[j] < 'a' || in[j] > 'z') {
        return -1;
      }
      while (j < n && ((in[j] >= 'a' && in[j] <= 'z') || (in[j] >= '0' && in[j] <= '9'))) {
        j++;
      }
      int nameEnd = j;
      if (!endTag) {
        j = skipAttributes(in, j, n);
      }
      if (j < 0 || j == n || in[j] != '>') {
        return -1;
      }
      if (!endTag
          && (Chars.startsWith(in, nameStart, nameEnd, "script")
              || Chars.startsWith(in, nameStart, nameEnd, "style"))) {
        if (nameEnd - nameStart != "script".length() || in[nameStart + 1] != 'c' || j != nameEnd) {
          return -1;
        }
        i = skipScript(in, j + 1, n);
        if (i < 0) {
          return -1;
        }
        out[w++] = '\n';
        continue;
      }
      if (!isInlineElement(in, nameStart, nameEnd)) {
        out[w++] = '\n';
      }
      i = j + 1;
    }
    return w;
  }

  /**
   * Skips the attributes {@code a="v" b-c="w"} of a start tag from {@code j}; returns where they
   * end, or -1 for an attribute that is not simple.
   */
  private static int skipAttributes(char[] in, int j, int n) {
    while (j < n && in[j] == ' ') {
      while (j < n && in[j] == ' ') {
        j++;
      }
      int attribute = j;
      while (j < n && ((in[j] >= 'a' && in[j] <= 'z') || in[j] == '-')) {
        j++;
      }
      if (j == attribute || j + 1 >= n || in[j] != '=' || in[j + 1] != '"') {
        return -1;
      }
      j += 2;
      while (j < n && isSimpleValueChar(in[j])) {
        j++;
      }
      if (j == n || in[j] != '"') {
        return -1;
      }
      j++;
    }
    return j;
  }

  /**
   * Skips a script's content from {@code k} and its end tag; returns the index after it, or -1 if
   * the content has a {@code <} or surrogate before {@code </script>}.
   */
  private static int skipScript(char[] in, int k, int n) {
    while (k < n && in[k] != '<' && !Character.isSurrogate(in[k])) {
      k++;
    }
    return Chars.startsWith(in, k, n, SCRIPT_END) ? k + SCRIPT_END.length() : -1;
  }

  /** The chars of an ASCII name of up to 8 chars in one long; -1 for a longer name. */
  private static long packName(char[] s, int from, int to) {
    if (to - from > 8) {
      return -1;
    }
    long key = 0;
    for (int i = from; i < to; i++) {
      key = key << 8 | s[i];
    }
    return key;
  }

  private static boolean isInlineElement(char[] s, int from, int to) {
    long key = packName(s, from, to);
    return key >= 0 && Arrays.binarySearch(INLINE_KEYS, key) >= 0;
  }

  private static boolean isSimpleValueChar(char c) {
    return c != '"'
        && c != '\''
        && c != '<'
        && c != '>'
        && c != '\\'
        && c != '='
        && c != '&'
        && !Character.isSurrogate(c);
  }
}
