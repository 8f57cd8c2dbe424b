package io.github.newsdedup.text;

/**
 * The normalizer's fast path: the folds of {@link CharFolding}, the whitespace collapse and the
 * line rules of {@link ReferenceNormalizer#keepContent} in one pass over the chars of decoded, NFKC
 * text, writing the content units joined by {@code '\n'} into a reused buffer with no string per
 * line or unit. Same output as the reference path, which {@code TextNormalizerFusedPathTest}
 * checks.
 *
 * <p>The pass gives up (and the caller takes the reference path) on a char whose fold it does not
 * handle: a supplementary char, capital sigma or capital I with dot (whose lowercase depends on
 * context or has two chars; any other char lowercases alone, as in {@code String.toLowerCase}), an
 * ideograph or kana (a word each for the unit rules).
 *
 * <p>Lines are folded and collapsed straight into the output after the units kept so far, counting
 * the unit's words and pipes on the way; a unit that fails the rules is overwritten by the next.
 * Runs of {@link #PLAIN} chars (ASCII letters, digits, most punctuation and single spaces: most of
 * a news text) are copied by a tight loop that only folds the case and counts word starts; a run
 * ends at another char, a line end or a double space, so its exit mispredicts a few times a line
 * rather than once a word. The other chars take the general step, branch-free as far as it goes.
 *
 * <p>One instance per call: it holds the pass's state.
 */
final class FusedNormalizer {
  // Properties of a folded char for the line and unit rules, as bits.
  private static final int SPACE = 1;

  /** A letter or digit: part of a word, as {@link Chars#countWords} counts them. */
  private static final int WORD_CHAR = 2;

  /** Apostrophe and hyphen: a word goes on across them. */
  private static final int IN_WORD = 4;

  private static final int PIPE = 8;
  private static final int LINE_END = 16;

  /** A char the pass leaves to the reference path (ideographs, kana, surrogates). */
  private static final int UNSUPPORTED = 32;

  /** Props at or above this (shifted as in {@link #ASCII_FOLDS}) take the branch for rare chars. */
  private static final int RARE = PIPE << 16;

  /** For each ASCII char: its case and punctuation fold, and the fold's props shifted left 16. */
  private static final int[] ASCII_FOLDS = new int[128];

  static {
    for (char c = 0; c < 128; c++) {
      char f = CharFolding.toLowerAscii(CharFolding.foldChar(c));
      ASCII_FOLDS[c] = f | props(f) << 16;
    }
  }

  /**
   * For each ASCII char that a run copies: its fold, with bit 16 set for a letter or digit; {@code
   * ' '} for the space (a run holds single spaces only); 0 for the other chars (whitespace but the
   * space, line ends, pipe, apostrophe, hyphen, grave accent, NUL).
   */
  private static final int[] PLAIN = new int[128];

  static {
    for (char c = 1; c < 128; c++) {
      int e = ASCII_FOLDS[c];
      int q = e >>> 16;
      if (c == ' ') {
        PLAIN[c] = ' ';
      } else if (c != '`' && (q & ~WORD_CHAR) == 0) {
        PLAIN[c] = (e & 0xFFFF) | (q & WORD_CHAR) << 15;
      }
    }
  }

  private static int props(char c) {
    if (Chars.isLineEnd(c)) {
      return LINE_END;
    }
    if (Chars.isWhitespace(c)) {
      return SPACE;
    }
    if (Character.isSurrogate(c) || Chars.isIdeographOrKana(c)) {
      return UNSUPPORTED;
    }
    int p = c == '|' ? PIPE : 0;
    if (c == '\'' || c == '-') {
      p |= IN_WORD;
    }
    if (Character.isLetterOrDigit(c)) {
      p |= WORD_CHAR;
    }
    return p;
  }

  /** {@link #foldLine} and {@link #foldOther}: the pass gives up. */
  private static final int FAILED = -1;

  /** {@link #foldOther}: the char is dropped. */
  private static final int DROPPED = -2;

  /** {@link #foldOther}: the char folds to several chars; the low 16 bits hold its lowercase. */
  private static final int EXPANDS = Integer.MIN_VALUE;

