package io.github.newsdedup.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An input file, or one line of a JSONL file, that cannot be read as an article: empty, binary,
 * invalid UTF-8, too large, malformed JSON, a missing field or a duplicate id.
 */
public final class ArticleParseException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  /** The 1-based line, or 0 when the whole file is at fault. */
  private final long line;

  /** What is wrong, without the location. */
  private final String reason;

  /**
   * Creates an exception for a whole file.
   *
   * @param file the file
   * @param reason what is wrong
   */
  public ArticleParseException(Path file, String reason) {
    this(file, 0, reason);
  }

  /**
   * Creates an exception for one line of a file.
   *
   * @param file the file
   * @param line the 1-based line number, or 0 for the whole file
   * @param reason what is wrong
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public ArticleParseException(Path file, long line, String reason) {
    super(location(file, line) + ": " + Objects.requireNonNull(reason, "reason"));
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 or positive, got " + line);
    }
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  private static String location(Path file, long line) {
    Objects.requireNonNull(file, "file");
    return line == 0 ? file.toString() : file + ":" + line;
  }

  /** {@return the file} */
  public Path file() {
    return file;
  }

  /** {@return the 1-based line number, or empty when the whole file is at fault} */
  public OptionalLong line() {
    return line == 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /** {@return what is wrong, without the location} */
  public String reason() {
    return reason;
  }

  /** {@return {@code path} or {@code path:line}, the form used in {@link SkippedInput#input()}} */
  public String input() {
    return location(file, line);
  }

  /** {@return this problem as a skipped input} */
  SkippedInput toSkipped() {
    return new SkippedInput(input(), reason);
  }
}
