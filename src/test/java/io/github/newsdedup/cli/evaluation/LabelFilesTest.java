package io.github.newsdedup.cli.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.DuplicateGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelFilesTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void readLabels_validFile_keepsOrderAndSkipsBlankAndComments() throws IOException {
    Path f = write("labels.tsv", "\uFEFFb\tg1\r\n# comment\n\na\tg1\nc\tç2\n");
    Map<String, String> labels = LabelFiles.readLabels(f);
    assertEquals(List.of("b", "a", "c"), List.copyOf(labels.keySet()));
    assertEquals("ç2", labels.get("c"));
    assertEquals("g1", labels.get("b"));
  }

  @Test
  void readLabels_repeatedId_throwsWithLines() throws IOException {
    Path f = write("labels.tsv", "a\tx\nb\ty\na\tz\n");
    IOException e = assertThrows(IOException.class, () -> LabelFiles.readLabels(f));
    assertEquals(f + ":3: id a is already labelled on line 1", e.getMessage());
  }

  @Test
  void readLabels_noTab_throwsWithLine() throws IOException {
    Path f = write("labels.tsv", "a\tx\nb y\n");
    IOException e = assertThrows(IOException.class, () -> LabelFiles.readLabels(f));
    assertEquals(f + ":2: expected id<TAB>group, got 'b y'", e.getMessage());
  }

  @Test
  void readLabels_badUtf8_throwsNamingFile() throws IOException {
    Path f = Files.write(dir.resolve("bad.tsv"), new byte[] {'a', '\t', (byte) 0xC3, '\n'});
    IOException e = assertThrows(IOException.class, () -> LabelFiles.readLabels(f));
    assertTrue(e.getMessage().startsWith(f + ": not valid UTF-8"), e.getMessage());
  }

  @Test
  void readVariants_headerColumns_parsesTransformNames() throws IOException {
    Path f =
        write(
            "variants.tsv",
            "id\tsource_id\tcluster_id\ttier\tsite\ttransforms\tj\n"
                + "c1\ts1\ts1\teasy\tDaily Planet\tboilerplate,unicode_ws\t0.8\n"
                + "c2\ts1\ts1\thard\tGazette\ttruncate:0.4,ocr_noise\t0.3\n");
    List<Variant> v = LabelFiles.readVariants(f);
    assertEquals(
        List.of(
            new Variant("c1", "s1", "easy", "Daily Planet", List.of("boilerplate", "unicode_ws")),
            new Variant("c2", "s1", "hard", "Gazette", List.of("truncate", "ocr_noise"))),
        v);
  }

  @Test
  void readVariants_missingColumn_throws() throws IOException {
    Path f = write("variants.tsv", "id\tsource_id\ttransforms\nc1\ts1\tx\n");
    IOException e = assertThrows(IOException.class, () -> LabelFiles.readVariants(f));
    assertEquals(
        f + ": header has no column 'tier', got [id, source_id, transforms]", e.getMessage());
  }

  @Test
  void readPairs_headerThenPairs_parses() throws IOException {
    Path f = write("hard-negatives.tsv", "id1\tid2\tjaccard\na\tb\t0.2\nc\td\t0.3\n");
    assertEquals(List.of(new IdPair("a", "b"), new IdPair("c", "d")), LabelFiles.readPairs(f));
  }

  @Test
  void fromGroups_groups_labelsMembersWithRepresentative() {
    Map<String, String> labels =
        LabelFiles.fromGroups(
            List.of(
                new DuplicateGroup("a", List.of("a", "b"), List.of()),
                new DuplicateGroup("c", List.of("c"), List.of())));
    assertEquals(Map.of("a", "a", "b", "a", "c", "c"), labels);
  }

  @Test
  void fromGroups_idInTwoGroups_throws() {
    List<DuplicateGroup> groups =
        List.of(
            new DuplicateGroup("a", List.of("a", "b"), List.of()),
            new DuplicateGroup("b", List.of("b"), List.of()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LabelFiles.fromGroups(groups));
    assertEquals("id b is in two groups: a and b", e.getMessage());
  }
}
