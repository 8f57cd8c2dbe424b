package io.github.newsdedup.io;

import io.github.newsdedup.Article;
import io.github.newsdedup.BodyFormat;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.internal.Checks;
import io.github.newsdedup.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads articles from files and folders: {@code .txt} files (plain text, one article each, id =
 * file name without extension), {@code .html}/{@code .htm} files (HTML, one article each, title
 * from {@code <title>}) and {@code .jsonl} files (one JSON object a line: {@code id}, a string or
 * an integer; {@code text}, a string, read with {@link BodyFormat#AUTO}; optional {@code title};
 * optional {@code url}, which becomes the source (else {@code path:line}); optional {@code
 * published}, an ISO-8601 instant or offset date-time, a {@code YYYY-MM-DD} date taken as midnight
 * UTC, or epoch seconds; {@code null} means absent; other keys are ignored). Extensions are matched
 * ignoring case.
 *
 * <pre>{@code
 * ReadResult result = ArticleReader.read(List.of(Path.of("corpus")));
 * List<String> problems =
 *     result.skipped().stream().map(s -> s.input() + ": " + s.reason()).toList();
 * List<DuplicateGroup> groups = NearDuplicateDetector.withDefaults().group(result.articles());
 * }</pre>
 *
 * <p>Folders are walked recursively, following symbolic links with loop detection; names starting
 * with {@code .} below a given folder are ignored, as are files of other types. Every problem
 * becomes a {@link SkippedInput} naming the file (and line) and the reason, and the rest is still
 * read:
 *
 * <ul>
 *   <li>a path that does not exist, a broken symbolic link, a symbolic-link loop, an unreadable
 *       file or folder, a file given by name whose type is not supported, a folder with no
 *       supported files;
 *   <li>an empty or whitespace-only file, a binary file (NUL bytes), invalid UTF-8 (with the byte
 *       offset), a file over the size limit (checked before reading, default {@value
 *       #DEFAULT_MAX_ARTICLE_BYTES} bytes = 10 MiB);
 *   <li>a JSONL line that is malformed JSON, not an object, lacks {@code id} or {@code text}, has a
 *       field of the wrong type or a bad {@code published}, or is over the size limit (read in a
 *       streaming way, never held in memory);
 *   <li>a duplicate id: the first occurrence in path order wins, later ones are skipped with a
 *       reason naming the first.
 * </ul>
 *
 * <p>Files are read in the order of their path strings, JSONL lines in file order, so results are
 * deterministic. Static methods only; safe to call from several threads.
 */
public final class ArticleReader {
  /**
   * Default maximum size of one article: a whole {@code .txt}/{@code .html} file or a JSONL line.
   */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

  /** Largest accepted {@code maxArticleBytes}: 1 GiB. */
  public static final long MAX_ARTICLE_BYTES_LIMIT = 1L << 30;

  /** The progress stage reported while reading files. */
  public static final String STAGE = "read";

  private static final Pattern TITLE =
      Pattern.compile(
          "<title\\b[^>]*>(.*?)</title\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final int TITLE_SEARCH_CHARS = 64 * 1024;

  private ArticleReader() {}

  /**
   * Reads files and folders with the default size limit, reporting no progress.
   *
   * @param paths files and folders
   * @return the articles and the skipped inputs
   * @throws NullPointerException if {@code paths} or an element is null
   */
  public static ReadResult read(List<Path> paths) {
    return read(paths, DEFAULT_MAX_ARTICLE_BYTES, ProgressListener.NONE);
  }

  /**
   * Reads files and folders with the default size limit.
   *
   * @param paths files and folders
   * @param listener receives stage {@value #STAGE}: files read of files found
   * @return the articles and the skipped inputs
   * @throws NullPointerException if an argument or an element is null
   */
  public static ReadResult read(List<Path> paths, ProgressListener listener) {
    return read(paths, DEFAULT_MAX_ARTICLE_BYTES, listener);
  }

  /**
   * Reads files and folders.
   *
   * @param paths files and folders
   * @param maxArticleBytes the size limit of one article in bytes: a larger {@code .txt} or {@code
   *     .html} file, or a longer JSONL line, is skipped without being read into memory
   * @param listener receives stage {@value #STAGE}: files read of files found
   * @return the articles and the skipped inputs
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if {@code maxArticleBytes} is not in {@code [1, 2^30]}
   */
  public static ReadResult read(List<Path> paths, long maxArticleBytes, ProgressListener listener) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(listener, "listener");
    paths.forEach(p -> Objects.requireNonNull(p, "paths element"));
    Checks.checkArgument(
        maxArticleBytes >= 1 && maxArticleBytes <= MAX_ARTICLE_BYTES_LIMIT,
        "maxArticleBytes must be in [1, %d], got %d",
        MAX_ARTICLE_BYTES_LIMIT,
        maxArticleBytes);
    Batch batch = new Batch((int) maxArticleBytes);
    for (Path root : paths) {
      batch.collect(root);
    }
    return batch.readAll(listener);
  }

  /**
   * Reads one file strictly: the first problem throws. A {@code .txt} or {@code .html} file gives
   * one article, a {@code .jsonl} file one per non-blank line.
   *
   * @param file the file
   * @return its articles
   * @throws ArticleParseException if the file or a line is not a valid article, or ids repeat
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public static List<Article> readFile(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    InputFormat format =
        InputFormat.of(file)
            .orElseThrow(
                () ->
                    new ArticleParseException(
                        file, "unsupported file type: expected " + InputFormat.EXTENSIONS));
    if (format != InputFormat.JSONL) {
      return List.of(readDocument(file, format, (int) DEFAULT_MAX_ARTICLE_BYTES));
    }
    List<Article> articles = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    List<ArticleParseException> problems = new ArrayList<>();
    JsonlArticles.read(
        file,
        (int) DEFAULT_MAX_ARTICLE_BYTES,
        new JsonlArticles.Sink() {
          @Override
          public void article(Article article, long line) {
            Long first = lines.putIfAbsent(article.id(), line);
            if (first != null) {
              problems.add(
                  new ArticleParseException(
                      file, line, duplicateReason(article.id(), file + ":" + first)));
            } else {
              articles.add(article);
            }
          }

          @Override
          public void skipped(ArticleParseException problem) {
            problems.add(problem);
          }
        });
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
    return articles;
  }

  /** Reads a one-article file: size check first, then strict UTF-8. */
  static Article readDocument(Path file, InputFormat format, int maxBytes) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new ArticleParseException(file, tooLarge(size, maxBytes));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(maxBytes + 1);
    }
    if (bytes.length > maxBytes) { // grew since the size check
      throw new ArticleParseException(file, tooLarge(bytes.length, maxBytes));
    }
    int nul = Utf8.indexOfNul(bytes, 0, bytes.length);
    if (nul >= 0) {
      throw new ArticleParseException(file, Utf8.binaryReason(bytes, bytes.length, nul));
    }
    String text = Utf8.stripBom(Utf8.decode(file, 0, bytes, 0, bytes.length, 0));
    if (text.isEmpty()) {
      throw new ArticleParseException(file, "empty file");
    }
    if (text.isBlank()) {
      throw new ArticleParseException(file, "file contains only whitespace");
    }
    String id = InputFormat.idOf(file);
    if (id.isBlank()) {
      throw new ArticleParseException(file, "file name without extension is empty: no id");
    }
    BodyFormat bodyFormat = format == InputFormat.HTML ? BodyFormat.HTML : BodyFormat.TEXT;
    String title = format == InputFormat.HTML ? htmlTitle(text) : "";
    return new Article(id, title, text, file.toString(), Optional.empty(), bodyFormat);
  }

  private static String tooLarge(long size, long maxBytes) {
    return String.format(
        Locale.ROOT,
        "file is %,d bytes, over the limit of %,d bytes for one article; not read",
        size,
        maxBytes);
  }

  /** {@return the decoded, whitespace-collapsed {@code <title>} of a page, or {@code ""}} */
  static String htmlTitle(String html) {
    Matcher m = TITLE.matcher(html.substring(0, Math.min(html.length(), TITLE_SEARCH_CHARS)));
    if (!m.find()) {
      return "";
    }
    return TextNormalizer.decodeEntities(m.group(1)).replaceAll("\\s+", " ").strip();
  }

  private static String duplicateReason(String id, String firstInput) {
    return "duplicate id \"" + id + "\": already read from " + firstInput;
  }

  /** Describes an I/O failure in words, without the path (the caller names it). */
  static String describe(IOException e) {
    if (e instanceof ArticleParseException p) {
      return p.reason();
    }
    if (e instanceof NoSuchFileException) {
      return "does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be read: permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop to an enclosing folder; not followed";
    }
    if (e instanceof NotDirectoryException) {
      return "is not a folder";
    }
    String message = e.getMessage();
    return "cannot be read: "
        + e.getClass().getSimpleName()
        + (message == null ? "" : " (" + message + ")");
  }

  /** One read: collects files, then reads them in path order. */
  private static final class Batch {
    private final int maxBytes;
    private final Map<Path, Path> files = new LinkedHashMap<>(); // normalized -> as found
    private final List<Problem> problems = new ArrayList<>();

    Batch(int maxBytes) {
      this.maxBytes = maxBytes;
    }

    void collect(Path root) {
      if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
        skip(root, "does not exist");
      } else if (!Files.exists(root)) {
        skip(root, "broken symbolic link");
      } else if (Files.isDirectory(root)) {
        walk(root);
      } else if (!Files.isRegularFile(root)) {
        skip(root, "not a regular file or folder");
      } else if (InputFormat.of(root).isEmpty()) {
        skip(root, "unsupported file type: expected " + InputFormat.EXTENSIONS);
      } else {
        add(root);
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
                if (hidden(file) || InputFormat.of(file).isEmpty()) {
                  return FileVisitResult.CONTINUE;
                }
                found[0]++;
                if (attrs.isRegularFile()) {
                  add(file);
                } else if (attrs.isSymbolicLink()) { // attributes of the link: target missing
                  skip(file, "broken symbolic link");
                } else {
                  skip(file, "not a regular file");
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (file.equals(root) || !hidden(file)) {
                  skip(file, describe(e));
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                  skip(dir, "folder listing failed: " + describe(e));
                }
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        skip(root, describe(e)); // the visitor never throws; kept for the checked signature
      }
      if (found[0] == 0 && problems.size() == problemsBefore) {
        skip(root, "no " + InputFormat.EXTENSIONS + " files in this folder");
      }
    }

    private static boolean hidden(Path p) {
      Path name = p.getFileName();
      return name != null && name.toString().startsWith(".");
    }

    private void add(Path file) {
      files.putIfAbsent(file.toAbsolutePath().normalize(), file);
    }

    private void skip(Path path, String reason) {
      problems.add(new Problem(path.toString(), 0, new SkippedInput(path.toString(), reason)));
    }

    ReadResult readAll(ProgressListener listener) {
      List<Path> order = new ArrayList<>(files.values());
      order.sort(Comparator.comparing(Path::toString));
      List<Article> articles = new ArrayList<>();
      Map<String, String> firstInput = new HashMap<>();
      long total = order.size();
      long done = 0;
      listener.progress(STAGE, 0, total);
      for (Path file : order) {
        InputFormat format = InputFormat.of(file).orElseThrow();
        try {
          if (format == InputFormat.JSONL) {
            JsonlArticles.read(
                file,
                maxBytes,
                new JsonlArticles.Sink() {
                  @Override
                  public void article(Article article, long line) {
                    accept(article, file + ":" + line, file, line, articles, firstInput);
                  }

                  @Override
                  public void skipped(ArticleParseException problem) {
                    problem(problem);
                  }
                });
          } else {
            accept(
                readDocument(file, format, maxBytes),
                file.toString(),
                file,
                0,
                articles,
                firstInput);
          }
        } catch (ArticleParseException e) {
          problem(e);
        } catch (IOException e) {
          skip(file, describe(e));
        }
        listener.progress(STAGE, ++done, total);
      }
      problems.sort(
          Comparator.comparing(Problem::path)
              .thenComparingLong(Problem::line)
              .thenComparing(p -> p.skipped().reason()));
      return new ReadResult(articles, problems.stream().map(Problem::skipped).toList());
    }

    private void accept(
        Article article,
        String input,
        Path file,
        long line,
        List<Article> articles,
        Map<String, String> firstInput) {
      String first = firstInput.putIfAbsent(article.id(), input);
      if (first == null) {
        articles.add(article);
      } else {
        problem(new ArticleParseException(file, line, duplicateReason(article.id(), first)));
      }
    }

    private void problem(ArticleParseException e) {
      problems.add(new Problem(e.file().toString(), e.line().orElse(0), e.toSkipped()));
    }
  }

  private record Problem(String path, long line, SkippedInput skipped) {}
}
