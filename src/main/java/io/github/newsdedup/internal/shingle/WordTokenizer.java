package io.github.newsdedup.internal.shingle;

import io.github.newsdedup.internal.Hashes;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits normalized text into words with Unicode word segmentation (UAX#29, Lucene's {@code
 * StandardTokenizer}) and hashes each word straight from the tokenizer's buffer, so no token
 * strings are built. Sentence boundaries are recorded where the gap between two words holds
 * sentence punctuation or a paragraph break.
 *
 * <p>Text that is entirely Latin-1 (most normalized Latin-script news: diacritics are folded
 * before) takes a fast path that applies the UAX#29 word-break rules for Latin-1 directly on a
 * {@code char[]} with no per-token objects, about 3x faster than the tokenizer; it produces the
 * same tokens (tested token for token against {@code StandardTokenizer}). Any other text goes
 * through {@code StandardTokenizer}.
 *
 * <p>Mutable and not thread-safe: use one instance per thread.
 */
public final class WordTokenizer {
  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
  private final long seed;
  private long[] tokens = new long[1024];
  private long[] alignment = new long[1024];
  private int count;
  private int sentenceCount;
  private int[] starts = new int[64];

  /** Longest token {@code StandardTokenizer} emits whole here (see the constructor). */
  private static final int MAX_TOKEN_LENGTH = 255;

  // ASCII word-break classes (UAX#29 Word_Break property values of the ASCII characters).
  private static final byte OTHER = 0;
  private static final byte LETTER = 1; // ALetter: A-Z, a-z
  private static final byte NUMERIC = 2; // Numeric: 0-9
  private static final byte EXTEND_NUM_LET = 3; // ExtendNumLet: '_'
  private static final byte MID_LETTER = 4; // MidLetter: ':'
  private static final byte MID_NUM_LET = 5; // MidNumLet '.' and Single_Quote '\''
  private static final byte MID_NUM = 6; // MidNum: ',' and ';'

  /** Chars the fast path does not handle (Format, Newline): the text goes to the tokenizer. */
  private static final byte UNSUPPORTED = 7;

