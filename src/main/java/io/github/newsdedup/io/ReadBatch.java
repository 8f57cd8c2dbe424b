package io.github.newsdedup.io;

import io.github.newsdedup.Article;
import io.github.newsdedup.ProgressListener;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One read of files and folders for {@link ArticleReader}: walks the folders, names every path it
 * cannot use, then reads the files in path order with duplicate ids skipped.
 */
final class ReadBatch {
  private ReadBatch() {}

  /** Returns the reason a symbolic link whose target cannot be reached is skipped. */
  static String unreachableLink(Path link) {
    try {
      link.toRealPath();
      return "broken symbolic link";
    } catch (FileSystemException e) {
      String reason = e.getReason();
      if (reason != null && reason.toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
        return "symbolic link loop; not followed";
      }
      return "broken symbolic link";
    } catch (IOException e) {
      return "broken symbolic link";
    }
  }

  /** True if the path's string form names the same file: false for names not valid UTF-8. */
  static boolean nameRoundTrips(Path file) {
    try {
      return Path.of(file.toString()).equals(file);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** One read: collects files, then reads them in path order. */
  static final class Batch {
    private final ReadOptions options;
    private final int maxBytes;
    private final RecordMapper mapper;
    private final Map<Path, Found> files = new LinkedHashMap<>(); // normalized -> as found
    private final List<Problem> problems = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final Consumer<Article> sink;
    private final Map<String, String> firstInput = new HashMap<>();

    Batch(ReadOptions options) {
      this(options, null);
    }

    /** A batch that hands each article to {@code sink} instead of keeping it (null: keep). */
    Batch(ReadOptions options, Consumer<Article> sink) {
      this.sink = sink;
      this.options = options;
      this.maxBytes = (int) options.maxArticleBytes();
      this.mapper = new RecordMapper(options);
    }

    void collect(Path root) {
      if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
        skip(root, "does not exist");
      } else if (!Files.exists(root)) {
        skip(root, unreachableLink(root));
      } else if (Files.isDirectory(root)) {
        walk(root);
      } else if (!Files.isRegularFile(root)) {
        skip(root, "not a regular file or folder");
      } else if (InputFormat.of(root).isEmpty()) {
        skip(root, "unsupported file type: expected " + InputFormat.EXTENSIONS);
      } else {
        add(root, null);
      }
    }

    private void walk(Path root) {
      int[] found = {0}; // supported files under root, counted even if already collected
      int problemsBefore = problems.size();
      try {
        Files.walkFileTree(
            root,
            EnumSet.of(FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir)
                    ? FileVisitResult.SKIP_SUBTREE
                    : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (hidden(file)
                    || !InputFormat.of(file).map(InputFormat::readInFolders).orElse(false)) {
                  return FileVisitResult.CONTINUE;
                }
                found[0]++;
                if (attrs.isRegularFile()) {
                  add(file, root);
                } else if (attrs.isSymbolicLink()) { // attributes of the link: target unreachable
                  skip(file, unreachableLink(file));
                } else {
                  skip(file, "not a regular file (a FIFO, socket or device); not read");
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (file.equals(root) || !hidden(file)) {
                  skip(file, ArticleReader.describe(e));
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                  skip(dir, "folder listing failed: " + ArticleReader.describe(e));
                }
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        skip(
            root,
            ArticleReader.describe(e)); // the visitor never throws; kept for the checked signature
      }
      if (found[0] == 0 && problems.size() == problemsBefore) {
        skip(root, "no " + InputFormat.EXTENSIONS + " files in this folder");
      }
    }

    private static boolean hidden(Path p) {
      Path name = p.getFileName();
      return name != null && name.toString().startsWith(".");
    }

    /** Adds a file found under {@code root}, or given directly when {@code root} is null. */
    private void add(Path file, Path root) {
      if (!nameRoundTrips(file)) {
        skip(
            file,
            "file name is not valid in the platform encoding (UTF-8); its id would not be"
                + " distinct: rename the file");
        return;
      }
      files.putIfAbsent(file.toAbsolutePath().normalize(), new Found(file, root));
    }

    /** Returns a one-article file's id under the options' id source. */
    private String idOf(Found found) {
      if (options.idFrom() == ReadOptions.IdFrom.NAME || found.root() == null) {
        return InputFormat.idOf(found.file());
      }
      Path relative = found.root().relativize(found.file());
      StringBuilder id = new StringBuilder();
      int n = relative.getNameCount();
      for (int i = 0; i < n - 1; i++) {
        id.append(relative.getName(i)).append('/');
      }
      return id.append(InputFormat.stripExtension(relative.getName(n - 1).toString())).toString();
    }

    private void skip(Path path, String reason) {
      problems.add(new Problem(path.toString(), 0, new SkippedInput(path.toString(), reason)));
    }

    JsonlArticles.Sink sink(Path file) {
      return new JsonlArticles.Sink() {
        @Override
        public void article(Article article, long line) {
          accept(article, file + ":" + line, file, line);
        }

        @Override
        public void skipped(ArticleParseException problem) {
          problem(problem);
        }
      };
    }

    ReadResult readAll(ProgressListener listener) {
      List<Found> order = new ArrayList<>(files.values());
      order.sort(Comparator.comparing(f -> f.file().toString()));
      long total = order.size();
      long done = 0;
      listener.progress(ArticleReader.STAGE, 0, total);
      for (Found found : order) {
        Path file = found.file();
        InputFormat format = InputFormat.of(file).orElseThrow();
        try {
          if (format.oneArticlePerFile()) {
            accept(
                ArticleReader.readDocument(file, idOf(found), format, maxBytes),
                file.toString(),
                file,
                0);
          } else {
            ArticleReader.readRecords(file, format, maxBytes, mapper, sink(file));
          }
        } catch (ArticleParseException e) {
          problem(e);
        } catch (IOException e) {
          skip(file, ArticleReader.describe(e));
        }
        listener.progress(ArticleReader.STAGE, ++done, total);
      }
      return result();
    }

    ReadResult result() {
      problems.sort(
          Comparator.comparing(Problem::path)
              .thenComparingLong(Problem::line)
              .thenComparing(p -> p.skipped().reason()));
      return new ReadResult(articles, problems.stream().map(Problem::skipped).toList());
    }

    private void accept(Article article, String input, Path file, long line) {
      String first = firstInput.putIfAbsent(article.id(), input);
      if (first == null) {
        if (sink == null) {
          articles.add(article);
        } else {
          sink.accept(article);
        }
      } else {
        problem(
            new ArticleParseException(
                file, line, ArticleReader.duplicateReason(article.id(), first)));
      }
    }

    void problem(ArticleParseException e) {
      problems.add(new Problem(e.file().toString(), e.line().orElse(0), e.toSkipped()));
    }
  }

  private record Found(Path file, Path root) {}

  private record Problem(String path, long line, SkippedInput skipped) {}
}
