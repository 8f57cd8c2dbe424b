package io.github.newsdedup.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input file types, recognized by extension (case-insensitive). */
enum InputFormat {
  /** {@code .txt}: one article per file, plain text. */
  TEXT,
  /** {@code .html}, {@code .htm}: one article per file, HTML. */
  HTML,
  /** {@code .jsonl}: one JSON object per line. */
  JSONL;

  /** The extensions in words, for messages. */
  static final String EXTENSIONS = ".txt, .html, .htm or .jsonl";

  static Optional<InputFormat> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String s = name.toString().toLowerCase(Locale.ROOT);
    if (s.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (s.endsWith(".html") || s.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    if (s.endsWith(".jsonl")) {
      return Optional.of(JSONL);
    }
    return Optional.empty();
  }

  /** {@return the file name without its last extension: the article id of a one-article file} */
  static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
