package io.github.newsdedup.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The normalizer's reference path, one step after the other on whole strings: HTML stripped with
 * the filter, entities decoded, NFKC, the folds, then the line rules. {@link FusedNormalizer} gives
 * the same output in one pass; it falls back to {@link #keepContent} for text it leaves aside.
 */
final class ReferenceNormalizer {
  private ReferenceNormalizer() {}

  /** The character-level steps only (no line rules), keeping line breaks. */
  static String normalizeCharacters(String body, boolean html) {
    String text = html ? HtmlStripper.strip(body) : body;
    return CharFolding.fold(Nfkc.normalize(Entities.decode(text)));
  }

  /** The content units of a body: {@link #keepContent} of its normalized characters. */
  static List<String> contentUnits(String body, boolean html) {
    return keepContent(normalizeCharacters(body, html));
  }

  /**
   * Applies the line rules to character-normalized text: lines collapsed, re-wrapped lines joined
   * into units, and the units that are not content dropped.
   */
  static List<String> keepContent(String text) {
    List<String> units = new ArrayList<>();
    StringBuilder unit = new StringBuilder();
    boolean joinNext = false;
    int start = 0;
    int n = text.length();
    // Scanned as a char[]: String.charAt in these loops cost several times the work itself.
    char[] chars = text.toCharArray();
    char[] scratch = new char[n];
    while (start <= n) {
      int end = nextLineEnd(chars, start);
      String line = collapse(chars, start, end, scratch);
      start = end + 1;
      if (line.isEmpty()) {
        flush(unit, units);
        joinNext = false;
        continue;
      }
      if (!joinNext) {
        flush(unit, units);
      } else {
        unit.append(' ');
      }
      unit.append(line);
      joinNext = ChromeRules.joinsNextLine(line);
    }
    flush(unit, units);
    return units;
  }

  private static int nextLineEnd(char[] text, int from) {
    for (int i = from; i < text.length; i++) {
      if (Chars.isLineEnd(text[i])) {
        return i;
      }
    }
    return text.length;
  }

  private static void flush(StringBuilder unit, List<String> units) {
    if (unit.length() == 0) {
      return;
    }
    String u = unit.toString();
    unit.setLength(0);
    if (ChromeRules.isContent(u)) {
      units.add(u);
    }
  }

  /** Collapses whitespace runs of {@code text[from, to)} into single spaces, trimmed. */
  private static String collapse(char[] text, int from, int to, char[] out) {
    // Branch-light: every char is written, and only kept (w advances) when it is not whitespace;
    // a pending space is written in front of the next kept char. Same output as the plain loop.
    int w = 0;
    int pending = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      int ws = Chars.whitespaceBit(c);
      int emitSpace = pending & (ws ^ 1);
      out[w] = ' ';
      w += emitSpace;
      out[w] = c;
      w += ws ^ 1;
      pending = ws == 1 ? (w > 0 ? 1 : 0) : 0;
    }
    return new String(out, 0, w);
  }
}
