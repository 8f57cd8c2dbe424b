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
}
