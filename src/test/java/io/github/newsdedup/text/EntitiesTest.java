package io.github.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;
import org.junit.jupiter.api.Test;

/**
 * Character references: the HTML5 table, and the same decoding of a story whether it comes as plain
 * text (a feed) or as a page.
 */
class EntitiesTest {
  private static final TextNormalizer NORMALIZER = TextNormalizer.newsDefault();

  @Test
  void html5Names_wholeWhatwgListWithSemicolon() {
    Map<String, String> names = Entities.html5Names();
    // The WHATWG list has 2,231 entries: 2,125 names with the semicolon and 106 legacy names
    // without it, which are not references here.
    assertEquals(2125, names.size());
    assertEquals("\u2713", names.get("check"));
    assertEquals("\u2026", names.get("hellip"));
    assertEquals("'", names.get("apos"));
    assertEquals("&", names.get("amp"));
    assertEquals("\u2242\u0338", names.get("NotEqualTilde")); // two code points
    assertEquals(new String(Character.toChars(0x1D504)), names.get("Afr")); // supplementary
    for (String name : names.keySet()) {
      assertTrue(name.matches("[A-Za-z0-9]{1,32}"), name); // as mayHaveEntity expects
      assertTrue(Entities.mayHaveEntity("&" + name + ";"), name);
    }
  }

  @Test
  void decodeEntities_html5NamesAndApos() {
    assertEquals(
        "It's \u2713 done\u2026 \u2260 \u00E9 \u2019 \u20AC",
        TextNormalizer.decodeEntities(
            "It&apos;s &check; done&hellip; &ne; &eacute; &rsquo; &#x20AC;"));
    assertEquals("\u2192 \u22C6", TextNormalizer.decodeEntities("&rarr; &Star;"));
  }

  @Test
  void decodeEntities_bareAmpersandsAndUnknownNames_unchanged() {
    for (String text :
        List.of(
            "AT&T",
            "R&D",
            "Marks & Spencer",
            "M&S; P&G;",
            "&check without semicolon",
            "&notaname;",
            "fish &chips;",
            "a && b",
            "&;",
            "& amp;")) {
      assertEquals(text, TextNormalizer.decodeEntities(text), text);
    }
    assertEquals("AT&T \u2713", TextNormalizer.decodeEntities("AT&T &check;"));
  }

