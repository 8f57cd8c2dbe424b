package io.github.newsdedup;

/** How an {@link Article}'s body is encoded: plain text, HTML, or detected from the text itself. */
public enum BodyFormat {
  /**
   * Detect: the body is treated as HTML when it contains a tag-like structure such as {@code <p>},
   * {@code <div>}, {@code <br>} or {@code <html>}, otherwise as plain text.
   */
  AUTO,
  /** Plain text; angle brackets are kept as text. Entities are still decoded. */
  TEXT,
  /** HTML: tags, scripts, styles and comments are stripped and entities decoded. */
  HTML
}
