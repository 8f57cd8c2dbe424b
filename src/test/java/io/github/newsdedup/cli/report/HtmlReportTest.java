package io.github.newsdedup.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.io.SkippedInput;
import io.github.newsdedup.testing.TestArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report file without a browser: its contract attributes, texts once, no network. */
class HtmlReportTest {
  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  @Test
  void write_sampleCorpus_groupsAndMembersInGroupOrder() throws IOException {
    List<Article> articles = ArticleReader.read(List.of(Path.of("corpus-samples"))).articles();
    Reports.Report r = Reports.of(articles, List.of());
    Matcher m =
        Pattern.compile("<li class=\"group[^\"]*\" data-group=\"(\\d+)\"").matcher(r.html());
    List<Integer> numbers = new ArrayList<>();
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group(1)));
    }
    assertEquals(List.of(1, 2, 3, 4), numbers);
    int from = 0;
    for (DuplicateGroup g : r.groups()) {
      for (String id : g.members()) {
        int at = r.html().indexOf("<li data-id=\"" + id + "\"", from);
        assertTrue(at >= 0, id);
        from = at;
      }
    }
    assertTrue(r.html().contains("<dd data-summary=\"articles\">5</dd>"));
    assertTrue(r.html().contains("<dd data-summary=\"copies\">1</dd>"));
  }

  @Test
  void write_textsStoredOnce() throws IOException {
    List<Article> articles = new ArrayList<>();
    String body = TestArticles.body(3, 14);
    articles.add(Article.of("wire", body));
    articles.add(Article.of("copy-1", "Advertisement\n\n" + body + "\n\nShare this"));
    articles.add(Article.of("copy-2", body + "\n\nComments (0)"));
    Reports.Report r = Reports.of(articles, List.of());
    assertEquals(1, r.groups().size());
    String firstSentence = body.substring(0, body.indexOf('.') + 1);
    assertEquals(3, count(r.html(), firstSentence));
  }

  @Test
  void write_selfContained_noNetworkAndScriptSafe() throws IOException {
    List<Article> articles =
        List.of(
            Article.of("x", "Before </script><script>alert(1)</script> <!-- after -->"),
            Article.of("y&<\"z\">", TestArticles.body(4, 6)).withTitle("<b>Bold</b> & co"));
    Reports.Report r =
        Reports.of(articles, List.of(new SkippedInput("bad.txt", "not UTF-8 <here>")));
    String html = r.html();
    assertEquals(1, count(html, "<script>"));
    assertEquals(2, count(html, "</script>"));
    assertFalse(html.contains("<link"), "no external stylesheet");
    assertFalse(html.contains("src="), "no external script or image");
    assertFalse(html.contains("@import"));
    assertFalse(html.contains("url("));
    assertFalse(Pattern.compile("https?://").matcher(html).find());
    assertTrue(html.contains("data-id=\"y&amp;&lt;&quot;z&quot;&gt;\""));
    assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; co"));
    assertTrue(html.contains("not UTF-8 &lt;here&gt;"));
  }
}
