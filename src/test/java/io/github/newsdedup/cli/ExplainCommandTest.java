package io.github.newsdedup.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.io.TestJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code explain} command: its JSON contract, hand-checked, and the text form. */
class ExplainCommandTest {
  private static final String WIRE = "corpus-samples/000_1ac3a902d5ad9604.txt";
  private static final String COPY = "corpus-samples/001_3996b4a5bdcd3b6a.txt";

  @TempDir Path dir;

  @Test
  void explain_json_handCheckedDocument() throws IOException {
    // a: headline [0, 15), sentence [17, 90), "Comments (3)" [91, 103); b: sentence [10, 83).
    // 13 shared words: a has 13 words, 9 shingles; b 23 words, 19 shingles; all of a's shingles
    // are in b: jaccard 9/19, containment 1. All 13 words of a align with b; 13 of b's 23 words
    // with a: short (mutual alignment) 13/23. Leads: a's 13 words all align with b's start, 12 of
    // b's first 13 ("reuters" not) with a's: lead (1 + 12/13) / 2 = 25/26. As a has 9 shingles,
    // fewer than 50, only the short rule may accept besides resemblance, and 13/23 < 0.85.
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(
        a,
        "Talks To Resume\n\nThe minister said on Tuesday that talks would resume next week in"
            + " Geneva.\nComments (3)\n",
        UTF_8);
    Files.writeString(
        b,
        "Reuters - The minister said on Tuesday that talks would resume next week in Geneva."
            + " Nobody else commented on the plans before the weekend.\n",
        UTF_8);
    CliRun r = CliRun.of("explain", "--format", "json", a.toString(), b.toString());
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    assertEquals(
        "{\"a\": \"a\", \"b\": \"b\", \"jaccard\": 0.47368421052631576,"
            + " \"containment\": 1.0, \"rule\": null,\n"
            + " \"rules\": [\n"
            + "  {\"rule\": \"resemblance\", \"value\": 0.47368421052631576, \"threshold\": 0.5,"
            + " \"accepted\": false},\n"
            + "  {\"rule\": \"containment\", \"value\": 1.0, \"threshold\": 0.8,"
            + " \"accepted\": false},\n"
            + "  {\"rule\": \"alignment\", \"value\": 1.0, \"threshold\": 0.85,"
            + " \"accepted\": false},\n"
            + "  {\"rule\": \"lead\", \"value\": 0.9615384615384616, \"threshold\": 0.75,"
            + " \"accepted\": false},\n"
            + "  {\"rule\": \"short\", \"value\": 0.5652173913043478, \"threshold\": 0.85,"
            + " \"accepted\": false}\n"
            + " ],\n"
            + " \"passages\": [\n"
            + "  {\"a\": [17, 90], \"b\": [10, 83], \"words\": 13}\n"
            + " ],\n"
            + " \"dropped\": {\"a\": [\n"
            + "  {\"range\": [0, 15], \"reason\": \"no sentence structure\"},\n"
            + "  {\"range\": [91, 103], \"reason\": \"chrome phrase\"}\n"
            + " ], \"b\": []}}\n",
        r.out());
    TestJson.parse(r.out());
  }

  @Test
  void explain_sampleCorpusJson_eightParagraphsOfTheCopy() throws IOException {
    CliRun r = CliRun.of("explain", "--format", "json", WIRE, COPY);
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    @SuppressWarnings("unchecked")
    Map<String, Object> doc = (Map<String, Object>) TestJson.parse(r.out());
    assertEquals("000_1ac3a902d5ad9604", doc.get("a"));
    assertEquals("containment", doc.get("rule"));
    List<?> passages = (List<?>) doc.get("passages");
    assertEquals(8, passages.size());
    String copy = Files.readString(Path.of(COPY), UTF_8);
    String[] paragraphs = copy.split("\n\n");
    for (int i = 0; i < 8; i++) {
      Map<?, ?> p = (Map<?, ?>) passages.get(i);
      List<?> range = (List<?>) p.get("b");
      int start = ((BigDecimal) range.get(0)).intValueExact();
      int end = ((BigDecimal) range.get(1)).intValueExact();
      assertEquals(paragraphs[i + 2], copy.substring(start, end));
    }
    Map<?, ?> dropped = (Map<?, ?>) doc.get("dropped");
    assertEquals(3, ((List<?>) dropped.get("b")).size());
  }

  @Test
  void explain_text_verdictScoresAndTrimmedQuotes() {
    CliRun r = CliRun.of("explain", WIRE, COPY);
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    String out = r.out();
    assertTrue(out.contains("Verdict: copies, accepted by the containment rule\n"), out);
    assertTrue(out.contains("  resemblance  0.194 < 0.50\n"), out);
    assertTrue(out.contains("  containment  0.963 >= 0.80  accepted\n"), out);
    assertTrue(
        out.contains("  alignment    0.964 >= 0.85  (an earlier rule accepted first)\n"), out);
    assertTrue(out.contains("\nShared passages: 8 (349 words)\n"), out);
    assertTrue(
        out.contains("  1. a [0, 192)  b [193, 385)  32 words\n     \"On Wednesday, Kremlin"), out);
    assertTrue(out.contains(" … "), out);
    assertTrue(out.contains("\nDropped from b as page chrome: 3\n"), out);
    assertTrue(out.contains("no sentence structure: \"Author: Dave DeCamp\"\n"), out);
  }

  @Test
  void explain_unrelated_notCopies() {
    CliRun r =
        CliRun.of(
            "explain",
            "corpus-samples/002_9d5f7659cd0f1aaf.txt",
            "corpus-samples/003_f37f68e56e8894e5.txt");
    assertEquals(Main.EXIT_OK, r.exit(), r.err());
    assertTrue(r.out().contains("Verdict: not copies, no rule accepted the pair\n"), r.out());
    assertTrue(r.out().contains("\nShared passages: 0 (0 words)\n"), r.out());
  }

  @Test
  void explain_oneFile_usageError() {
    CliRun r = CliRun.of("explain", WIRE);
    assertEquals(Main.EXIT_USAGE, r.exit());
    assertTrue(r.err().contains("needs two files, got 1"), r.err());
  }

  @Test
  void explain_jsonlWithTwoArticles_exitOne() throws IOException {
    Path jsonl = dir.resolve("two.jsonl");
    Files.writeString(
        jsonl, "{\"id\": \"x\", \"text\": \"one\"}\n{\"id\": \"y\", \"text\": \"two\"}\n", UTF_8);
    CliRun r = CliRun.of("explain", jsonl.toString(), WIRE);
    assertEquals(Main.EXIT_SKIPPED, r.exit());
    assertTrue(r.err().contains("holds 2 articles"), r.err());
  }
}