  private final char[] in;
  private final int n;
  private final ContentText dst;
  private char[] out;
  private int i; // next input char
  private boolean textEnd; // the last line folded ends the text
  private boolean ascii = true;
  private int committed; // end of the units kept so far
  private int unitStart; // start of the unit being built
  private int lineStart; // start of the line being built
  private boolean joining; // the unit's last line is joined to the next line
  private int words; // words of the unit so far, as countWords counts them
  private int pipes; // pipes of the unit so far
  private int inWord; // 1 when the last char of the line is in a word (kept here across calls)

  private FusedNormalizer(char[] in, int n, ContentText dst) {
    this.in = in;
    this.n = n;
    this.dst = dst;
    // Each input char writes at most two output chars (a pending space and itself, or a unit
    // separator and itself, or a joining space for a line end); an expanding fold (up to four
    // chars) checks the room first.
    this.out = dst.output(2 * n + 16);
  }

  /**
   * Writes the content units of {@code in[0, n)} (decoded, NFKC text; left unchanged) into {@code
   * dst} joined by {@code '\n'}; returns {@code false} (and leaves {@code dst} undefined) for text
   * with a char this pass leaves to the reference path.
   */
  static boolean fuse(char[] in, int n, ContentText dst) {
    return new FusedNormalizer(in, n, dst).run();
  }

  private boolean run() {
    do {
      int w = foldLine();
      if (w == FAILED) {
        return false;
      }
      endLine(w);
    } while (!textEnd);
    if (joining && ChromeRules.isContent(out, unitStart, lineStart - 1, words, pipes)) {
      committed = lineStart - 1;
    }
    dst.length = committed;
    dst.ascii = ascii;
    return true;
  }

  /**
   * Folds and collapses the next input line into the output from {@link #lineStart}, counting its
   * words and pipes; returns the end of the line in the output, or {@link #FAILED}.
   */
  private int foldLine() {
    char[] in = this.in;
    char[] out = this.out;
    int n = this.n;
    int i = this.i;
    int w = lineStart;
    int pending = 0; // a space is due before the next char
    int nonEmpty = 0; // the line has a char
    int words = this.words;
    int inWord = 0;
    textEnd = true;
    while (i < n) {
      char c = in[i++];
      int e; // the fold, and its props shifted left 16
      if (c < 0x80) {
        if (PLAIN[c] > ' ') {
          out[w] = ' ';
          w += pending;
          nonEmpty = 1;
          this.words = words;
          this.inWord = inWord;
          int end = copyPlainRun(i - 1, w);
          words = this.words;
          inWord = this.inWord;
          w += end - (i - 1);
          i = end;
          pending = out[w - 1] == ' ' ? 1 : 0; // a space ending the run is pending, as below
          w -= pending;
          continue;
        }
        e = ASCII_FOLDS[c];
      } else if ((c & 0xFFF8) == 0x2018) {
        // U+2018 to U+201F, the typographic quotes: folded to ASCII quotes.
        e = ASCII_FOLDS[c < 0x201C ? '\'' : '"'];
      } else {
        e = foldOther(c, i, w);
        out = this.out;
        if (e < 0) {
          if (e == DROPPED) {
            continue;
          }
          if (e == FAILED) {
            return FAILED;
          }
          out[w] = ' ';
          this.words = words;
          this.inWord = inWord;
          w = appendExpansion((char) e, w + pending);
          if (w == FAILED) {
            return FAILED;
          }
          words = this.words;
          inWord = this.inWord;
          pending = 0;
          nonEmpty = 1;
          continue;
        }
      }
      if (e >= RARE) {
        if ((e & (LINE_END << 16)) != 0) {
          textEnd = false;
          break;
        }
        pipes++;
      }
      int space = (e >>> 16) & SPACE;
      int notSpace = space ^ 1;
      int word = (e >>> 17) & 1;
      words += word & (inWord ^ 1);
      inWord = word | (inWord & (e >>> 18) & 1);
      out[w] = ' ';
      w += pending & notSpace;
      out[w] = (char) e;
      w += notSpace;
      nonEmpty |= notSpace;
      pending = space & nonEmpty;
    }
    this.i = i;
    this.words = words;
    return w;
  }

