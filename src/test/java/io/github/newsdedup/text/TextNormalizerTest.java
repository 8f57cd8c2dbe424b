package io.github.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  private final TextNormalizer normalizer = TextNormalizer.newsDefault();

  @Test
  void normalizeCharacters_entitiesQuotesDashesCaseDiacritics() {
    assertEquals(
        "\"it's\" - cafe & naive fiance",
        normalizer.normalizeCharacters(
            "\u201CIt\u2019s\u201D \u2014 Caf&eacute; &amp; Na\u00EFve fianc&#233;", false));
  }

  @Test
  void normalizeCharacters_caseFoldIsLocaleIndependent() {
    // Under a Turkish default locale "I".toLowerCase() would give a dotless i.
    assertEquals("istanbul izmir", normalizer.normalizeCharacters("ISTANBUL Izmir", false));
  }

  @Test
  void normalizeCharacters_nfkcAndInvisibleChars() {
    assertEquals(
        "fi 2 ab cd", normalizer.normalizeCharacters("\uFB01 \u2082 a\u00ADb c\u200Bd", false));
    assertEquals("a b", normalizer.normalizeCharacters("a\u00A0b", false));
  }

  @Test
  void normalizeCharacters_nonLatinScriptsKept() {
    assertEquals("москва 北京", normalizer.normalizeCharacters("Москва 北京", false));
  }

  @Test
  void normalizeCharacters_html_stripsTagsScriptsAndDecodes() {
    String html =
        "<html><head><style>p{color:red}</style><script>var x = 1;</script></head>"
            + "<body><p>Fish &amp; chips</p><p>are <b>good</b>.</p></body></html>";
    String text = normalizer.normalizeCharacters(html, true);
    assertTrue(text.contains("fish & chips"), text);
    assertTrue(text.contains("are good."), text);
    assertFalse(text.contains("color"), text);
    assertFalse(text.contains("var x"), text);
  }

  @Test
  void looksLikeHtml_detectsTagsNotComparisons() {
    assertTrue(TextNormalizer.looksLikeHtml("<p>Hello</p>"));
    assertTrue(TextNormalizer.looksLikeHtml("text<br/>more"));
    assertFalse(TextNormalizer.looksLikeHtml("prices rose 3 < 5 and a<b"));
  }

  @Test
  void contentUnits_dropsChromeKeepsSentences() {
    String page =
        String.join(
            "\n",
            "The Daily Example",
            "Home | News | World | Business | Sport",
            "Advertisement",
            "Thursday 28 February 2005, 13:40 GMT",
            "",
            "MINISTER RESIGNS AFTER VOTE",
            "",
            "The minister resigned on Tuesday after losing a key vote in parliament.",
            "",
            "Share this article: Facebook | Twitter | Email",
            "Related stories",
            "- Talks collapse in Brussels",
            "Read more: Why the vote mattered to the whole government coalition today.",
            "We use cookies to improve your experience. By continuing you agree.",
            "Reply | Like (27)");
    assertEquals(
        List.of("the minister resigned on tuesday after losing a key vote in parliament."),
        normalizer.contentUnits(page, false));
  }

  @Test
  void contentUnits_rewrappedParagraph_joinedIntoOneUnit() {
    String wrapped =
        "The former harbour spokesman Martin Kessler will return to the council\n"
            + "to run its campaign for the new ferry terminal, the party has\n"
            + "confirmed.\n\nNext paragraph is here and it has enough words to count.";
    List<String> units = normalizer.contentUnits(wrapped, false);
    assertEquals(2, units.size(), units.toString());
    assertTrue(units.get(0).endsWith("the party has confirmed."), units.get(0));
  }

  @Test
  void contentUnits_chromePrefixNeedsWordBoundary() {
    assertEquals(
        List.of("subscribers to the service rose by ten percent last year."),
        normalizer.contentUnits(
            "Subscribers to the service rose by ten percent last year.", false));
  }

  @Test
  void contentUnits_longUnpunctuatedText_kept() {
    String line = "word ".repeat(30).trim();
    assertEquals(1, normalizer.contentUnits(line, false).size());
  }

  @Test
  void contentUnits_emptyAndWhitespace_empty() {
    assertTrue(normalizer.contentUnits("", false).isEmpty());
    assertTrue(normalizer.contentUnits(" \n\t\n ", false).isEmpty());
  }
}
