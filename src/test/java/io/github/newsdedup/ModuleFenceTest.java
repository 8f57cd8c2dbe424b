package io.github.newsdedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module fence: {@code module-info.java} exports exactly the API packages, never {@code
 * internal} or {@code cli}, and every other main package is one of those two.
 */
class ModuleFenceTest {
  private static final String MODULE = "io.github.newsdedup";
  private static final Set<String> API =
      Set.of(
          "io.github.newsdedup",
          "io.github.newsdedup.index",
          "io.github.newsdedup.io",
          "io.github.newsdedup.minhash",
          "io.github.newsdedup.text");

  /** The compiled descriptor of this module, found among the classpath's module-info files. */
  private static ModuleDescriptor descriptor() throws IOException {
    List<String> seen = new ArrayList<>();
    Enumeration<URL> urls =
        ModuleFenceTest.class.getClassLoader().getResources("module-info.class");
    while (urls.hasMoreElements()) {
      try (InputStream in = urls.nextElement().openStream()) {
        ModuleDescriptor d = ModuleDescriptor.read(in);
        if (d.name().equals(MODULE)) {
          return d;
        }
        seen.add(d.name());
      }
    }
    throw new AssertionError(
        "no module-info.class of " + MODULE + " on the classpath, saw " + seen);
  }

  @Test
  void exports_exactlyTheApiPackages_unqualified() throws IOException {
    ModuleDescriptor d = descriptor();
    Set<String> exported =
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(new TreeSet<>(API), new TreeSet<>(exported));
    for (ModuleDescriptor.Exports e : d.exports()) {
      assertTrue(!e.isQualified(), "qualified export " + e);
    }
    assertTrue(d.opens().isEmpty(), "opens " + d.opens());
    assertTrue(!d.isOpen(), "the module is open");
  }

  @Test
  void requires_onlyLuceneCommonsTextAndJdkModules() throws IOException {
    Set<String> required =
        descriptor().requires().stream()
            .map(ModuleDescriptor.Requires::name)
            .filter(n -> !n.equals("java.base"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        new TreeSet<>(
            Set.of(
                "java.logging",
                "org.apache.commons.text",
                "org.apache.lucene.analysis.common",
                "org.apache.lucene.codecs",
                "org.apache.lucene.core")),
        required);
  }

  @Test
  void everyOtherMainPackage_isInternalOrCli() throws IOException {
    Path root = Path.of("src/main/java");
    Set<String> packages;
    try (Stream<Path> files = Files.walk(root.resolve("io/github/newsdedup"))) {
      packages =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .map(f -> root.relativize(f.getParent()).toString())
              .map(dir -> dir.replace('/', '.').replace('\\', '.'))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertTrue(packages.containsAll(API), "API packages missing from the sources: " + packages);
    for (String p : packages) {
      boolean hidden =
          p.equals(MODULE + ".internal")
              || p.startsWith(MODULE + ".internal.")
              || p.equals(MODULE + ".cli")
              || p.startsWith(MODULE + ".cli.")
              // API for Spark users on the class path: Spark's jars have no module names, so
              // a module cannot read them; the package ships in the jar outside the module.
              || p.equals(MODULE + ".spark");
      assertTrue(API.contains(p) || hidden, p + " is neither exported API nor internal/cli");
    }
  }
}
