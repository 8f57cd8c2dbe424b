package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package fences of the style guide: dependencies point one way (internal &lt; text,
 * minhash &lt; root &lt; index &lt; io &lt; spark &lt; cli), without cycles; {@code internal} never
 * imports API packages; nothing imports {@code cli}; Lucene and Commons Text only where they do
 * their job. Reads the sources, so it needs no library.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/io/github/newsdedup");
  private static final String ROOT = "io.github.newsdedup";

  /** A reference to one of our types: package segments in lower case, then a type name. */
  private static final Pattern OUR_TYPE =
      Pattern.compile("\\bio\\.github\\.newsdedup((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

  /** Every main source file's package, and the packages and imports each file references. */
  private static final Map<Path, String> PACKAGE_OF = new TreeMap<>();

  private static final Map<Path, Set<String>> REFERENCED = new TreeMap<>();
  private static final Map<Path, List<String>> IMPORTS = new TreeMap<>();

  @BeforeAll
  static void readSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String rel = MAIN.relativize(file.getParent()).toString().replace('\\', '/');
        String pkg = rel.isEmpty() ? ROOT : ROOT + "." + rel.replace('/', '.');
        PACKAGE_OF.put(file, pkg);
        Set<String> referenced = new TreeSet<>();
        List<String> imports = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String code = line.trim();
          if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")) {
            continue;
          }
          if (code.startsWith("import ")) {
            imports.add(code);
          }
          if (code.startsWith("package ")) {
            continue;
          }
          Matcher m = OUR_TYPE.matcher(code);
          while (m.find()) {
            referenced.add(ROOT + m.group(1));
          }
        }
        referenced.remove(pkg);
        REFERENCED.put(file, referenced);
        IMPORTS.put(file, imports);
      }
    }
    assertTrue(PACKAGE_OF.size() > 20, "sources not found under " + MAIN.toAbsolutePath());
  }

  /** The layer of a package: it may only depend on packages of lower layers. */
  private static int layer(String pkg) {
    String rel = pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1);
    String top = rel.isEmpty() ? "" : rel.split("\\.")[0];
    return switch (top) {
      case "internal" -> 0;
      case "text", "minhash" -> 1;
      case "" -> 2;
      case "index" -> 3;
      case "io" -> 4;
      case "spark" -> 5;
      case "cli" -> 6;
      default -> throw new AssertionError("package without a layer: " + pkg);
    };
  }

  private static boolean isInternal(String pkg) {
    return pkg.startsWith(ROOT + ".internal");
  }

  private static boolean isCli(String pkg) {
    return pkg.equals(ROOT + ".cli") || pkg.startsWith(ROOT + ".cli.");
  }

  @Test
  void dependencies_pointDownTheLayers() {
    List<String> bad = new ArrayList<>();
    REFERENCED.forEach(
        (file, refs) -> {
          String pkg = PACKAGE_OF.get(file);
          for (String ref : refs) {
            // Within internal and within cli, subpackages may use each other (no cycles).
            boolean sameArea = isInternal(pkg) && isInternal(ref) || isCli(pkg) && isCli(ref);
            if (!sameArea && layer(ref) >= layer(pkg)) {
              bad.add(MAIN.relativize(file) + " (" + pkg + ") uses " + ref);
            }
          }
        });
    assertEquals(List.of(), bad);
  }

  @Test
  void packages_haveNoCycles() {
    Map<String, Set<String>> graph = new HashMap<>();
    REFERENCED.forEach(
        (file, refs) ->
            graph.computeIfAbsent(PACKAGE_OF.get(file), k -> new TreeSet<>()).addAll(refs));
    List<String> cycles = new ArrayList<>();
    for (String start : new TreeSet<>(graph.keySet())) {
      findCycle(graph, start, new ArrayList<>(), cycles);
    }
    assertEquals(List.of(), cycles);
  }

  private static void findCycle(
      Map<String, Set<String>> graph, String pkg, List<String> path, List<String> cycles) {
    if (!path.isEmpty() && pkg.equals(path.get(0))) {
      cycles.add(String.join(" -> ", path) + " -> " + pkg);
      return;
    }
    if (path.contains(pkg) || path.size() > graph.size()) {
      return;
    }
    path.add(pkg);
    for (String next : graph.getOrDefault(pkg, Set.of())) {
      if (cycles.isEmpty()) {
        findCycle(graph, next, path, cycles);
      }
    }
    path.remove(path.size() - 1);
  }

  @Test
  void internal_importsNoApiPackage() {
    List<String> bad = new ArrayList<>();
    REFERENCED.forEach(
        (file, refs) -> {
          if (isInternal(PACKAGE_OF.get(file))) {
            refs.stream()
                .filter(r -> !isInternal(r))
                .forEach(r -> bad.add(MAIN.relativize(file) + " uses " + r));
          }
        });
    assertEquals(List.of(), bad);
  }

  @Test
  void cli_importedByNothingElse() {
    List<String> bad = new ArrayList<>();
    REFERENCED.forEach(
        (file, refs) -> {
          if (!isCli(PACKAGE_OF.get(file))) {
            refs.stream()
                .filter(ArchitectureTest::isCli)
                .forEach(r -> bad.add(MAIN.relativize(file) + " uses " + r));
          }
        });
    assertEquals(List.of(), bad);
  }

  private static List<String> importsOutside(String prefix, List<String> allowedPackages) {
    List<String> bad = new ArrayList<>();
    IMPORTS.forEach(
        (file, imports) -> {
          String pkg = PACKAGE_OF.get(file);
          boolean allowed =
              allowedPackages.stream()
                  .anyMatch(
                      a -> pkg.equals(ROOT + "." + a) || pkg.startsWith(ROOT + "." + a + "."));
          if (!allowed) {
            imports.stream()
                .filter(i -> i.startsWith("import " + prefix))
                .forEach(i -> bad.add(MAIN.relativize(file) + ": " + i));
          }
        });
    return bad;
  }

  @Test
  void lucene_onlyInTextTokenizerAndIndex() {
    assertEquals(
        List.of(),
        importsOutside("org.apache.lucene", List.of("text", "internal.shingle", "index")));
  }

  @Test
  void commonsText_onlyInText() {
    assertEquals(List.of(), importsOutside("org.apache.commons.text", List.of("text")));
  }

  @Test
  void spark_onlyInSpark() {
    assertEquals(List.of(), importsOutside("org.apache.spark", List.of("spark")));
    assertEquals(List.of(), importsOutside("scala.", List.of("spark")));
  }

  @Test
  void noSystemOutOrExitOutsideCli() {
    List<String> bad = new ArrayList<>();
    for (Path file : PACKAGE_OF.keySet()) {
      if (isCli(PACKAGE_OF.get(file))) {
        continue;
      }
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String code = line.trim();
          boolean comment = code.startsWith("*") || code.startsWith("//") || code.startsWith("/*");
          if (!comment && (code.contains("System.out") || code.contains("System.exit"))) {
            bad.add(MAIN.relativize(file) + ": " + code);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void everyPackage_hasPackageInfo() {
    List<String> missing = new ArrayList<>();
    for (String pkg : new TreeSet<>(PACKAGE_OF.values())) {
      String rel = pkg.equals(ROOT) ? "" : pkg.substring(ROOT.length() + 1).replace('.', '/');
      if (!Files.exists(MAIN.resolve(rel).resolve("package-info.java"))) {
        missing.add(pkg);
      }
    }
    assertEquals(List.of(), missing);
  }
}
