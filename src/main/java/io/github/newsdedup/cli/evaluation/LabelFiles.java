package io.github.newsdedup.cli.evaluation;

import io.github.newsdedup.DuplicateGroup;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the tab-separated files of an evaluation set (UTF-8; blank lines and lines starting with
 * {@code #} ignored; {@code \r\n} accepted) and turns groups into labellings.
 *
 * <ul>
 *   <li>labels: {@code id<TAB>group} per line, no header, every id once;
 *   <li>variants: a header naming at least {@code id}, {@code source_id}, {@code tier} and {@code
 *       transforms} (comma-separated, {@code name:argument} allowed), optionally {@code site};
 *   <li>pairs (hard negatives): a header, then two ids in the first two columns.
 * </ul>
 *
 * <p>Malformed files fail with an {@link IOException} naming file, line and reason.
 */
public final class LabelFiles {
  private LabelFiles() {}

  /**
   * Reads a labels file.
   *
   * @param file the file
   * @return the group label of each id, in file order
   * @throws IOException if the file cannot be read, is not UTF-8, a line has no tab or an empty
   *     field, or an id repeats
   */
  public static Map<String, String> readLabels(Path file) throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (skip(line)) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
        throw error(file, i, "expected id<TAB>group, got '" + abbreviate(line) + "'");
      }
      String id = f[0].strip();
      Integer first = firstLine.putIfAbsent(id, i + 1);
      if (first != null) {
        throw error(file, i, "id " + id + " is already labelled on line " + first);
      }
      labels.put(id, f[1].strip());
    }
    return labels;
  }

  /**
   * Reads a variants file.
   *
   * @param file the file
   * @return the variants, in file order
   * @throws IOException if the file cannot be read, is not UTF-8, lacks a required column or a line
   *     has too few fields
   */
  public static List<Variant> readVariants(Path file) throws IOException {
    List<String> lines = lines(file);
    int h = firstContentLine(lines);
    if (h < 0) {
      throw new IOException(
          file + ": empty, expected a header with id, source_id, tier, transforms");
    }
    List<String> header = Arrays.asList(lines.get(h).split("\t", -1));
    int id = column(file, header, "id");
    int source = column(file, header, "source_id");
    int tier = column(file, header, "tier");
    int transforms = column(file, header, "transforms");
    int site = header.indexOf("site");
    int needed = Math.max(Math.max(id, source), Math.max(Math.max(tier, transforms), site)) + 1;
    List<Variant> variants = new ArrayList<>();
    for (int i = h + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (skip(line)) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < needed) {
        throw error(file, i, "expected " + needed + " tab-separated fields, got " + f.length);
      }
      List<String> names = new ArrayList<>();
      for (String t : f[transforms].split(",")) {
        String name = t.strip();
        int colon = name.indexOf(':');
        name = colon >= 0 ? name.substring(0, colon) : name;
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
      variants.add(
          new Variant(
              f[id].strip(),
              f[source].strip(),
              f[tier].strip(),
              site >= 0 ? f[site].strip() : "",
              names));
    }
    return variants;
  }

  /**
   * Reads a pairs file such as {@code hard-negatives.tsv}: a header line, then two ids per line.
   *
   * @param file the file
   * @return the pairs, in file order
   * @throws IOException if the file cannot be read, is not UTF-8 or a line has fewer than two ids
   */
  public static List<IdPair> readPairs(Path file) throws IOException {
    List<String> lines = lines(file);
    int h = firstContentLine(lines);
    List<IdPair> pairs = new ArrayList<>();
    for (int i = h + 1; h >= 0 && i < lines.size(); i++) {
      String line = lines.get(i);
      if (skip(line)) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
        throw error(file, i, "expected id1<TAB>id2, got '" + abbreviate(line) + "'");
      }
      pairs.add(new IdPair(f[0].strip(), f[1].strip()));
    }
    return pairs;
  }

  /**
   * Returns the labelling of grouped articles: each member is labelled with its group's
   * representative.
   *
   * @param groups the groups
   * @return the group label of each member id
   * @throws IllegalArgumentException if an id is in two groups
   */
  public static Map<String, String> fromGroups(Collection<DuplicateGroup> groups) {
    Objects.requireNonNull(groups, "groups");
    Map<String, String> labels = new LinkedHashMap<>();
    for (DuplicateGroup g : groups) {
      for (String member : g.members()) {
        String old = labels.put(member, g.representative());
        if (old != null) {
          throw new IllegalArgumentException(
              "id " + member + " is in two groups: " + old + " and " + g.representative());
        }
      }
    }
    return labels;
  }

  private static List<String> lines(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (lines.isEmpty() && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        lines.add(line);
      }
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not valid UTF-8 (" + e + ")", e);
    }
    return lines;
  }

  private static boolean skip(String line) {
    return line.isBlank() || line.startsWith("#");
  }

  private static int firstContentLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!skip(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int column(Path file, List<String> header, String name) throws IOException {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IOException(file + ": header has no column '" + name + "', got " + header);
    }
    return i;
  }

  private static IOException error(Path file, int lineIndex, String reason) {
    return new IOException(file + ":" + (lineIndex + 1) + ": " + reason);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
