package example;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import java.io.PrintStream;
import java.util.List;

/** The README's Java example, verbatim between the markers, in an application of its own. */
public final class ReadmeExample {
  private ReadmeExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static List<DuplicateGroup> run(PrintStream out) {
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
    // --- to here ---
    return groups;
  }
}
