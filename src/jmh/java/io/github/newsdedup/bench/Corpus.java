package io.github.newsdedup.bench;

import io.github.newsdedup.Article;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.io.ReadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
   * The articles under a path, read with the library's {@link ArticleReader}: {@code .txt}, {@code
   * .html} and {@code .htm} files one at a time on demand (in path order), so the benchmark's read
   * stage times the reader; with {@code .jsonl} files present, everything is read up front.
   */
  static Corpus directory(Path dir, int limit) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return name.endsWith(".txt")
                        || name.endsWith(".html")
                        || name.endsWith(".htm")
                        || name.endsWith(".jsonl");
                  })
              .sorted(Comparator.comparing(Path::toString))
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    boolean jsonl =
        files.stream().anyMatch(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl"));
    if (jsonl) {
      ReadResult all = ArticleReader.read(List.of(dir));
      List<Article> articles =
          all.articles().subList(0, limit <= 0 ? all.articles().size()
              : Math.min(limit, all.articles().size()));
      return new Corpus() {
        @Override
        public int size() {
          return articles.size();
        }

        @Override
        public Article article(int i) {
          return articles.get(i);
        }

        @Override
        public String describe() {
          return dir + " (" + articles.size() + " articles read up front, "
              + all.skipped().size() + " inputs skipped)";
        }
      };
    }
    List<Path> chosen = files.subList(0, limit <= 0 ? files.size() : Math.min(limit, files.size()));
    return new Corpus() {
      @Override
      public int size() {
        return chosen.size();
      }

      @Override
      public Article article(int i) {
        Path p = chosen.get(i);
        try {
          return ArticleReader.readFile(p).get(0);
        } catch (IOException e) {
          // A file the reader rejects (empty, binary, bad UTF-8) becomes an empty article, so that
          // indexes stay stable; the reader's own report names the reason.
          return Article.of(p.toString(), "");
        }
      }

      @Override
      public String describe() {
        return dir + " (" + chosen.size() + " files, read with ArticleReader)";
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
