package io.github.newsdedup.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The input file types, recognized by extension (case-insensitive), each optionally compressed with
 * gzip ({@code .gz} after the extension).
 */
enum InputFormat {
  /** {@code .txt}: one article per file, plain text. */
  TEXT(".txt"),
  /** {@code .html}, {@code .htm}: one article per file, HTML. */
  HTML(".html", ".htm"),
  /** {@code .jsonl}: one JSON object per line. */
  JSONL(".jsonl", ".ndjson"),
  /** {@code .json}: an array of JSON objects, or one object. */
  JSON(".json"),
  /** {@code .csv}: comma-separated records with a header row. */
  CSV(".csv"),
  /** {@code .tsv}: tab-separated records with a header row. */
  TSV(".tsv");

  /** The extensions in words, for messages. */
  static final String EXTENSIONS =
      ".txt, .html, .htm, .jsonl, .ndjson, .json, .csv or .tsv (or .gz of one)";

  private static final String GZ = ".gz";

  private final String[] extensions;

  InputFormat(String... extensions) {
    this.extensions = extensions;
  }

  static Optional<InputFormat> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String s = stripGz(name.toString().toLowerCase(Locale.ROOT));
    for (InputFormat format : values()) {
      for (String ext : format.extensions) {
        if (s.endsWith(ext)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /** True for one-article-per-file formats, whose id comes from the file's name or path. */
  boolean oneArticlePerFile() {
    return this == TEXT || this == HTML;
  }

  /**
   * True for the formats read when found in a folder. {@code .json}, {@code .csv} and {@code .tsv}
   * files in folders are as often labels, manifests or metadata as articles, so they are read only
   * when given by name.
   */
  boolean readInFolders() {
    return this != JSON && this != CSV && this != TSV;
  }

  /** True if the file name ends in {@code .gz}. */
  static boolean gzipped(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(GZ);
  }

  /** Returns the file name without {@code .gz} and its extension: the id of a one-article file. */
  static String idOf(Path file) {
    return stripExtension(file.getFileName().toString());
  }

  /** Removes a trailing {@code .gz}, then the last extension. */
  static String stripExtension(String name) {
    if (name.toLowerCase(Locale.ROOT).endsWith(GZ)) {
      name = name.substring(0, name.length() - GZ.length());
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static String stripGz(String lower) {
    return lower.endsWith(GZ) ? lower.substring(0, lower.length() - GZ.length()) : lower;
  }
}