  @Test
  void translate_sameAsCommonsTextHtml4ThenHtml5Lookup() {
    Map<CharSequence, CharSequence> html5 = new HashMap<>();
    Entities.html5Names().forEach((name, value) -> html5.put("&" + name + ";", value));
    CharSequenceTranslator reference =
        new AggregateTranslator(StringEscapeUtils.UNESCAPE_HTML4, new LookupTranslator(html5));
    String[] pieces = {
      "&",
      "#",
      "x",
      ";",
      "amp",
      "lt",
      "check",
      "apos",
      "lang",
      "NotEqualTilde",
      "hellip",
      "12",
      "x41",
      "1F600",
      "99999999999",
      "a",
      " ",
      "T",
      "\u00E9",
      "\uD83D\uDE00"
    };
    SplittableRandom r = new SplittableRandom(5);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(12); i > 0; i--) {
        sb.append(pieces[r.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      assertEquals(reference.translate(s), Entities.translate(s), s);
    }
  }

  @Test
  void feedAndPage_sameContent() {
    String story =
        "It&apos;s a &check; for the plan &hellip; AT&T and R&D teams said on Monday &mdash; "
            + "&ldquo;we&rsquo;re ready&rdquo; &#8212; at &pound;5&nbsp;million &frac12; off.\n"
            + "The second paragraph of the story has &lowast; six &bigstar; words or more here.";
    String page =
        "<html><head><title>Story</title></head><body><article>\n<p>"
            + story.replace("\n", "</p>\n<p>")
            + "</p>\n</article></body></html>";
    List<String> fromFeed = NORMALIZER.contentUnits(story, false);
    assertEquals(2, fromFeed.size(), fromFeed.toString());
    assertTrue(fromFeed.get(0).startsWith("it's a \u2713 for the plan ... at&t and r&d teams"));
    assertEquals(fromFeed, NORMALIZER.contentUnits(page, true));
    ContentText feedText = new ContentText();
    ContentText pageText = new ContentText();
    NORMALIZER.contentText(story, false, feedText);
    NORMALIZER.contentText(page, true, pageText);
    assertEquals(String.join("\n", fromFeed), feedText.toString());
    assertEquals(feedText.toString(), pageText.toString());
  }

  @Test
  void decodeEntities_referenceBeyondUnicodeOrToSurrogate_replacementChar() {
    for (String reference :
        List.of(
            "&#x110000;",
            "&#X110000;",
            "&#99999999;",
            "&#1114112;",
            "&#x7FFFFFFF;",
            "&#xD800;",
            "&#xdfff;",
            "&#55296;",
            "&#57343;",
            "&#x0000D800;")) {
      assertEquals("a \uFFFD b", TextNormalizer.decodeEntities("a " + reference + " b"), reference);
    }
    assertEquals(
        new String(Character.toChars(0x10FFFF)) + "\uD7FF\uE000",
        TextNormalizer.decodeEntities("&#x10FFFF;&#xD7FF;&#57344;"));
    for (String notReference :
        List.of("&#x110000", "&#99999999999;", "&#x80000000;", "&#;", "&#x;", "&#12ab;")) {
      assertEquals(notReference, TextNormalizer.decodeEntities(notReference), notReference);
    }
  }

  @Test
  void decodeEntities_surrogateReferences_pairDecodedLoneReplaced() {
    String grinning = "\uD83D\uDE00";
    assertEquals(grinning, TextNormalizer.decodeEntities("&#xD83D;&#xDE00;"));
    assertEquals(grinning, TextNormalizer.decodeEntities("&#55357;&#56832;"));
    assertEquals("\uFFFD\uFFFD", TextNormalizer.decodeEntities("&#xDE00;&#xD83D;"));
    assertEquals("\uFFFD \uFFFD", TextNormalizer.decodeEntities("&#xD83D; &#xDE00;"));
    assertEquals("\uFFFDx", TextNormalizer.decodeEntities("&#xD83D;x"));
    assertEquals("\uFFFD&#xDE00", TextNormalizer.decodeEntities("&#xD83D;&#xDE00"));
    // The page's filter decodes them alike.
    for (String text : List.of("a &#xD83D;&#xDE00; b", "a &#xDE00;&#xD83D; b", "a &#xD800; b")) {
      assertEquals(
          NORMALIZER.normalizeCharacters(text, false),
          NORMALIZER.normalizeCharacters("<p>" + text + "</p>", true).strip(),
          text);
    }
  }

  @Test
  void contentUnits_referenceBeyondUnicode_feedAndPageDecodeIt() {
    String story =
        "The council said on Monday that &#x110000; the plan &#99999999; would go ahead, "
            + "and &#xD800; the vote &amp;#x110000; is set for next week in the town hall.";
    String page = "<html><body><p>" + story + "</p></body></html>";
    List<String> fromFeed = NORMALIZER.contentUnits(story, false);
    assertEquals(1, fromFeed.size(), fromFeed.toString());
    assertTrue(fromFeed.get(0).contains("that \uFFFD the plan \uFFFD would"), fromFeed.get(0));
    ContentText feedText = new ContentText();
    NORMALIZER.contentText(story, false, feedText);
    assertEquals(fromFeed.get(0), feedText.toString());
    List<String> fromPage = NORMALIZER.contentUnits(page, true);
    assertEquals(1, fromPage.size(), fromPage.toString());
    assertTrue(fromPage.get(0).startsWith(fromFeed.get(0).substring(0, 60)), fromPage.get(0));
    ContentText pageText = new ContentText();
    NORMALIZER.contentText(page, true, pageText);
    assertEquals(fromPage.get(0), pageText.toString());
  }
}
