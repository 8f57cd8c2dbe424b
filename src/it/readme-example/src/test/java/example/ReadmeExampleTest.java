package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.DuplicateGroup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {
  @Test
  void readmeExample_groupsTheRepostWithTheWireStory() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<DuplicateGroup> groups;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      groups = ReadmeExample.run(out);
    }
    assertEquals(2, groups.size(), groups.toString());
    assertEquals(List.of("site-7", "wire-1"), groups.get(0).members().stream().sorted().toList());
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("wire-1") && printed.contains("site-7"), printed);
  }
}
