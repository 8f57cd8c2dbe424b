package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps dependency types where the style guide allows them. */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/io/github/newsdedup");

  private static List<String> violations(String importPrefix, List<String> allowedPackages)
      throws IOException {
    List<String> bad = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String rel = MAIN.relativize(file.getParent()).toString().replace('\\', '/');
        if (allowedPackages.stream().anyMatch(a -> rel.equals(a) || rel.startsWith(a + "/"))) {
          continue;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.startsWith("import " + importPrefix)) {
            bad.add(MAIN.relativize(file) + ": " + line);
          }
        }
      }
    }
    return bad;
  }

  @Test
  void lucene_onlyInTextShingleAndStore() throws IOException {
    assertEquals(
        List.of(), violations("org.apache.lucene", List.of("text", "shingle", "store/lucene")));
  }

  @Test
  void commonsText_onlyInText() throws IOException {
    assertEquals(List.of(), violations("org.apache.commons.text", List.of("text", "cli", "io")));
  }

  @Test
  void noSystemOutOrExitOutsideCli() throws IOException {
    List<String> bad = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        if (file.startsWith(MAIN.resolve("cli"))) {
          continue;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String code = line.trim();
          boolean comment = code.startsWith("*") || code.startsWith("//") || code.startsWith("/*");
          if (!comment && (code.contains("System.out") || code.contains("System.exit"))) {
            bad.add(MAIN.relativize(file) + ": " + code);
          }
        }
      }
    }
    assertEquals(List.of(), bad);
  }
}
