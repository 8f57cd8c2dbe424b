package io.github.newsdedup.cli.report;

import io.github.newsdedup.Article;
import io.github.newsdedup.io.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the texts of articles listed without one (an index stores fingerprints, not texts) by
 * reading their sources again when they are local files: a {@code .txt} or {@code .html} path, or
 * the {@code path:line} of a JSONL line. Articles whose source is a URL, is gone or no longer holds
 * the id keep an empty text; the report lists them without a view.
 */
public final class SourceTexts {
  private static final Pattern JSONL_LINE = Pattern.compile("(.*\\.jsonl):(\\d+)");

  private SourceTexts() {}

  /**
   * Returns the articles with the texts their sources still hold.
   *
   * @param articles articles, some without text
   * @return the same articles in the same order, with text where it was found
   */
  public static List<Article> read(List<Article> articles) {
    Map<Path, Map<String, Article>> files = new HashMap<>();
    List<Article> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      Article found = a.body().isEmpty() ? find(a, files) : null;
      out.add(
          found == null
              ? a
              : new Article(
                  a.id(), a.title(), found.body(), a.source(), a.published(), found.format()));
    }
    return out;
  }

  private static Article find(Article a, Map<Path, Map<String, Article>> files) {
    String source = a.source();
    Matcher m = JSONL_LINE.matcher(source);
    String file = m.matches() ? m.group(1) : source;
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      return null; // a URL or another non-path source
    }
    if (!Files.isRegularFile(path)) {
      return null;
    }
    return files.computeIfAbsent(path, SourceTexts::articlesById).get(a.id());
  }

  /** The articles of a file by id; none when it cannot be read any more (listed without view). */
  private static Map<String, Article> articlesById(Path file) {
    List<Article> articles;
    try {
      articles = ArticleReader.readFile(file);
    } catch (IOException e) {
      return Map.of();
    }
    Map<String, Article> map = new HashMap<>();
    for (Article x : articles) {
      map.putIfAbsent(x.id(), x);
    }
    return map;
  }
}
