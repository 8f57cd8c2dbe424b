package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index works with every supported Lucene 9.x: a child JVM runs {@link LuceneVersionProbe} with
 * our classes and one Lucene version's jars (copied to {@code target/lucene-versions/} by the
 * build) instead of the version we compile against.
 */
class LuceneVersionsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"9.8.0", "9.11.1", "9.12.3"})
  void index_opensAddsMatchesAndReopens_onLuceneVersion(String version) throws Exception {
    Path jars = Path.of("target", "lucene-versions", version);
    assertTrue(Files.isDirectory(jars), jars + " missing: run the build (mvn verify) first");
    List<String> classPath = new ArrayList<>();
    classPath.add(Path.of("target", "classes").toString());
    classPath.add(Path.of("target", "test-classes").toString());
    try (Stream<Path> files = Files.list(jars)) {
      files.map(Path::toString).sorted().forEach(classPath::add);
    }
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.contains("commons-text") || entry.contains("commons-lang3")) {
        classPath.add(entry);
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = dir.resolve("out.txt");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-cp",
                String.join(File.pathSeparator, classPath),
                LuceneVersionProbe.class.getName(),
                dir.resolve("index").toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    String output = readQuietly(out);
    assertTrue(done, "probe did not finish: " + output);
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.startsWith("OK " + version), output);
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }
}
