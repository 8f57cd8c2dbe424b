package io.github.newsdedup.bench;

import io.github.newsdedup.Article;
import io.github.newsdedup.BodyFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The articles a benchmark runs on, produced on demand by index so that large corpora are streamed
 * rather than held. Implementations are thread-safe.
 */
interface Corpus {
  /** Returns the number of articles. */
  int size();

  /** Returns article {@code i}, generating or reading it now. */
  Article article(int i);

  /** Returns a one-line description for reports. */
  String describe();

  /** A generated corpus (see {@link CorpusGenerator}). */
  static Corpus generated(int n, long seed) {
    CorpusGenerator g = new CorpusGenerator(seed);
    return new Corpus() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public Article article(int i) {
        return g.article(i);
      }

      @Override
      public String describe() {
        return "generated, seed " + seed + ", " + n + " articles";
      }
    };
  }

  /**
   * The .txt, .html and .htm files under a directory, in path order, read as UTF-8; at most
   * {@code limit} of them. (The library's own readers in io.github.newsdedup.io replace this once
   * they land.)
   */
  static Corpus directory(Path dir, int limit) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
                  })
              .sorted()
              .limit(limit <= 0 ? Long.MAX_VALUE : limit)
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    return new Corpus() {
      @Override
      public int size() {
        return files.size();
      }

      @Override
      public Article article(int i) {
        Path p = files.get(i);
        try {
          String body = Files.readString(p, StandardCharsets.UTF_8);
          String rel = dir.relativize(p).toString();
          boolean html = rel.toLowerCase(Locale.ROOT).endsWith("htm")
              || rel.toLowerCase(Locale.ROOT).endsWith("html");
          return Article.of(rel, body).withFormat(html ? BodyFormat.HTML : BodyFormat.AUTO);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + p, e);
        }
      }

      @Override
      public String describe() {
        return dir + " (" + files.size() + " files)";
      }
    };
  }

  /** Returns the UTF-8 length of a string without encoding it. */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < len) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
