package io.github.newsdedup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Match;
import io.github.newsdedup.MatchRule;
import io.github.newsdedup.Similarity;
import io.github.newsdedup.io.SkippedInput;
import io.github.newsdedup.io.TestJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupOutputTest {

  @Test
  void csvField_quotesOnlyWhenNeeded() {
    assertEquals("plain", GroupOutput.csvField("plain"));
    assertEquals("\"a,b\"", GroupOutput.csvField("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", GroupOutput.csvField("say \"hi\""));
    assertEquals("\"two\nlines\"", GroupOutput.csvField("two\nlines"));
    assertEquals("\"cr\r\"", GroupOutput.csvField("cr\r"));
  }

  @Test
  void csvAndTsvFields_defuseSpreadsheetFormulas() {
    assertEquals("'=HYPERLINK(1)", GroupOutput.csvField("=HYPERLINK(1)"));
    assertEquals("'+1", GroupOutput.csvField("+1"));
    assertEquals("'-2", GroupOutput.tsvField("-2"));
    assertEquals("'@sum", GroupOutput.tsvField("@sum"));
    assertEquals("\"'=a,b\"", GroupOutput.csvField("=a,b"));
    assertEquals("a\\tb\\nc\\\\d", GroupOutput.tsvField("a\tb\nc\\d"));
    assertEquals("mid=dle", GroupOutput.csvField("mid=dle"));
  }

  @Test
  void number_finiteOnly() {
    assertEquals("0.5", GroupOutput.number(0.5));
    assertEquals("1.0E-5", GroupOutput.number(1e-5));
    assertThrows(IllegalArgumentException.class, () -> GroupOutput.number(Double.NaN));
  }

  @Test
  void render_sortsGroupsBySizeThenRepresentative() {
    Match ab = new Match("b", "a", new Similarity(0.5, 0.9, false), MatchRule.CONTAINMENT, 0.9);
    List<DuplicateGroup> groups =
        List.of(
            new DuplicateGroup("z", List.of("z"), List.of()),
            new DuplicateGroup("c", List.of("c"), List.of()),
            new DuplicateGroup("b", List.of("b", "a"), List.of(ab)));
    List<Article> articles =
        List.of(
            Article.of("a", "x"), Article.of("b", "x"), Article.of("c", "x"), Article.of("z", "x"));
    GroupOutput output =
        new GroupOutput(articles, groups, List.of(new SkippedInput("f.jsonl:3", "missing \"id\"")));
    assertEquals(
        "{\n"
            + "  \"articles\": 4,\n"
            + "  \"groups\": [\n"
            + "    {\"representative\": \"b\", \"size\": 2, \"members\": [\"b\", \"a\"],"
            + " \"details\": [{\"id\": \"b\"}, {\"id\": \"a\"}],"
            + " \"matches\": [{\"a\": \"b\", \"b\": \"a\", \"jaccard\": 0.5, \"containment\": 0.9,"
            + " \"rule\": \"containment\", \"score\": 0.9, \"estimated\": false}]},\n"
            + "    {\"representative\": \"c\", \"size\": 1, \"members\": [\"c\"], \"details\":"
            + " [{\"id\": \"c\"}], \"matches\": []},\n"
            + "    {\"representative\": \"z\", \"size\": 1, \"members\": [\"z\"], \"details\":"
            + " [{\"id\": \"z\"}], \"matches\": []}\n"
            + "  ],\n"
            + "  \"skipped\": [\n"
            + "    {\"input\": \"f.jsonl:3\", \"reason\": \"missing \\\"id\\\"\"}\n"
            + "  ]\n"
            + "}\n",
        output.render(GroupOutput.Format.JSON, false));
    assertEquals(
        "4 articles, 3 groups (1 with copies), 1 skipped\n"
            + "\n"
            + "Group 1: 2 articles\n"
            + "  b  representative\n"
            + "  a  jaccard 0.500  containment 0.900  containment\n"
            + "\n"
            + "2 articles without copies:\n"
            + "  c\n"
            + "  z\n",
        output.render(GroupOutput.Format.TEXT, true));
    assertEquals(
        GroupOutput.CSV_HEADER + "\nb,a,0.5,0.9,containment,0.9,false,1,b\n",
        output.render(GroupOutput.Format.CSV, false));
  }

  @Test
  void render_largeResult_writtenInChunksStillWhole() {
    List<Article> articles = new java.util.ArrayList<>();
    List<DuplicateGroup> groups = new java.util.ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String a = String.format(java.util.Locale.ROOT, "article-%05d-a", i);
      String b = String.format(java.util.Locale.ROOT, "article-%05d-b", i);
      articles.add(Article.of(a, "x"));
      articles.add(Article.of(b, "x"));
      Match m = new Match(a, b, new Similarity(0.75, 0.8, false), MatchRule.RESEMBLANCE, 0.75);
      groups.add(new DuplicateGroup(a, List.of(a, b), List.of(m)));
    }
    GroupOutput output = new GroupOutput(articles, groups, List.of());
    Map<?, ?> doc = (Map<?, ?>) TestJson.parse(output.render(GroupOutput.Format.JSON, false));
    assertEquals(3000, ((List<?>) doc.get("groups")).size());
    assertEquals(3001, output.render(GroupOutput.Format.CSV, false).split("\n").length);
    String text = output.render(GroupOutput.Format.TEXT, false);
    assertEquals(1 + 3000 * 4 + 1, text.split("\n", -1).length); // header, 4 per group, ""
  }

  @Test
  void render_nothing_validJson() {
    String json =
        new GroupOutput(List.of(), List.of(), List.of()).render(GroupOutput.Format.JSON, false);
    assertEquals("{\n  \"articles\": 0,\n  \"groups\": [],\n  \"skipped\": []\n}\n", json);
    assertEquals(
        Map.of("articles", new java.math.BigDecimal(0), "groups", List.of(), "skipped", List.of()),
        TestJson.parse(json));
  }
}
