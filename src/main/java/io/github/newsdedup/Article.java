package io.github.newsdedup;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as handed to the detector: the input of the whole pipeline.
 *
 * <p>Only {@code id} and {@code body} take part in matching; {@code title} is kept for display
 * because copies routinely rewrite headlines, {@code source} (a URL or a path) and {@code
 * published} are carried through for reports and for the index's expiry. Missing values are the
 * empty string or {@link Optional#empty()}, never {@code null}.
 *
 * <pre>{@code
 * Article a = Article.of("reuters-123", "Full text of the story ...")
 *     .withTitle("Talks end without a deal")
 *     .withSource("https://example.com/talks");
 * }</pre>
 *
 * @param id the caller's identifier; non-empty, unique within one call
 * @param title the headline, or {@code ""}
 * @param body the article text (plain text or HTML, see {@code format})
 * @param source where the article came from (URL or path), or {@code ""}
 * @param published when the article was published, if known
 * @param format how {@code body} is encoded
 */
public record Article(
    String id,
    String title,
    String body,
    String source,
    Optional<Instant> published,
    BodyFormat format) {

  /**
   * Validates the components.
   *
   * @param id the caller's identifier; non-empty, unique within one call
   * @param title the headline, or {@code ""}
   * @param body the article text (plain text or HTML, see {@code format})
   * @param source where the article came from (URL or path), or {@code ""}
   * @param published when the article was published, if known
   * @param format how {@code body} is encoded
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if {@code id} is empty or blank
   */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(format, "format");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, got \"" + id + "\"");
    }
  }

  /**
   * Returns an article with the given id and body, no title, no source, no publication time, and
   * its format detected ({@link BodyFormat#AUTO}).
   *
   * @param id the caller's identifier
   * @param body the article text
   * @return the article
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static Article of(String id, String body) {
    return new Article(id, "", body, "", Optional.empty(), BodyFormat.AUTO);
  }

  /**
   * Returns a copy with the given title.
   *
   * @param newTitle the headline
   * @return the copy
   */
  public Article withTitle(String newTitle) {
    return new Article(id, newTitle, body, source, published, format);
  }

  /**
   * Returns a copy with the given source (a URL or a path).
   *
   * @param newSource the source
   * @return the copy
   */
  public Article withSource(String newSource) {
    return new Article(id, title, body, newSource, published, format);
  }

  /**
   * Returns a copy with the given publication time.
   *
   * @param instant the publication time
   * @return the copy
   */
  public Article withPublished(Instant instant) {
    return new Article(id, title, body, source, Optional.of(instant), format);
  }

  /**
   * Returns a copy whose body is declared to be in the given format.
   *
   * @param newFormat the body format
   * @return the copy
   */
  public Article withFormat(BodyFormat newFormat) {
    return new Article(id, title, body, source, published, newFormat);
  }
}
