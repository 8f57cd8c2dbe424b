package io.github.newsdedup.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.cli.evaluation.IdPair;
import io.github.newsdedup.cli.evaluation.LabelFiles;
import io.github.newsdedup.cli.evaluation.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticNewsCorpusTest {
  private static final SyntheticNewsCorpus STANDARD = SyntheticNewsCorpus.standard();

  @Test
  void generate_sameSeed_sameCorpus() {
    SyntheticNewsCorpus again = SyntheticNewsCorpus.standard();
    assertEquals(STANDARD.texts(), again.texts());
    assertEquals(STANDARD.labels(), again.labels());
    assertEquals(STANDARD.variants(), again.variants());
    assertEquals(STANDARD.hardNegatives(), again.hardNegatives());
  }

  @Test
  void generate_otherSeed_otherCorpus() {
    assertNotEquals(STANDARD.texts(), SyntheticNewsCorpus.generate(7, 20).texts());
  }

  @Test
  void standard_sizeAndLabels_consistent() {
    Map<String, String> texts = STANDARD.texts();
    int n = texts.size();
    assertTrue(n >= 150 && n <= 300, "documents: " + n);
    assertEquals(texts.keySet(), STANDARD.labels().keySet());
    for (Variant v : STANDARD.variants()) {
      assertTrue(texts.containsKey(v.id()), v.id());
      assertTrue(texts.containsKey(v.sourceId()), v.sourceId());
      assertEquals(STANDARD.labels().get(v.sourceId()), STANDARD.labels().get(v.id()), v.id());
    }
  }

  @Test
  void standard_originals_newsLength() {
    STANDARD
        .texts()
        .forEach(
            (id, text) -> {
              if (id.startsWith("story_")) {
                int words = text.trim().split("\\s+").length;
                // 150-800 words of body; the first lead sentence can add a few beyond the target.
                assertTrue(words >= 140 && words <= 900, id + ": " + words + " words");
                assertFalse(text.contains("{") || text.contains("["), id + " has an unfilled slot");
              }
            });
  }

  @Test
  void standard_tiersAndTransforms_allPresent() {
    Set<String> tiers = new TreeSet<>();
    Set<String> transforms = new TreeSet<>();
    for (Variant v : STANDARD.variants()) {
      tiers.add(v.tier());
      transforms.addAll(v.transforms());
    }
    assertEquals(Set.of("easy", "medium", "hard"), tiers);
    assertTrue(
        transforms.containsAll(
            List.of(
                "boilerplate",
                "dateline",
                "unicode_ws",
                "headline",
                "light_edit",
                "ads",
                "comments",
                "sentence_drop",
                "truncate",
                "para_shuffle",
                "ocr_noise",
                "heavy_edit",
                "html")),
        transforms.toString());
  }

  @Test
  void standard_hardNegatives_differentGroupsSharingAParagraph() {
    List<IdPair> pairs = STANDARD.hardNegatives();
    assertTrue(pairs.size() >= 15, "hard negatives: " + pairs.size());
    for (IdPair p : pairs) {
      assertNotEquals(STANDARD.labels().get(p.a()), STANDARD.labels().get(p.b()), p.toString());
      Set<String> paragraphs = new HashSet<>();
      for (String para : STANDARD.texts().get(p.a()).split("\n\n")) {
        paragraphs.add(para.strip());
      }
      boolean shared = false;
      for (String para : STANDARD.texts().get(p.b()).split("\n\n")) {
        shared |= para.length() > 80 && paragraphs.contains(para.strip());
      }
      assertTrue(shared, p + " share no background paragraph");
    }
  }

  @Test
  void writeTo_folder_readableByLabelFiles(@TempDir Path dir) throws IOException {
    SyntheticNewsCorpus small = SyntheticNewsCorpus.generate(3, 8);
    small.writeTo(dir);
    assertEquals(small.labels(), LabelFiles.readLabels(dir.resolve("labels.tsv")));
    assertEquals(small.variants(), LabelFiles.readVariants(dir.resolve("variants.tsv")));
    assertEquals(small.hardNegatives(), LabelFiles.readPairs(dir.resolve("hard-negatives.tsv")));
    String id = small.texts().keySet().iterator().next();
    assertEquals(
        small.texts().get(id),
        Files.readString(dir.resolve("txt").resolve(small.fileName(id)), StandardCharsets.UTF_8));
  }

  @Test
  void extended_keepsTheStandardDocuments_andAddsTeasersNoisyCopiesAndFlashes() {
    SyntheticNewsCorpus standard = SyntheticNewsCorpus.standard();
    SyntheticNewsCorpus extended = SyntheticNewsCorpus.extended();
    standard.texts().forEach((id, text) -> assertEquals(text, extended.texts().get(id), id));
    Set<String> transforms = new HashSet<>();
    Set<String> tiers = new HashSet<>();
    for (Variant v : extended.variants()) {
      transforms.addAll(v.transforms());
      tiers.add(v.tier());
    }
    assertTrue(
        transforms.containsAll(Set.of("teaser", "ocr_noise", "exact_copy")), transforms.toString());
    assertTrue(tiers.contains("short"), tiers.toString());
    assertTrue(extended.texts().keySet().stream().anyMatch(id -> id.startsWith("flash_")));
    assertTrue(extended.hardNegatives().size() > standard.hardNegatives().size());
  }
}
