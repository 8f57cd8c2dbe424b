package io.github.newsdedup.io;

import io.github.newsdedup.Article;
import java.util.List;

/**
 * What reading a set of inputs produced: the articles, and the inputs that were skipped.
 *
 * @param articles the articles read, in a deterministic order (sorted by path, then line)
 * @param skipped the skipped inputs with their reasons
 */
public record ReadResult(List<Article> articles, List<SkippedInput> skipped) {
  /**
   * Copies the lists.
   *
   * @param articles the articles read, in a deterministic order (sorted by path, then line)
   * @param skipped the skipped inputs with their reasons
   */
  public ReadResult {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
  }
}
