package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: its Java example is the code {@link JavadocExamplesTest} compiles and
 * runs, its test command is the one CI runs, its links point at files that exist, and it stays a
 * page for users (at most 10 KB).
 */
class ReadmeTest {
  private static final Path README = Path.of("README.md");

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  /** The lines between two markers of a test, less the test method's indentation, stripped. */
  private static String example(String test, String begin, String end) throws IOException {
    String source = read(Path.of("src/test/java/io/github/newsdedup", test));
    int from = source.indexOf(begin);
    int to = source.indexOf(end, from);
    assertTrue(from >= 0 && to > from, "example markers in " + test);
    return source
        .substring(source.indexOf('\n', from) + 1, to)
        .lines()
        .map(l -> l.startsWith("    ") ? l.substring(4) : l)
        .collect(Collectors.joining("\n"))
        .strip();
  }

  /** The first java block of a Markdown file, stripped. */
  private static String javaBlock(Path doc) throws IOException {
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(read(doc));
    assertTrue(m.find(), "a java block in " + doc);
    return m.group(1).strip();
  }

  @Test
  void javaExample_isTheTestedCode() throws IOException {
    assertEquals(
        example(
            "JavadocExamplesTest.java",
            "// --- README \"Java API\" example, verbatim from here ---",
            "    // --- end of example ---"),
        javaBlock(README));
  }

  @Test
  void javaExample_isWhatTheSeparateAppRuns() throws IOException {
    String source = read(Path.of("src/it/readme-example/src/main/java/example/ReadmeExample.java"));
    String begin = "// --- README \"Java API\" example, verbatim from here ---";
    int from = source.indexOf(begin);
    int to = source.indexOf("    // --- to here ---", from);
    assertTrue(from >= 0 && to > from, "example markers in ReadmeExample.java");
    String example =
        source
            .substring(source.indexOf('\n', from) + 1, to)
            .lines()
            .map(l -> l.startsWith("    ") ? l.substring(4) : l)
            .collect(Collectors.joining("\n"))
            .strip();
    assertEquals(example, javaBlock(README));
  }

  @Test
  void indexExample_isTheTestedCode() throws IOException {
    // The test closes the try block after its end marker, to keep the result.
    assertEquals(
        example("index/DedupIndexExampleTest.java", "// ---- begin example", "      // ---- end")
            + "\n}",
        javaBlock(Path.of("docs/index.md")));
  }

  @Test
  void testCommand_isWhatCiRuns() throws IOException {
    List<String> ci = read(Path.of(".ci/run")).lines().filter(l -> l.startsWith("mvn ")).toList();
    assertEquals(1, ci.size(), ".ci/run runs one mvn command: " + ci);
    assertTrue(
        read(README).contains("\n" + ci.get(0) + "\n"),
        "the README shows the command .ci/run runs: " + ci.get(0));
  }

  @Test
  void relativeLinks_pointAtFiles() throws IOException {
    for (Path doc : List.of(README, Path.of("CONTRIBUTING.md"), Path.of("CHANGELOG.md"))) {
      checkLinks(doc);
    }
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
        checkLinks(doc);
      }
    }
  }

  private static void checkLinks(Path doc) throws IOException {
    Matcher m = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)").matcher(read(doc));
    while (m.find()) {
      Path target = doc.toAbsolutePath().getParent().resolve(m.group(1)).normalize();
      assertTrue(Files.exists(target), doc + " links to missing " + m.group(1));
    }
  }

  @Test
  void readme_isAtMost10KB() throws IOException {
    long size = Files.size(README);
    assertTrue(size <= 10 * 1024, "README.md is " + size + " bytes");
  }
}
