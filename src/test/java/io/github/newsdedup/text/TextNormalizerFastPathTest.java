package io.github.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

/**
 * The normalizer's fast paths give exactly the output of the general path they short-cut: checked
 * against a reference written the general way, on every Latin-1 char, on seeded random strings and
 * on a mixed-script corpus.
 */
class TextNormalizerFastPathTest {
  private static final String ALPHABET =
      "aZ9 .,'-|\n\t&#;ltamp\u00A0\u00A3\u00B5\u00BD\u00C9\u00DF\u00E9\u00FF\u00AD\u00AB\u00B4`"
          + "\u2019\u201C\u2014\u200B\u0130\u03A3\u043C\u4E2D\u3042\uD83D\uDE00\u0301\uFB01";

  /** The general path: every step on the whole string. */
  private static String reference(String text) {
    if (text.indexOf('&') >= 0) {
      text = Entities.translate(text);
    }
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
    text = CharFolding.foldPunctuation(text).toLowerCase(Locale.ROOT);
    // The diacritics fold as first written: the Lucene filter over the whole string.
    char[] in = text.toCharArray();
    char[] out = new char[4 * in.length];
    int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, len);
  }

  /** countWords as first written: script lookup for every code point. */
  private static int referenceCountWords(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isIdeographic(cp)
          || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
          || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA) {
        words++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else if (cp != '\'' && cp != '-') {
        inWord = false;
      }
    }
    return words;
  }

  private static String random(SplittableRandom r, int maxLength) {
    int length = r.nextInt(maxLength);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  @Test
  void isLatin1Compatibility_matchesJdkNormalizer() {
    for (char c = 0; c < 0x100; c++) {
      boolean stable = Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC);
      assertEquals(!stable, Nfkc.isLatin1Compatibility(c), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void normalizeCharacters_everyBmpChar_sameAsGeneralPath() {
    TextNormalizer normalizer = TextNormalizer.newsDefault();
    for (int c = 0; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String s = "A" + (char) c + "b";
      assertEquals(reference(s), normalizer.normalizeCharacters(s, false), "U+" + c);
    }
  }

  @Test
  void normalizeCharacters_everyBmpCharTwice_sameAsGeneralPath() {
    // Second pass reads the cached folds.
    TextNormalizer normalizer = TextNormalizer.newsDefault();
    for (int round = 0; round < 2; round++) {
      for (int c = 0x80; c < 0x10000; c++) {
        if (Character.isSurrogate((char) c)) {
          continue;
        }
        String s = "x" + (char) c + (char) c + "\u0416";
        assertEquals(reference(s), normalizer.normalizeCharacters(s, false), "U+" + c);
      }
    }
  }

  @Test
  void normalizeCharacters_randomStrings_sameAsGeneralPath() {
    TextNormalizer normalizer = TextNormalizer.newsDefault();
    SplittableRandom r = new SplittableRandom(20240607L);
    for (int round = 0; round < 20_000; round++) {
      String s = random(r, 30);
      assertEquals(reference(s), normalizer.normalizeCharacters(s, false), "round " + round);
    }
  }

  @Test
  void normalizeCharacters_mixedScriptCorpus_sameAsGeneralPath() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/tokenizer/mixed-scripts.txt")) {
      String corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      TextNormalizer normalizer = TextNormalizer.newsDefault();
      for (String line : corpus.split("\n")) {
        assertEquals(reference(line), normalizer.normalizeCharacters(line, false), line);
      }
      assertEquals(reference(corpus), normalizer.normalizeCharacters(corpus, false));
    }
  }

  @Test
  void mayHaveEntity_falseOnlyWhenUnescapingChangesNothing() {
    assertFalse(Entities.mayHaveEntity("Marks & Spencer; R&D"));
    assertTrue(Entities.mayHaveEntity("fish &amp; chips"));
    assertTrue(Entities.mayHaveEntity("it&#39;s"));
    SplittableRandom r = new SplittableRandom(7);
    for (int round = 0; round < 20_000; round++) {
      String s = random(r, 20);
      if (!Entities.mayHaveEntity(s)) {
        assertEquals(s, Entities.translate(s), "round " + round);
      }
    }
  }

  @Test
  void countWords_sameAsScriptLookupForEveryCodePoint() {
    SplittableRandom r = new SplittableRandom(11);
    for (int round = 0; round < 20_000; round++) {
      String s = random(r, 30);
      assertEquals(
          referenceCountWords(s), Chars.countWords(s, Integer.MAX_VALUE), "round " + round);
    }
    for (int c = 0; c < 0x10000; c += 7) {
      String s = "a " + (char) c + (char) c + " b";
      assertEquals(referenceCountWords(s), Chars.countWords(s, Integer.MAX_VALUE), "U+" + c);
    }
  }

  @Test
  void countWords_withLimit_stopsAtLimitOnly() {
    String s = "one two three four five six seven";
    assertEquals(7, Chars.countWords(s, Integer.MAX_VALUE));
    assertEquals(3, Chars.countWords(s, 3));
    assertEquals(7, Chars.countWords(s, 25));
  }
}
