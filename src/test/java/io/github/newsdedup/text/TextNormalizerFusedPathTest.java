package io.github.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.internal.shingle.TokenizedText;
import io.github.newsdedup.internal.shingle.WordTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fused path ({@link TextNormalizer#contentText}) gives exactly the content units of the
 * reference path ({@link TextNormalizer#contentUnits}, the step-by-step implementation), joined by
 * newlines, on generated texts dense in the edge cases of the folds and the line rules, on the
 * mixed-script corpus and on the committed sample articles.
 */
class TextNormalizerFusedPathTest {
  private static final TextNormalizer NORMALIZER = TextNormalizer.newsDefault();
  private static final long SEED = 0x5EEDL;

  private static final String[] LATIN_WORDS = {
    "the",
    "Minister",
    "said",
    "on",
    "Tuesday",
    "that",
    "talks",
    "would",
    "continue",
    "a",
    "I",
    "caf\u00E9",
    "na\u00EFve",
    "Z\u00FCrich",
    "\u00C6sop",
    "stra\u00DFe",
    "\u00FEorn",
    "se\u00F1or",
    "\u00C5ngstr\u00F6m",
    "\u00D8resund",
    "co-operate",
    "it\u2019s",
    "O'Neill",
    "U.K.",
    "4.3bn",
    "1,200",
    "\u00A345m",
    "50\u00B0C",
    "3\u00D74",
    "\u00BFqu\u00E9?",
    "\u00A1s\u00ED!",
    "x\u00B7y",
    "snake_case",
    "___",
    "\u00A9",
    "\u00AE",
    "\u00B1",
    "\u00B6",
    "\u00A7",
    "\u00DE",
    "\u00F0",
    "\u00BD",
    "\u00B2",
    "\u00B5",
    "\u00AA",
    "ISTANBUL",
    "Izmir",
    "Marks & Spencer",
    "R&D",
    "&amp;",
    "&quot;quoted&quot;",
    "&#39;",
    "&eacute;t&eacute;",
    "&nbsp;",
    "`grave`",
    "\u00B4acute",
    "\u201Cquoted\u201D",
    "\u2018single\u2019",
    "\u201Elow\u201F",
    "\u00ABguillemets\u00BB",
    "dash\u2014dash",
    "en\u2013dash",
    "minus\u2212",
    "prime\u2032",
    "\u2033",
    "\u02BCmodifier",
    "soft\u00ADhyphen",
    "zero\u200Bwidth",
    "zw\u200Cnj",
    "zw\u200Dj",
    "wj\u2060",
    "bom\uFEFF",
    "fig\u2007space",
    "narrow\u202Fnbsp",
    "nb\u00A0sp",
    "\u2011",
    "\u2026",
    "(paren)",
    "[bracket]",
    "x|y",
    "|",
    "e\u0301",
    "\uFB01ne",
    "\u2082",
    "\u00A0",
    "\u0000",
    "\u001F",
    "\u0085inline"
  };

  private static final String[] OTHER_WORDS = {
    "\u041C\u043E\u0441\u043A\u0432\u0430",
    "\u0437\u0430\u044F\u0432\u0438\u043B\u0430",
    "\u5317\u4EAC",
    "\u6771\u4EAC\u3067",
    "\u3072\u3089\u304C\u306A",
    "\u30AB\u30BF\u30AB\u30CA",
    "\u03B5\u03BB\u03BB\u03AC\u03B4\u03B1",
    "\u0130stanbul",
    "\u03A3\u039F\u03A3",
    "\u0645\u0631\u062D\u0628\u0627\u061F",
    "\u0928\u092E\u0938\u094D\u0924\u0947\u0964",
    "\uD83D\uDE00",
    "\u3002",
    "\u2028",
    "\u2029"
  };

  private static final String[] CHROME = {
    "Advertisement", "ADVERTISEMENT", "Sponsored", "Read more: ", "Read more ", "Related:",
    "Related stories", "See also: ", "Share this", "Share on ", "Published on ", "Last updated ",
    "Updated: ", "Leave a reply", "Back to top", "Sign up ", "Subscribe ", "Subscribers ",
    "Newsletter", "Newsletters ", "We use cookies ", "Cookie policy", "Copyright ", "Copyrighted ",
    "\u00A9 ", "(c) ", "All rights reserved", "Continue reading", "Click here", "Follow us",
    "Followers ", "Download our app", "Comments (", "Reply | ", "\u201CAdvertisement"
  };

  private static final String[] LINE_ENDS = {
    "\n", "\n", "\n", "\r\n", "\r", "\n\n", "\u2028", "\u2029", "\u0085", "\n \t\n", "\r\n\r\n"
  };

  private static final String[] SPACES = {
    " ",
    " ",
    " ",
    " ",
    "  ",
    "\t",
    "\u00A0",
    " \u00A0 ",
    "\u2007",
    "\u202F",
    "\u000B",
    "\f",
    "\u001C",
    "\u3000",
    "\u2003",
    " \u00AD ",
    "\u200B"
  };

  private static final String[] ENDINGS = {
    "", "", ".", ".", "!", "?", ":", ";", ".\"", ".)", ".\u201D", "\u2026", " .", "...", ".'] "
  };

  private static String pick(SplittableRandom r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  /** A generated article: lines of words with the given share of non-Latin words. */
  private static String generate(SplittableRandom r, double otherShare, boolean html) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(4) == 0) {
      sb.append(pick(r, SPACES));
    }
    int lines = r.nextInt(25);
    for (int l = 0; l < lines; l++) {
      if (html) {
        sb.append(r.nextBoolean() ? "<p>" : r.nextBoolean() ? "<div class=\"x\">" : "<br/>");
      }
      if (r.nextInt(6) == 0) {
        sb.append(pick(r, CHROME));
      }
      if (r.nextInt(8) == 0) {
        sb.append(pick(r, SPACES));
      }
      int words = r.nextInt(5) == 0 ? r.nextInt(60) : r.nextInt(14);
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          sb.append(r.nextInt(10) == 0 ? pick(r, SPACES) : " ");
        }
        if (html && r.nextInt(30) == 0) {
          sb.append(r.nextBoolean() ? "<b>" : "<a href=\"/x?a=1&amp;b=2\">link</a>");
        }
        if (r.nextDouble() < otherShare) {
          sb.append(pick(r, OTHER_WORDS));
        } else if (r.nextInt(3) == 0) {
          sb.append(pick(r, LATIN_WORDS));
        } else {
          sb.append(LATIN_WORDS[r.nextInt(11)]);
        }
        if (r.nextInt(40) == 0) {
          sb.append(pick(r, ENDINGS));
        }
      }
      sb.append(pick(r, ENDINGS));
      if (r.nextInt(8) == 0) {
        sb.append(pick(r, SPACES));
      }
      if (html) {
        if (r.nextInt(10) == 0) {
          sb.append("<script>var s = \"<p>not text</p>\";</script><!-- comment -->");
        }
        sb.append(r.nextBoolean() ? "</p>" : "</div>");
      }
      sb.append(pick(r, LINE_ENDS));
    }
    if (html && r.nextBoolean()) {
      return "<html><head><style>p { color: red }</style></head><body>" + sb + "</body></html>";
    }
    return sb.toString();
  }

  /**
   * Asserts the same normalized text and the same tokens (hashes, alignment hashes, sentence
   * starts: all a fingerprint is computed from) on both paths, as the detector runs them before and
   * now.
   */
  private static void assertSame(String body, boolean html, String message) {
    List<String> units = NORMALIZER.contentUnits(body, html);
    ContentText actual = new ContentText();
    NORMALIZER.contentText(body, html, actual);
    assertEquals(String.join("\n", units), actual.toString(), message);
    if (actual.isAscii()) {
      for (int i = 0; i < actual.length(); i++) {
        assertTrue(actual.chars()[i] < 0x80, message);
      }
    }
    char[] joined = String.join("\n", units).toCharArray();
    TokenizedText expectedTokens = new WordTokenizer(SEED).tokenize(joined, joined.length, false);
    TokenizedText actualTokens =
        new WordTokenizer(SEED).tokenize(actual.chars(), actual.length(), actual.isAscii());
    assertArrayEquals(expectedTokens.tokens(), actualTokens.tokens(), message);
    assertArrayEquals(expectedTokens.alignmentTokens(), actualTokens.alignmentTokens(), message);
    assertEquals(expectedTokens.sentenceCount(), actualTokens.sentenceCount(), message);
    for (int s = 0; s < expectedTokens.sentenceCount(); s++) {
      assertEquals(expectedTokens.sentenceStart(s), actualTokens.sentenceStart(s), message);
    }
  }

  @Test
  void contentText_generatedLatinTexts_sameAsContentUnits() {
    SplittableRandom r = new SplittableRandom(20261123L);
    for (int round = 0; round < 4000; round++) {
      String body = generate(r, 0, false);
      assertSame(body, false, "round " + round + ": " + body);
    }
  }

  @Test
  void contentText_generatedMixedScriptTexts_sameAsContentUnits() {
    SplittableRandom r = new SplittableRandom(7L);
    for (int round = 0; round < 2000; round++) {
      String body = generate(r, r.nextInt(3) == 0 ? 0.3 : 0.01, false);
      assertSame(body, false, "round " + round + ": " + body);
    }
  }

  @Test
  void contentText_generatedHtml_sameAsContentUnits() {
    SplittableRandom r = new SplittableRandom(99L);
    for (int round = 0; round < 1500; round++) {
      String body = generate(r, r.nextInt(4) == 0 ? 0.05 : 0, true);
      assertSame(body, true, "round " + round + ": " + body);
    }
  }

  @Test
  void contentText_reusedBuffer_sameAsFresh() {
    SplittableRandom r = new SplittableRandom(3L);
    ContentText reused = new ContentText();
    for (int round = 0; round < 500; round++) {
      String body = generate(r, r.nextInt(5) == 0 ? 0.1 : 0, false);
      if (r.nextInt(10) == 0) {
        body = body.repeat(40); // grows the buffers
      }
      NORMALIZER.contentText(body, false, reused);
      assertEquals(String.join("\n", NORMALIZER.contentUnits(body, false)), reused.toString());
    }
  }

  /** The fused pass alone over {@code text}. */
  private static boolean fuse(String text, ContentText out) {
    char[] chars = text.toCharArray();
    return FusedNormalizer.fuse(chars, chars.length, out);
  }

  /** The fast HTML strip of {@code page}, as a string. */
  private static String stripFast(String page) {
    ContentText scratch = new ContentText();
    int n = HtmlStripper.stripFast(page, scratch);
    return new String(scratch.input, 0, n);
  }

  @Test
  void fuse_latinText_takesFusedPath() {
    ContentText out = new ContentText();
    assertTrue(fuse("Caf\u00E9 \u201Cna\u00EFve\u201D \u2014 it\u2019s.\r\n", out));
    assertEquals(
        String.join("\n", NORMALIZER.contentUnits("Caf\u00E9 \u201Cna\u00EFve\u201D", false)),
        out.toString());
    assertTrue(fuse("\u041C\u043E\u0441\u043A\u0432\u0430", out));
    assertFalse(fuse("\u5317\u4EAC", out)); // ideographs
    assertFalse(fuse("\u03A3\u039F\u03A3", out)); // capital sigma
  }

  @Test
  void isStableForFusion_textNeedingNfkc_false() {
    assertTrue(Nfkc.isStableForFusion("Caf\u00E9 \u2019s".toCharArray(), 7));
    assertFalse(Nfkc.isStableForFusion("x\u00A0y".toCharArray(), 3)); // NBSP: NFKC first
    assertFalse(Nfkc.isStableForFusion("\uFB01".toCharArray(), 1));
    for (char c = 0; c < 0xFFFF; c++) {
      boolean stable = c < 0x80 || Nfkc.isStableForFusion(c);
      assertEquals(stable, Nfkc.isStableForFusion(new char[] {'a', c}, 2), "U+" + (int) c);
    }
  }

  @Test
  void isStableForFusion_textOfThoseCharsIsNfkc() {
    List<Character> stable = new ArrayList<>();
    for (char c = 0x80; c < 0xFFFF; c++) {
      if (Nfkc.isStableForFusion(c)) {
        stable.add(c);
      }
    }
    String ascii = "aAzZ09 .'-\t\n";
    for (char c : stable) {
      for (char d : stable) {
        String s = "" + c + d;
        assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFKC), s);
      }
      for (int i = 0; i < ascii.length(); i++) {
        String s = "" + ascii.charAt(i) + c + ascii.charAt(i);
        assertTrue(Normalizer.isNormalized(s, Normalizer.Form.NFKC), s);
      }
    }
  }

  @Test
  void contentText_edgeCases_sameAsContentUnits() {
    String sentence = "One two three four five six seven.";
    String wrapped = "this line is long enough to be joined with the next one because";
    List<String> bodies =
        List.of(
            "",
            " ",
            "\n",
            "\r\n\r\n",
            sentence,
            "  " + sentence + "  ",
            sentence + "\r\n" + sentence,
            sentence + "\r" + sentence + "\u0085" + sentence,
            wrapped + "\n" + "it has no punctuation at its end, so it is re-wrapped text.",
            wrapped + "\r\n" + "with CRLF the empty line between stops the join.",
            wrapped + "\n\n" + sentence,
            wrapped + "\n \t \n" + sentence,
            wrapped + "\n" + wrapped + "\n" + wrapped,
            wrapped,
            wrapped + "\n",
            wrapped + "\u00AD\n" + sentence,
            "Advertisement\n" + sentence + "\nRead more: " + sentence,
            "advertisements are everywhere in this long sentence today.",
            "a | b | c d e f g h.",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
                + " fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two"
                + " twenty-three twenty-four twenty-five twenty-six",
            "\u00C6sop's fables: one two three four five \u00DF\u00FE\u00E6 \u00BD.",
            "copyright\u00A0 2024 one two three four five six.",
            "\u0000 one two three four five six.");
    for (String body : bodies) {
      assertSame(body, false, body);
    }
    // HTML is stripped into the fused pass's input, which must be left as it was when the pass
    // gives up (capital sigma) after an expanding fold (sharp s, ligature).
    for (String body :
        List.of(
            "<p>Stra\u00DFe \u00C6sop one two three four five \u03A3\u039F\u03A3 six.</p>",
            "<p>\u00C6sop R&amp;D one two three four five \u0130stanbul six.</p>",
            "Stra\u00DFe \u00C6sop one two three four five \u03A3\u039F\u03A3 six.")) {
      assertSame(body, true, body);
    }
    // Lines around the wrap length, ending without punctuation, then with.
    String words = "abc de fgh ij klmno pq rstu vw xyz ab cdef gh ijk lm nopq rs tuv wx yz";
    for (int length = ChromeRules.WRAP_MIN_CHARS - 3;
        length <= ChromeRules.WRAP_MIN_CHARS + 3;
        length++) {
      String line = words.substring(0, length).strip();
      assertSame(line + "\n" + sentence + "\n" + line + ".\n" + sentence, false, line);
      assertSame(" " + line + "\t\n" + sentence, false, line);
    }
  }

  private static final String[] HTML_PIECES = {
    "<p>",
    "</p>",
    "<br/>",
    "<br>",
    "</br>",
    "<div class=\"a>b\">",
    "<a title='x > y'>",
    "</a>",
    "<p title=\"it's > ok\" data-x=1>",
    "<img src=x alt=\"a < b > c\">",
    "<b>",
    "</b >",
    "<span onclick=\"f('>')\">",
    "<p title=\"esc \\\" > q\">",
    "<h1 id=t>",
    "</h1>",
    "<p title=\"a > long run of words\\\" inside > x\">",
    "<script><!-- s = 'a > long run of words\\' still' --></script>",
    "<!-- a > b -->",
    "<!-- x -- y > z -->",
    "<!--# include virtual=\"a>b\" -->",
    "<script>var a = \"<p>\"; if (a > b) {}</script>",
    "<script><!-- x > 'y' --></script>",
    "<script type=\"t\">a > b</script >",
    "<style>p > a { x: 1 }</style>",
    "<style><!-- p > \"a\" --></style>",
    "<![CDATA[ a > b ]] c ]]>",
    "<!DOCTYPE html>",
    "<?xml version=\"1.0\"?>",
    "<!bogus > text",
    "&amp;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&nbsp;",
    "&eacute;",
    "&#39;",
    "&#x27;",
    "&#xE001;",
    "&bogus;",
    " & ",
    "&amp",
    "<",
    ">",
    " > ",
    "< p>",
    "<p title=\"unterminated",
    "<!-- unterminated",
    "<script>unterminated",
    "<![CDATA[open",
    "<p title='a",
    "-->",
    "]]>",
    "\"",
    "'",
    "\\",
    "-",
    "]",
    "[",
    "/",
    "?",
    "!",
    "=",
    "\uE000",
    "\uE005",
    "\uD83D\uDE00",
    "\n",
    "\r\n",
    "\t",
    "  "
  };

  private static final String[] TEXT_PIECES = {
    "The minister said on Tuesday that talks would continue",
    " and it's",
    " \"quoted\" ",
    " co-operate ",
    " [bracketed] ",
    " back\\slash ",
    "plain words without specials ",
    "caf\u00E9 na\u00EFve \u201Cquotes\u201D ",
    "x",
    "a b c d e f g h i j",
    "?!.;:"
  };

  private static String randomPage(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int pieces = r.nextInt(40);
    for (int i = 0; i < pieces; i++) {
      sb.append(r.nextInt(3) == 0 ? pick(r, HTML_PIECES) : pick(r, TEXT_PIECES));
    }
    return sb.toString();
  }

  @Test
  void stripFast_fuzzedPages_sameAsFilter() {
    SplittableRandom r = new SplittableRandom(424242L);
    for (int round = 0; round < 30_000; round++) {
      String page = randomPage(r);
      assertEquals(HtmlStripper.strip(page), stripFast(page), page);
    }
  }

  @Test
  void stripFast_longTextRuns_sameAsFilter() {
    SplittableRandom r = new SplittableRandom(7L);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(30); i > 0; i--) {
        sb.append(pick(r, HTML_PIECES)).append(pick(r, TEXT_PIECES)).append(pick(r, TEXT_PIECES));
      }
      String page = round % 100 == 0 ? sb.toString().repeat(30) : sb.toString(); // past a buffer
      assertEquals(HtmlStripper.strip(page), stripFast(page), page);
    }
  }

  /** Markup that {@code stripSimpleMarkup} handles. */
  private static final String[] SIMPLE_MARKUP = {
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<h1>",
    "</h1>",
    "<li>",
    "<a>",
    "</a>",
    "<b>",
    "</b>",
    "<br>",
    "</br>",
    "<brx>",
    "</brx>",
    "<bdo>",
    "<span>",
    "</span>",
    "<strong>",
    "<textarea>",
    "<var>",
    "<abbr>",
    "<abc>",
    "<ab>",
    "<s>",
    "<sub>",
    "<x1>",
    "</script>",
    "</scripts>",
    "</style>",
    "<script>var ads = [1, 2, 3]; track('view');</script>",
    "<script>a > b && c</script>",
    "<script></script>",
    "<div class=\"nav\">",
    "<a href=\"/world\">",
    "<a href=\"/x\" title=\"a b\">",
    "<p data-x=\"\">",
    "<p  class=\"x\">",
    "<br class=\"x\">",
    "<h1 id=\"t\">",
    "<b class=\"x\">",
    "<p c=\"\u00E9 \u201C\">",
    ">",
    "\"",
    "'",
    "=",
    "\\",
    "-",
    "]",
    "\n",
    "\r\n",
    "\uE000"
  };

  /** Markup just outside what {@code stripSimpleMarkup} handles. */
  private static final String[] NOT_SIMPLE_MARKUP = {
    "<P>",
    "<p >",
    "<p/>",
    "<br/>",
    "<script>",
    "<scripts>",
    "<style>",
    "<styles>",
    "<script><!-- x --></script>",
    "<script>x</SCRIPT></script>",
    "<script>\uD83D</script>",
    "<script type=\"x\"></script>",
    "<p class=\"a\" >",
    "<p class='a'>",
    "<p class=\"a>b\">",
    "<p class=\"a=b\">",
    "<p class=\"a\\\"b\">",
    "<p class=x>",
    "<p class=\"",
    "<p class=\"x\"",
    "<p class=\"a&amp;\">",
    "<p c=\"\uD83D\uDE00\">",
    "</b >",
    "< p>",
    "<1>",
    "<-x>",
    "<!-- c -->",
    "<",
    "</",
    "&amp;",
    "&",
    "\uD83D\uDE00"
  };

  @Test
  void stripFast_simpleMarkupPages_sameAsFilter() {
    SplittableRandom r = new SplittableRandom(99L);
    int simple = 0;
    for (int round = 0; round < 30_000; round++) {
      StringBuilder sb = new StringBuilder();
      int notSimple = r.nextInt(3); // pieces outside the simple markup: none in a third of pages
      for (int i = r.nextInt(30); i > 0; i--) {
        int x = r.nextInt(30);
        if (x < 10) {
          sb.append(pick(r, TEXT_PIECES));
        } else if (x == 10 && notSimple-- > 0) {
          sb.append(pick(r, NOT_SIMPLE_MARKUP));
        } else {
          sb.append(pick(r, SIMPLE_MARKUP));
        }
      }
      String page = sb.toString();
      char[] chars = page.toCharArray();
      if (SimpleMarkupStripper.strip(chars, chars.length, new char[chars.length]) >= 0) {
        simple++;
      }
      assertEquals(HtmlStripper.strip(page), stripFast(page), page);
    }
    assertTrue(simple > 10_000, "pages of simple markup: " + simple);
  }

  @Test
  void stripSimpleMarkup_typicalPage_strippedWithoutTheFilter() {
    String page =
        "<html><head><title>Site</title><script>var a = [1]; f('x');</script></head><body>\n"
            + "<div class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/w\">World</a></div>\n"
            + "<h1>Headline</h1>\n<p>One \u201Ctwo\u201D three.</p>\n<li>Item</li>\n"
            + "</body></html>\n";
    char[] chars = page.toCharArray();
    char[] out = new char[chars.length];
    int n = SimpleMarkupStripper.strip(chars, chars.length, out);
    assertEquals(HtmlStripper.strip(page), new String(out, 0, n));
    char[] entity = "<p>R&amp;D</p>".toCharArray();
    assertEquals(-1, SimpleMarkupStripper.strip(entity, entity.length, out));
  }

  @Test
  void contentText_everyBmpChar_sameAsContentUnits() {
    for (char c = 1; c < 0xFFFF; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      assertSame("One two three " + c + "four five\u00E9 Six" + c + ". seven" + c, false, "U+" + c);
    }
  }

  @Test
  void contentText_mixedScriptCorpus_sameAsContentUnits() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/tokenizer/mixed-scripts.txt")) {
      String corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : corpus.split("\n")) {
        assertSame(line, false, line);
      }
      assertSame(corpus, false, "whole corpus");
    }
  }

  @Test
  void contentText_sampleCorpus_sameAsContentUnits() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("corpus-samples"))) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    assertTrue(files.size() >= 5, "sample articles");
    for (Path f : files) {
      String body = Files.readString(f, StandardCharsets.UTF_8);
      assertSame(body, false, f.toString());
      assertSame(body.replace("\n", "\r\n"), false, f.toString());
      assertSame(
          "<html><body><p>" + body.replace("\n", "</p>\n<p>") + "</p></body></html>",
          true,
          f.toString());
    }
  }
}
