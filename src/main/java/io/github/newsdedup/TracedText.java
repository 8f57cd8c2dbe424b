package io.github.newsdedup;

import io.github.newsdedup.internal.shingle.MappedText;
import io.github.newsdedup.internal.shingle.ShingleHashing;
import io.github.newsdedup.internal.shingle.TokenSpans;
import io.github.newsdedup.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's normalized content text traced back to its body: the content units as the normalizer
 * keeps them, each char mapped to the body chars it came from, the tokens, and the units the line
 * rules dropped with their reason. The normalizer's reference path, applied piecewise so that the
 * offsets survive: HTML stripped by Lucene's filter with its offset corrections, the character
 * steps ({@link TextNormalizer#normalizeCharacters}) applied to one char cluster or character
 * reference at a time and checked against the whole text, and the kept units ({@link
 * TextNormalizer#contentUnits}) found again in the folded lines. The normalizer remains the one
 * owner of every rule; this class only locates its output. Immutable.
 */
final class TracedText {
  /** Collapsed lines at least this long that end without punctuation join the next line. */
  private static final int WRAP_MIN_CHARS = 50;

  /** Appended to a dropped unit to tell a chrome phrase from a unit without sentence structure. */
  private static final String FILLER =
      " w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w.";

  private final String body;
  private final MappedText content;
  private final TokenSpans tokens;
  private final boolean[] unitStarts;
  private final List<Explanation.Dropped> dropped;

  /** The tokens compared, as indexes into {@link #tokens}: all but boilerplate sentences. */
  private final int[] kept;

  /** Whether the text has no content unit, so that the detector took all its words as one. */
  private final boolean wholeText;

  private TracedText(
      String body,
      MappedText content,
      TokenSpans tokens,
      boolean[] unitStarts,
      List<Explanation.Dropped> dropped,
      int[] kept,
      boolean wholeText) {
    this.body = body;
    this.content = content;
    this.tokens = tokens;
    this.unitStarts = unitStarts;
    this.dropped = dropped;
    this.kept = kept;
    this.wholeText = wholeText;
  }

  /**
   * Whether the text has no content unit: the detector then fingerprints all its words as one
   * shingle, so it shares all or nothing.
   */
  boolean wholeText() {
    return wholeText;
  }

  /** Traces an article's body through the normalizer and tokenizes its content with the seed. */
  static TracedText of(Article article, TextNormalizer normalizer, long seed) {
    String body = article.body();
    boolean html =
        switch (article.format()) {
          case HTML -> true;
          case TEXT -> false;
          case AUTO -> TextNormalizer.looksLikeHtml(body);
        };
    MappedText stripped = html ? MappedText.stripHtml(body) : MappedText.identity(body);
    String expected = normalizer.normalizeCharacters(body, html);
    MappedText folded = foldPiecewise(stripped, expected, normalizer);
    List<String> units = normalizer.contentUnits(body, html);
    List<Explanation.Dropped> dropped = new ArrayList<>();
    MappedText content = locateUnits(folded, units, normalizer, dropped);
    TokenSpans tokens = TokenSpans.of(content.text(), seed);
    boolean wholeText = tokens.count() == 0;
    if (wholeText) {
      // No content units: the detector fingerprints the whole text, line rules not applied.
      content = folded;
      tokens = TokenSpans.of(content.text(), seed);
      dropped.clear();
    }
    boolean[] unitStarts = new boolean[tokens.count()];
    String text = content.text();
    for (int t = 0; t < tokens.count(); t++) {
      unitStarts[t] = t == 0 || text.lastIndexOf('\n', tokens.start(t)) >= tokens.end(t - 1);
    }
    int[] all = new int[tokens.count()];
    for (int t = 0; t < all.length; t++) {
      all[t] = t;
    }
    return new TracedText(body, content, tokens, unitStarts, List.copyOf(dropped), all, wholeText);
  }

  /**
   * Returns this text without the tokens flagged in {@code drop} (the batch boilerplate rule's
   * sentences), each dropped sentence listed among the dropped units.
   *
   * @param sentenceStarts the first token of each sentence, and the token count at the end
   * @param drop one flag per sentence
   */
  TracedText withoutSentences(int[] sentenceStarts, boolean[] drop) {
    boolean[] gone = new boolean[tokens.count()];
    List<Explanation.Dropped> all = new ArrayList<>(dropped);
    for (int s = 0; s < drop.length; s++) {
      if (drop[s] && sentenceStarts[s] < sentenceStarts[s + 1]) {
        java.util.Arrays.fill(gone, sentenceStarts[s], sentenceStarts[s + 1], true);
        int[] r =
            content.originalRange(
                tokens.start(sentenceStarts[s]), tokens.end(sentenceStarts[s + 1] - 1));
        all.add(
            new Explanation.Dropped(
                new Explanation.TextRange(r[0], r[1]), Explanation.DropReason.BOILERPLATE));
      }
    }
    all.sort(java.util.Comparator.comparingInt(d -> d.range().start()));
    int[] left = new int[tokens.count()];
    int n = 0;
    for (int t = 0; t < gone.length; t++) {
      if (!gone[t]) {
        left[n++] = t;
      }
    }
    return new TracedText(
        body,
        content,
        tokens,
        unitStarts,
        List.copyOf(all),
        java.util.Arrays.copyOf(left, n),
        wholeText);
  }

  /** The number of tokens compared. */
  int count() {
    return kept.length;
  }

  /** The shingle hash at each start position of the compared tokens, in text order. */
  long[] shingleHashes(int k, long seed) {
    long[] hashes = new long[kept.length];
    for (int i = 0; i < kept.length; i++) {
      hashes[i] = tokens.hash(kept[i]);
    }
    int n = ShingleHashing.shingleStarts(hashes.length, k);
    int width = Math.min(k, hashes.length);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = ShingleHashing.shingleHash(hashes, i, width, seed);
    }
    return out;
  }

  String body() {
    return body;
  }

  /** The content text: the kept units joined by {@code '\n'}, mapped to the body. */
  MappedText content() {
    return content;
  }

  TokenSpans tokens() {
    return tokens;
  }

  /**
   * Whether compared token {@code i} starts a content unit (a paragraph) or follows a dropped
   * sentence.
   */
  boolean startsUnit(int i) {
    int t = kept[i];
    return unitStarts[t] || (i > 0 && kept[i - 1] != t - 1);
  }

  /** The units the line rules dropped, in body order. */
  List<Explanation.Dropped> dropped() {
    return dropped;
  }

  /** Returns the body range of compared tokens {@code [from, to)}. */
  Explanation.TextRange bodyRange(int from, int to) {
    int[] r = content.originalRange(tokens.start(kept[from]), tokens.end(kept[to - 1]));
    return new Explanation.TextRange(r[0], r[1]);
  }

  /**
   * Applies the character steps piece by piece: each piece's output must be the next chars of the
   * whole text's output; pieces are char clusters (a char with its combining marks, a surrogate
   * pair, a run of ASCII) and character references, else lines, else the whole text.
   */
  private static MappedText foldPiecewise(
      MappedText in, String expected, TextNormalizer normalizer) {
    MappedText out = mapPieces(in, clusterBounds(in.text()), expected, normalizer);
    if (out == null) {
      out = mapPieces(in, lineBounds(in.text()), expected, normalizer);
    }
    if (out == null) {
      out =
          mapPieces(
              in,
              in.length() == 0 ? new int[] {0} : new int[] {0, in.length()},
              expected,
              normalizer);
    }
    return out;
  }

  /** Maps the output of each piece to the piece, or returns null when the pieces do not add up. */
  private static MappedText mapPieces(
      MappedText in, int[] bounds, String expected, TextNormalizer normalizer) {
    String text = in.text();
    int[] starts = new int[expected.length()];
    int[] ends = new int[expected.length()];
    int pos = 0;
    for (int p = 0; p + 1 < bounds.length; p++) {
      int from = bounds[p];
      int to = bounds[p + 1];
      String piece = text.substring(from, to);
      String folded = normalizer.normalizeCharacters(piece, false);
      int n = folded.length();
      // Same length, not always the same chars: the final sigma depends on its neighbours.
      if (pos + n > expected.length()) {
        return null;
      }
      for (int i = 0; i < n; i++) {
        int src = n == to - from ? from + i : -1;
        if (src >= 0) {
          starts[pos + i] = in.start(src);
          ends[pos + i] = in.end(src);
        } else {
          int[] r = in.originalRange(from, to);
          starts[pos + i] = r[0];
          ends[pos + i] = r[1];
        }
      }
      pos += n;
    }
    return pos == expected.length() ? MappedText.of(expected, starts, ends) : null;
  }

  private static int[] clusterBounds(String text) {
    int n = text.length();
    int[] bounds = new int[n + 1];
    int b = 0;
    int i = 0;
    while (i < n) {
      bounds[b++] = i;
      char c = text.charAt(i);
      if (c == '&') {
        int j = i + 1;
        while (j < n
            && j <= i + 34
            && (isAsciiLetterOrDigit(text.charAt(j)) || text.charAt(j) == '#')) {
          j++;
        }
        i = j < n && text.charAt(j) == ';' ? j + 1 : i + 1;
      } else if (c < 0x80) {
        i++;
        while (i < n && text.charAt(i) < 0x80 && text.charAt(i) != '&' && !isCombining(text, i)) {
          i++;
        }
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
      while (i < n && isCombining(text, i)) {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    bounds[b++] = n;
    return java.util.Arrays.copyOf(bounds, b);
  }

  /** Whether the code point at {@code i} attaches to the one before it under NFKC. */
  private static boolean isCombining(String text, int i) {
    int cp = text.codePointAt(i);
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (cp >= 0x1160 && cp <= 0x11FF) // Hangul medial vowels and final consonants
        || (cp >= 0x3099 && cp <= 0x309A) // combining kana voicing marks
        || (cp >= 0xFE00 && cp <= 0xFE0F); // variation selectors
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static int[] lineBounds(String text) {
    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (isLineEnd(text.charAt(i))) {
        bounds.add(i + 1);
      }
    }
    if (bounds.get(bounds.size() - 1) != text.length()) {
      bounds.add(text.length());
    }
    return bounds.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  private static boolean isSpace(char c) {
    return isLineEnd(c) || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Finds each kept unit in the folded text, in order, at a line start: the unit's chars in
   * sequence, its spaces standing for runs of whitespace (collapsed) or a line break (joined
   * lines), and nothing but whitespace after it on its last line. Builds the content text mapped to
   * the body; what lies between the units goes to {@code dropped}.
   */
  private static MappedText locateUnits(
      MappedText folded,
      List<String> units,
      TextNormalizer normalizer,
      List<Explanation.Dropped> dropped) {
    String f = folded.text();
    int total = units.stream().mapToInt(String::length).sum() + Math.max(0, units.size() - 1);
    int[] starts = new int[total];
    int[] ends = new int[total];
    StringBuilder text = new StringBuilder(total);
    int cursor = 0;
    int[] at = new int[0];
    for (String unit : units) {
      if (at.length < unit.length()) {
        at = new int[unit.length()];
      }
      int end = -1;
      for (int line = cursor; end < 0; line = nextLineStart(f, line)) {
        end = matchAt(f, line, unit, at);
        if (line == f.length()) {
          break;
        }
      }
      if (end < 0) {
        // Not found (the normalizer's paths disagree): mapped to the cursor, coarse but valid.
        java.util.Arrays.fill(at, 0, unit.length(), Math.min(cursor, Math.max(0, f.length() - 1)));
        end = cursor;
      } else {
        addDropped(folded, cursor, at[0], normalizer, dropped);
      }
      if (text.length() > 0) {
        int prev = text.length() - 1;
        starts[text.length()] = starts[prev];
        ends[text.length()] = ends[prev];
        text.append('\n');
      }
      for (int i = 0; i < unit.length(); i++) {
        starts[text.length()] = folded.start(at[i]);
        ends[text.length()] = folded.end(at[i]);
        text.append(unit.charAt(i));
      }
      cursor = Math.max(cursor, end);
    }
    addDropped(folded, cursor, f.length(), normalizer, dropped);
    return total == 0 ? MappedText.identity("") : MappedText.of(text.toString(), starts, ends);
  }

  private static int nextLineStart(String f, int from) {
    for (int i = from; i < f.length(); i++) {
      if (isLineEnd(f.charAt(i))) {
        return i + 1;
      }
    }
    return f.length();
  }

  /**
   * Matches {@code unit} at the line starting at {@code line}; fills {@code at} with the folded
   * position of each unit char and returns the end of the match, or -1.
   */
  private static int matchAt(String f, int line, String unit, int[] at) {
    int i = line;
    int n = f.length();
    while (i < n && !isLineEnd(f.charAt(i)) && isSpace(f.charAt(i))) {
      i++;
    }
    for (int u = 0; u < unit.length(); u++) {
      char c = unit.charAt(u);
      if (c == ' ') {
        if (i >= n || !isSpace(f.charAt(i))) {
          return -1;
        }
        at[u] = i;
        while (i < n && isSpace(f.charAt(i))) {
          i++;
        }
      } else {
        if (i >= n || f.charAt(i) != c) {
          return -1;
        }
        at[u] = i++;
      }
    }
    int end = i;
    while (i < n && !isLineEnd(f.charAt(i))) {
      if (!isSpace(f.charAt(i))) {
        return -1;
      }
      i++;
    }
    return end;
  }

  /**
   * Adds the dropped units of the folded text {@code [from, to)}: its lines, joined as the
   * normalizer joins wrapped lines, each with the reason the normalizer dropped it.
   */
  private static void addDropped(
      MappedText folded,
      int from,
      int to,
      TextNormalizer normalizer,
      List<Explanation.Dropped> dropped) {
    String f = folded.text();
    StringBuilder unit = new StringBuilder();
    int unitFrom = -1;
    int unitTo = -1;
    int i = from;
    while (i < to) {
      int lineEnd = i;
      while (lineEnd < to && !isLineEnd(f.charAt(lineEnd))) {
        lineEnd++;
      }
      int a = i;
      while (a < lineEnd && isSpace(f.charAt(a))) {
        a++;
      }
      int b = lineEnd;
      while (b > a && isSpace(f.charAt(b - 1))) {
        b--;
      }
      if (a == b) {
        flushDropped(folded, unit, unitFrom, unitTo, normalizer, dropped);
        unitFrom = -1;
      } else {
        String line = f.substring(a, b).replaceAll("[\\s\\p{Zs}]+", " ");
        if (unitFrom < 0) {
          unitFrom = a;
        } else {
          unit.append(' ');
        }
        unit.append(line);
        unitTo = b;
        if (line.length() < WRAP_MIN_CHARS || endsSentence(line)) {
          flushDropped(folded, unit, unitFrom, unitTo, normalizer, dropped);
          unitFrom = -1;
        }
      }
      i = lineEnd + 1;
    }
    flushDropped(folded, unit, unitFrom, unitTo, normalizer, dropped);
  }

  private static void flushDropped(
      MappedText folded,
      StringBuilder unit,
      int from,
      int to,
      TextNormalizer normalizer,
      List<Explanation.Dropped> dropped) {
    if (from < 0 || unit.length() == 0) {
      unit.setLength(0);
      return;
    }
    String u = unit.toString();
    unit.setLength(0);
    Explanation.DropReason reason;
    if (u.chars().filter(c -> c == '|').count() >= 2) {
      reason = Explanation.DropReason.LIST;
    } else if (normalizer.contentUnits(u.replace("&", "&amp;") + FILLER, false).isEmpty()) {
      // (The unit is decoded already: its ampersands are escaped so that none decodes again.)
      reason = Explanation.DropReason.CHROME_PHRASE;
    } else {
      reason = Explanation.DropReason.NO_SENTENCE_STRUCTURE;
    }
    int[] r = folded.originalRange(from, to);
    dropped.add(new Explanation.Dropped(new Explanation.TextRange(r[0], r[1]), reason));
  }

  private static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && "\"')] ".indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?\u2026\u3002:;\u061F\u0964".indexOf(line.charAt(i)) >= 0;
  }
}