  private static final byte[] CLASS = new byte[256];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      CLASS[c] = LETTER;
      CLASS[Character.toUpperCase(c)] = LETTER;
    }
    for (char c = '0'; c <= '9'; c++) {
      CLASS[c] = NUMERIC;
    }
    CLASS['_'] = EXTEND_NUM_LET;
    CLASS[':'] = MID_LETTER;
    CLASS['.'] = MID_NUM_LET;
    CLASS['\''] = MID_NUM_LET;
    CLASS[','] = MID_NUM;
    CLASS[';'] = MID_NUM;
    // Latin-1: the letters (Word_Break=ALetter), the middle dot (MidLetter); soft hyphen (Format),
    // NEL (Newline) and the two emoji are left to the tokenizer; all else (symbols such as the
    // pound sign, NBSP, controls) is Other.
    for (char c = 0xC0; c <= 0xFF; c++) {
      if (c != 0xD7 && c != 0xF7) {
        CLASS[c] = LETTER;
      }
    }
    CLASS[0xAA] = LETTER;
    CLASS[0xB5] = LETTER;
    CLASS[0xBA] = LETTER;
    CLASS[0xB7] = MID_LETTER;
    CLASS[0xAD] = UNSUPPORTED;
    CLASS[0x85] = UNSUPPORTED;
    // The copyright and registered signs are emoji (Extended_Pictographic): the tokenizer emits
    // them as tokens.
    CLASS[0xA9] = UNSUPPORTED;
    CLASS[0xAE] = UNSUPPORTED;
  }

  /**
   * Creates a tokenizer hashing with the given seed.
   *
   * @param seed the hash seed
   */
  public WordTokenizer(long seed) {
    this.seed = seed;
    tokenizer.setMaxTokenLength(255);
  }

  /**
   * Tokenizes normalized text held in {@code text[0, length)}, such as the content units joined by
   * {@code '\n'} (each line starts a new sentence), read straight from the array (the common
   * Latin-1 case builds no string).
   *
   * @param text the chars (not modified, not kept)
   * @param length the number of chars to read
   * @param ascii whether the caller knows every char is ASCII, which skips a check
   * @return the token hashes and sentence boundaries
   */
  public TokenizedText tokenize(char[] text, int length, boolean ascii) {
    Objects.checkFromToIndex(0, length, text.length);
    TokenizedText fast = tokenizeLatin1(text, length, ascii);
    return fast != null ? fast : tokenizeWithLucene(new String(text, 0, length));
  }

  /** Tokenizes with {@code StandardTokenizer}, whatever the text; the reference path. */
  TokenizedText tokenizeWithLucene(String text) {
    count = 0;
    sentenceCount = 0;
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      int lastEnd = 0;
      while (tokenizer.incrementToken()) {
        int start = offset.startOffset();
        add(term.buffer(), 0, term.length(), count == 0 || hasBoundary(text, lastEnd, start));
        lastEnd = offset.endOffset();
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen reading a string", e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return result();
  }

  /** Appends one token's exact and alignment hashes, opening a sentence first when asked. */
  private void add(char[] buf, int off, int len, boolean startsSentence) {
    append(buf, off, len, ShingleHashing.tokenHash(buf, off, len, seed), startsSentence);
  }

  /** Appends a token whose exact hash {@code h} is known, and its alignment hash. */
  private void append(char[] buf, int off, int len, long h, boolean startsSentence) {
    if (startsSentence) {
      if (sentenceCount == starts.length) {
        starts = Arrays.copyOf(starts, sentenceCount * 2);
      }
      starts[sentenceCount++] = count;
    }
    if (count == tokens.length) {
      tokens = Arrays.copyOf(tokens, count * 2);
      alignment = Arrays.copyOf(alignment, count * 2);
    }
    tokens[count] = h;
    alignment[count] = ShingleHashing.alignmentTokenHash(buf, off, len, h, seed);
    count++;
  }

  private TokenizedText result() {
    return new TokenizedText(
        Arrays.copyOf(tokens, count),
        Arrays.copyOf(alignment, count),
        Arrays.copyOf(starts, sentenceCount));
  }

  /**
   * The fast path: returns {@code null} (use the tokenizer) unless every char of {@code c[0, len)}
   * is in Latin-1 (but the soft hyphen and NEL) and no token is longer than {@link
   * #MAX_TOKEN_LENGTH}. Words are maximal runs joined by the UAX#29 rules WB5-WB13b restricted to
   * Latin-1; a run becomes a token when it holds a letter or digit (runs of underscores alone are
   * not words), as in {@code StandardTokenizer}.
   */
  TokenizedText tokenizeLatin1(char[] c, int len, boolean ascii) {
    return ascii || isLatin1Supported(c, len) ? scanLatin1(c, len) : null;
  }

  /** Whether every char of {@code c[0, len)} is one the fast path handles. */
  private static boolean isLatin1Supported(char[] c, int len) {
    byte[] cls = CLASS;
    for (int i = 0; i < len; i++) {
      char x = c[i];
      if (x >= 0x80 && (x >= 0x100 || cls[x] == UNSUPPORTED)) {
        return false;
      }
    }
    return true;
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;

  /**
   * FNV-1a's prime squared: each Latin-1 char's high byte is zero, so FNV-1a's second step per char
   * is a plain multiply and the two fold into one multiply by the squared prime (equal modulo
   * 2<sup>64</sup>), halving the hash's dependency chain.
   */
  private static final long FNV_PRIME_SQUARED = 0x100000001b3L * 0x100000001b3L;

  /** The Latin-1 chars that mark a sentence boundary in the gap between two tokens. */
  private static final boolean[] BOUNDARY = new boolean[256];

  static {
    for (char c : new char[] {'.', '!', '?', '\n', ';'}) {
      BOUNDARY[c] = true;
    }
  }

  // ---- the branch-light scan

  /** Value of {@link #BREAK} when a token ended at {@code j - 1}. */
  private static final int END = 1;

  /**
   * Value of {@link #BREAK} when {@code j} continues {@code j - 1}'s token: negative, so that a
   * sign shift makes it a mask, with the {@link #END} bit clear.
   */
  private static final int JOIN = -2;

  /**
   * The word-break decision at {@code j} for each window of classes ({@code c[j-2]}, {@code
   * c[j-1]}, {@code c[j]}, {@code c[j+1]}), 3 bits each (chars outside the text count as {@link
   * #OTHER}): {@link #END}, {@link #JOIN} or 0, as {@link #joins} decides them.
   */
  private static final byte[] BREAK = new byte[1 << 12];

  /** {@link #CLASS} in the low 3 bits, and bit 3 set for the {@link #BOUNDARY} chars. */
  private static final byte[] CLASS_AND_BOUNDARY = new byte[256];

  static {
    for (int a = 0; a < 8; a++) {
      for (int b = 0; b < 8; b++) {
        for (int x = 0; x < 8; x++) {
          for (int d = 0; d < 8; d++) {
            boolean prevInToken = inToken(a, b, x);
            boolean join = prevInToken && joins(a, (byte) b, (byte) x, d);
            int bits = join ? JOIN : prevInToken ? END : 0;
            BREAK[(a << 9) | (b << 6) | (x << 3) | d] = (byte) bits;
          }
        }
      }
    }
    for (int c = 0; c < 256; c++) {
      CLASS_AND_BOUNDARY[c] = (byte) (CLASS[c] | (BOUNDARY[c] ? 8 : 0));
    }
  }

  /** Whether a char of class {@code q} between classes {@code p} and {@code n} is in a token. */
  private static boolean inToken(int p, int q, int n) {
    return q == LETTER
        || q == NUMERIC
        || q == EXTEND_NUM_LET
        || joins(OTHER, (byte) p, (byte) q, n);
  }

  /**
   * Whether UAX#29 keeps a char of class {@code p} and the next, of class {@code q}, together,
   * given the classes before ({@code pp}) and after ({@code n}) them (WB5-WB13b restricted to
   * Latin-1).
   */
  private static boolean joins(int pp, byte p, byte q, int n) {
    switch (q) {
      case LETTER:
        // WB5, WB10, WB13b; WB7: letter (MidLetter | MidNumLetQ) × letter
        return p == LETTER
            || p == NUMERIC
            || p == EXTEND_NUM_LET
            || ((p == MID_LETTER || p == MID_NUM_LET) && pp == LETTER);
      case NUMERIC:
        // WB8, WB9, WB13b; WB11: digit (MidNum | MidNumLetQ) × digit
        return p == NUMERIC
            || p == LETTER
            || p == EXTEND_NUM_LET
            || ((p == MID_NUM || p == MID_NUM_LET) && pp == NUMERIC);
      case EXTEND_NUM_LET:
        // WB13a
        return p == LETTER || p == NUMERIC || p == EXTEND_NUM_LET;
      case MID_LETTER:
        // WB6: letter × MidLetter letter
        return p == LETTER && n == LETTER;
      case MID_NUM_LET:
        // WB6 and WB12
        return (p == LETTER && n == LETTER) || (p == NUMERIC && n == NUMERIC);
      case MID_NUM:
        // WB12: digit × MidNum digit
        return p == NUMERIC && n == NUMERIC;
      default:
        return false;
    }
  }

  // Scratch of the scan, one entry per token found (underscore runs included): the FNV-1a state
  // and the end (exclusive).
  private long[] rawHashes = new long[1024];
  private int[] ends = new int[1024];

  /**
   * The fast path's scan of {@code c[0, len)}, whose chars {@link #isLatin1Supported} accepted;
   * {@code null} when a token is longer than {@link #MAX_TOKEN_LENGTH}.
   *
   * <p>A first loop finds the token ends and raw hashes without a branch on the text: per char one
   * lookup in {@link #BREAK} by the classes around it, the FNV-1a state continued or restarted
   * (masked), and the state stored at the current token slot, which advances only at a token end (a
   * branch on each token's end would mispredict about once per word; about 1.5 times slower). A
   * second loop over the tokens finds each start (the first letter, digit or underscore after the
   * previous end) and the sentence punctuation in the gap, drops runs of underscores (not words),
   * and finishes the hashes.
   */
  private TokenizedText scanLatin1(char[] c, int len) {
    // Tokens are separated by at least one char: at most len / 2 + 1 of them.
    int cap = (len >> 1) + 2;
    if (rawHashes.length < cap) {
      int n = Math.max(cap, rawHashes.length * 2);
      rawHashes = new long[n];
      ends = new int[n];
    }
    long[] raw = rawHashes;
    int[] end = ends;
    byte[] classes = CLASS_AND_BOUNDARY;
    int m = len == 0 ? 0 : scanRange(c, 0, len, classes[c[0] & 0xFF] & 7, 0L, 0, raw, end);
    long[] out = new long[m];
    long[] outAlignment = new long[m];
    long seed = this.seed;
    sentenceCount = 0;
    int n = 0;
    int p = 0;
    boolean boundary = false;
    for (int i = 0; i < m; i++) {
      int cb;
      while (((cb = classes[c[p] & 0xFF]) & 7) == OTHER || (cb & 7) > EXTEND_NUM_LET) {
        boundary |= cb >= 8;
        p++;
      }
      int from = p;
      int to = end[i];
      p = to;
      int length = to - from;
      char first = c[from];
      if (first == '_' && isUnderscores(c, from, to)) {
        continue;
      }
      if (length > MAX_TOKEN_LENGTH) {
        return null;
      }
      if (n == 0 || boundary) {
        if (sentenceCount == starts.length) {
          starts = Arrays.copyOf(starts, sentenceCount * 2);
        }
        starts[sentenceCount++] = n;
        boundary = false;
      }
      long h = Hashes.fmix64(raw[i] ^ seed);
      long key = ((long) length << 32) | ((long) first << 16) | c[to - 1];
      long ch = Hashes.fmix64(key ^ seed ^ ShingleHashing.ALIGNMENT_SALT);
      out[n] = h;
      outAlignment[n] = length < ShingleHashing.ALIGNMENT_MIN_LENGTH ? h : ch;
      n++;
    }
    if (n < m) {
      out = Arrays.copyOf(out, n);
      outAlignment = Arrays.copyOf(outAlignment, n);
    }
    count = n;
    return new TokenizedText(out, outAlignment, Arrays.copyOf(starts, sentenceCount));
  }

  /**
   * Scans {@code c[j, to)} on from a state (the class window ending at {@code c[j]}, the FNV-1a
   * state, the token slot {@code m}) and records the token ending at {@code to}, if any. Returns
   * the number of token slots used.
   */
  private static int scanRange(
      char[] c, int j, int to, int window, long h, int m, long[] raw, int[] end) {
    byte[] classes = CLASS_AND_BOUNDARY;
    byte[] breaks = BREAK;
    // Chars are below 256 here: the mask lets the compiler drop the bounds check.
    for (int last = to - 1; j < last; j++) {
      window = ((window << 3) | (classes[c[j + 1] & 0xFF] & 7)) & 0xFFF;
      int t = breaks[window];
      raw[m] = h;
      end[m] = j;
      m += t & END;
      long keep = (long) (t >> 31); // all ones when c[j] continues the token (JOIN is negative)
      h = ((h & keep) ^ ((FNV_OFFSET & ~keep) ^ c[j])) * FNV_PRIME_SQUARED;
    }
    if (j < to) { // the last char, followed by none
      window = (window << 3) & 0xFFF;
      int t = breaks[window];
      raw[m] = h;
      end[m] = j;
      m += t & END;
      long keep = (long) (t >> 31);
      h = ((h & keep) ^ ((FNV_OFFSET & ~keep) ^ c[j])) * FNV_PRIME_SQUARED;
      j++;
    }
    window = (window << 3) & 0xFFF;
    raw[m] = h;
    end[m] = to;
    return m + (breaks[window] & END);
  }

  private static boolean isUnderscores(char[] c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (c[i] != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasBoundary(String text, int from, int to) {
    for (int i = from; i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.'
          || c == '!'
          || c == '?'
          || c == '\n'
          || c == ';'
          || c == '\u3002'
          || c == '\u061F'
          || c == '\u0964') {
        return true;
      }
    }
    return false;
  }
}
