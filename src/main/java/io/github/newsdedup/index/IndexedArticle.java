package io.github.newsdedup.index;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DedupIndex} keeps about one stored article besides its fingerprint: the fields that
 * explain a match without the original text.
 *
 * @param id the article's id
 * @param title its title, or {@code ""}
 * @param source its source (URL or path), or {@code ""}
 * @param published its publication time, if it had one
 * @param added when it was added to the index
 * @param shingleCount its number of distinct shingles
 */
public record IndexedArticle(
    String id,
    String title,
    String source,
    Optional<Instant> published,
    Instant added,
    int shingleCount) {
  /**
   * Validates the components.
   *
   * @param id the article's id
   * @param title its title, or {@code ""}
   * @param source its source (URL or path), or {@code ""}
   * @param published its publication time, if it had one
   * @param added when it was added to the index
   * @param shingleCount its number of distinct shingles
   * @throws NullPointerException if a component is null
   */
  public IndexedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(added, "added");
  }

  /** {@return the time expiry goes by: the publication time, or the time it was added} */
  public Instant expiryTime() {
    return published.orElse(added);
  }
}