  /**
   * Copies the run of {@link #PLAIN} chars starting at {@code in[from]} (plain, not a space) to the
   * output at {@code to}, one output char per input char, folding the case and counting word
   * starts; returns where the run ends in the input: at a char that is not plain or a second space.
   */
  private int copyPlainRun(int from, int to) {
    char[] in = this.in;
    char[] out = this.out;
    int n = this.n;
    int shift = to - from;
    int words = this.words;
    int prev = inWord;
    int last = 0;
    int j = from;
    for (; j < n; j++) {
      char d = in[j];
      if (d >= 0x80) {
        break;
      }
      int p = PLAIN[d];
      if (p == 0 || ((p ^ ' ') | (last ^ ' ')) == 0) {
        break; // not plain, or a second space
      }
      int word = p >>> 16;
      words += word & (prev ^ 1);
      prev = word;
      out[j + shift] = (char) p;
      last = p;
    }
    this.words = words;
    inWord = prev;
    return j;
  }

  /**
   * The fold of {@code c} (not ASCII, not a typographic quote), read at {@code in[i - 1]} with the
   * line written up to {@code w}: the folded char and its props shifted left 16; or {@link
   * #DROPPED}, {@link #FAILED}, or {@link #EXPANDS} with the lowercase char. Grows the output when
   * the room left might not hold an expanding fold.
   */
  private int foldOther(char c, int i, int w) {
    char r = CharFolding.foldChar(c);
    if (r == 0) {
      return DROPPED; // soft hyphen, zero-width chars
    }
    if (r < 0x80) {
      return ASCII_FOLDS[r];
    }
    if (r >= 0x100 && (r == '\u03A3' || r == '\u0130' || Character.isSurrogate(r))) {
      return FAILED; // String.toLowerCase maps these by context or to two chars
    }
    if (out.length - w < 2 * (n - i) + 24) {
      out = dst.grow(2 * out.length + 24);
    }
    char lower = Character.toLowerCase(r);
    char x = CharFolding.cachedFold(lower);
    if (x == 0 || x == CharFolding.EXPANDS) {
      return EXPANDS | lower;
    }
    int q = props(x);
    if ((q & UNSUPPORTED) != 0) {
      return FAILED;
    }
    ascii &= x < 0x80;
    return x | q << 16;
  }

  /**
   * Appends the diacritics fold of {@code lower} (possibly several chars, possibly not yet cached)
   * at {@code start}, counting its words and pipes; returns the new end, or {@link #FAILED} when
   * the fold has a space, line end or unsupported char (the reference path decides).
   */
  private int appendExpansion(char lower, int start) {
    char[] one = dst.oneChar;
    one[0] = lower;
    int end = CharFolding.foldDiacritic(one, 0, out, start);
    for (int j = start; j < end; j++) {
      char y = out[j];
      int q = props(y);
      if ((q & (SPACE | LINE_END | UNSUPPORTED)) != 0) {
        return FAILED;
      }
      ascii &= y < 0x80;
      int word = (q >> 1) & 1;
      words += word & (inWord ^ 1);
      inWord = word | (inWord & (q >> 2) & 1);
      pipes += (q >> 3) & 1;
    }
    return end;
  }

  /** Applies the line rules to the line just folded, {@code out[lineStart, w)}. */
  private void endLine(int w) {
    boolean open;
    if (w == lineStart) {
      open = joining;
      if (joining && ChromeRules.isContent(out, unitStart, lineStart - 1, words, pipes)) {
        committed = lineStart - 1;
      }
      joining = false;
    } else if (ChromeRules.joinsNextLine(out, lineStart, w)) {
      out[w++] = ' ';
      lineStart = w;
      joining = true;
      open = false;
    } else {
      if (ChromeRules.isContent(out, unitStart, w, words, pipes)) {
        committed = w;
      }
      joining = false;
      open = true;
    }
    if (open) {
      startUnit();
    }
  }

  /** Starts a new unit after the units kept so far. */
  private void startUnit() {
    if (committed > 0) {
      out[committed] = '\n';
      unitStart = committed + 1;
    } else {
      unitStart = 0;
    }
    lineStart = unitStart;
    words = 0;
    pipes = 0;
  }
}
