package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of the README and the Javadoc, compiled and run. Keep them in sync. */
class JavadocExamplesTest {

  @Test
  void readmeExample_groupsTheRepostWithItsSource() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8); // README: System.out
    // --- README "Java API" example, verbatim from here ---
    NearDuplicateDetector detector =
        NearDuplicateDetector.builder()
            .shingleSize(5)
            .signatureLength(128)
            .containmentThreshold(0.8)
            .build();

    String story =
        "The harbour authority confirmed on Tuesday that the northern bridge will close for"
            + " repairs from March, after engineers found cracks in two of its supports.\n\n"
            + "Ferries will run every twenty minutes while the work lasts, and the council said"
            + " the cost of 4.2 million pounds would be shared with the regional government.\n\n"
            + "Shop owners on the quay warned that the closure could halve their trade during"
            + " the spring, and asked for a cut in business rates until the bridge reopens.";
    List<Article> articles =
        List.of(
            Article.of("wire-1", story).withTitle("Bridge to close for repairs"),
            Article.of(
                    "site-7",
                    "Advertisement\nHome | News | Local\n\n"
                        + story
                        + "\n\nShare this: Facebook | Twitter\nComments (2)\nGreat news for the"
                        + " ferry company, I suppose.")
                .withSource("https://example.com/bridge"),
            Article.of("other", "The city marathon drew a record field of runners on Sunday."));

    List<DuplicateGroup> groups = detector.group(articles);
    for (DuplicateGroup group : groups) {
      for (Match match : group.matches()) {
        out.printf(
            "%s ~ %s: jaccard %.2f, containment %.2f (%s)%n",
            match.a(),
            match.b(),
            match.similarity().jaccard(),
            match.similarity().containment(),
            match.rule());
      }
    }
    // --- end of example ---

    assertEquals(2, groups.size());
    assertEquals(List.of("site-7", "wire-1"), groups.get(0).members());
    assertTrue(groups.get(0).matches().get(0).similarity().containment() > 0.9);
    assertTrue(
        printed.toString(StandardCharsets.UTF_8).startsWith("site-7 ~ wire-1: jaccard"),
        printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void builderJavadocExample_compiles() {
    NearDuplicateDetector detector =
        NearDuplicateDetector.builder()
            .shingleSize(5)
            .signatureLength(128)
            .bands(32)
            .containmentThreshold(0.8)
            .build();
    assertEquals(4, detector.config().shape().rows());
  }

  @Test
  void explainJavadocExample_printsTheSharedPassages() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8); // Javadoc: System.out
    NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
    String story =
        "The harbour authority confirmed on Tuesday that the northern bridge will close for"
            + " repairs from March, after engineers found cracks in two of its supports.";
    Article wire = Article.of("wire-1", story);
    Article repost = Article.of("site-7", "Advertisement\n\n" + story + "\n\nComments (2)");
    // --- NearDuplicateDetector.explain example, verbatim from here ---
    Explanation e = detector.explain(wire, repost);
    for (Explanation.Passage p : e.passages()) {
      out.println(wire.body().substring(p.a().start(), p.a().end()));
    }
    // --- end of example ---
    assertEquals(story + "\n", printed.toString(StandardCharsets.UTF_8));
    assertEquals(2, e.droppedB().size());
  }
}
