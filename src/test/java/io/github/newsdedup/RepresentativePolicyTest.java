package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The representative policies pick the newsroom's choice without changing who matches whom. */
class RepresentativePolicyTest {
  private static final String STORY =
      String.join(
          " ",
          "The harbour authority said on Tuesday that the container ship had been delayed by thick",
          "fog for most of the morning. The port would reopen at noon once pilots had inspected"
              + " the",
          "channel, officials said. No one was hurt, and cargo handling would resume in the",
          "afternoon. Shipping lines warned customers of delays of up to two days. The authority",
          "said it had cleared a backlog of twelve vessels by evening. Fishermen said the fog was",
          "the thickest they had seen in years. A spokesman said safety came first. Traders said",
          "the delay would push up the price of imported fruit this week. The weather service",
          "expected clear skies by Thursday. Harbour workers were sent home early. The mayor",
          "thanked the pilots for their patience and said the port remained open for business.");

  private static final String COMMENTS =
      " Comments: I was stuck on the quay all day and nobody told us anything. Reply: same here,"
          + " we waited six hours for the ferry. Reply: typical of this port, every winter the same"
          + " story and the authority never learns. Another reader: fog is fog, what can they do?";

  private static List<Article> articles() {
    Article wire =
        Article.of("wire", STORY)
            .withSource("https://www.reuters.com/world/fog-port")
            .withPublished(Instant.parse("2024-03-01T08:00:00Z"));
    Article page =
        Article.of("page", STORY + COMMENTS)
            .withSource("https://news.example.org/fog")
            .withPublished(Instant.parse("2024-03-01T10:00:00Z"));
    Article reblog =
        Article.of("reblog", "Via the wire. " + STORY)
            .withSource("https://blog.example.net/fog")
            .withPublished(Instant.parse("2024-03-01T12:00:00Z"));
    return List.of(page, reblog, wire);
  }

  private static DuplicateGroup group(RepresentativePolicy policy) {
    List<DuplicateGroup> groups =
        NearDuplicateDetector.builder().representative(policy).build().group(articles());
    assertEquals(1, groups.size(), groups.toString());
    return groups.get(0);
  }

  @Test
  void defaultPolicy_mostComplete_picksTheLongestWellConnectedCopy() {
    assertEquals("page", group(RepresentativePolicy.mostComplete()).representative());
    assertEquals(
        "page", NearDuplicateDetector.withDefaults().group(articles()).get(0).representative());
  }

  @Test
  void earliest_picksTheFirstPublished() {
    assertEquals("wire", group(RepresentativePolicy.earliest()).representative());
  }

  @Test
  void sourcePriority_picksTheTrustedSource_bySubdomainOrPrefix() {
    assertEquals(
        "wire",
        group(RepresentativePolicy.sourcePriority(List.of("apnews.com", "reuters.com")))
            .representative());
    assertEquals(
        "reblog",
        group(RepresentativePolicy.sourcePriority(List.of("https://blog.example.net/")))
            .representative());
  }

  @Test
  void policies_neverChangeWhoIsInTheGroup() {
    for (RepresentativePolicy p :
        List.of(
            RepresentativePolicy.mostComplete(),
            RepresentativePolicy.earliest(),
            RepresentativePolicy.sourcePriority(List.of("reuters.com")))) {
      assertEquals(
          List.of("page", "reblog", "wire"), group(p).members().stream().sorted().toList());
    }
  }

  @Test
  void sourcePriority_validatesItsList() {
    assertThrows(
        IllegalArgumentException.class, () -> RepresentativePolicy.sourcePriority(List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> RepresentativePolicy.sourcePriority(List.of(" ")));
    assertEquals(
        "source-priority[a.com]", RepresentativePolicy.sourcePriority(List.of("a.com")).toString());
  }
}
