package io.github.newsdedup.io;

import io.github.newsdedup.Article;
import io.github.newsdedup.BodyFormat;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from files and folders: {@code .txt} files (plain text, one article each), {@code
 * .html}/{@code .htm} files (HTML, one article each, title from {@code <title>}), and record files
 * with one article per record: {@code .jsonl}/{@code .ndjson} (one JSON object a line), {@code
 * .json} (an array of objects) and {@code .csv}/{@code .tsv} (a header row, then one record a row).
 * Any of them may be gzip-compressed ({@code story.txt.gz}, {@code feed.jsonl.gz}). Extensions are
 * matched ignoring case. {@link ReadOptions} sets the size limit of one article, where a
 * one-article file's id comes from (its name, or its path under the argument), and which record
 * fields hold the id, text, title, url and publication time (defaults {@code id}, {@code text},
 * {@code title}, {@code url}, {@code published}; the text is read with {@link BodyFormat#AUTO}; the
 * url becomes the source, else {@code path:line}; {@code published} is an ISO-8601 instant or
 * offset date-time, a {@code YYYY-MM-DD} date taken as midnight UTC, or epoch seconds; an empty or
 * {@code null} value means absent; other fields are ignored).
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
 * becomes a {@link SkippedInput} naming the file (and line or record) and the reason, and the rest
 * is still read:
 *
 * <ul>
 *   <li>a path that does not exist, a broken symbolic link, a symbolic-link loop, an unreadable
 *       file or folder, a FIFO, socket or device (checked again just before opening, so a file
 *       replaced by one mid-run is skipped, never waited on), a file given by name whose type is
 *       not supported, a folder with no supported files, a file name that is not valid in the
 *       platform encoding;
 *   <li>an empty or whitespace-only file, a binary file (NUL bytes), invalid UTF-8 (with the byte
 *       offset), a file over the size limit (checked before reading, default {@value
 *       ReadOptions#DEFAULT_MAX_ARTICLE_BYTES} bytes = 10 MiB);
 *   <li>a record that is malformed, not an object, lacks the id or text field (the message lists
 *       the fields present), has a field of the wrong type, an id over 4,096 bytes or a bad
 *       publication time, or is over the size limit (read in a streaming way, never held in
 *       memory);
 *   <li>a duplicate id: the first occurrence in path order wins, later ones are skipped with a
 *       reason naming the first.
 * </ul>
 *
 * <p>Files are read in the order of their path strings, records in file order, so results are
 * deterministic. Static methods only; safe to call from several threads.
 */
public final class ArticleReader {
  /**
   * Default maximum size of one article: a whole {@code .txt}/{@code .html} file or a JSONL line.
   */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = ReadOptions.DEFAULT_MAX_ARTICLE_BYTES;

  /** Largest accepted {@code maxArticleBytes}: 1 GiB. */
  public static final long MAX_ARTICLE_BYTES_LIMIT = ReadOptions.MAX_ARTICLE_BYTES_LIMIT;

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
    return read(paths, ReadOptions.builder().maxArticleBytes(maxArticleBytes).build(), listener);
  }

  /**
   * Reads files and folders with the given options.
   *
   * @param paths files and folders
   * @param options the size limit, id source and record field names
   * @param listener receives stage {@value #STAGE}: files read of files found
   * @return the articles and the skipped inputs
   * @throws NullPointerException if an argument or an element is null
   */
  public static ReadResult read(List<Path> paths, ReadOptions options, ProgressListener listener) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    paths.forEach(p -> Objects.requireNonNull(p, "paths element"));
    ReadBatch.Batch batch = new ReadBatch.Batch(options);
    for (Path root : paths) {
      batch.collect(root);
    }
    return batch.readAll(listener);
  }

  /**
   * Reads files and folders like {@link #read(List, ReadOptions, ProgressListener)}, but hands each
   * article to {@code action} as it is read instead of keeping them all: memory stays bounded by
   * one article and the set of ids seen (for duplicate detection), whatever the input size.
   *
   * @param paths files and folders
   * @param options the size limit, id source and record field names
   * @param listener receives stage {@value #STAGE}: files read of files found
   * @param action receives each article, in the order {@code read} would list them
   * @return the skipped inputs, in the order {@code read} would list them
   * @throws NullPointerException if an argument or an element is null
   */
  public static List<SkippedInput> forEach(
      List<Path> paths, ReadOptions options, ProgressListener listener, Consumer<Article> action) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(action, "action");
    paths.forEach(p -> Objects.requireNonNull(p, "paths element"));
    ReadBatch.Batch batch = new ReadBatch.Batch(options, action);
    for (Path root : paths) {
      batch.collect(root);
    }
    return batch.readAll(listener).skipped();
  }

  /**
   * Reads JSONL from a stream, such as standard input; problems are skipped and reported as in
   * {@link #read(List, ReadOptions, ProgressListener)}, duplicate ids included. The stream is read
   * to its end and not closed.
   *
   * @param in the JSONL bytes (gzip is not detected: wrap the stream yourself)
   * @param name names the stream in skipped inputs and default sources, such as {@code "-"}
   * @param options the size limit and record field names
   * @return the articles and the skipped records
   * @throws IOException if the stream cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static ReadResult readJsonl(InputStream in, String name, ReadOptions options)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    ReadBatch.Batch batch = new ReadBatch.Batch(options);
    Path path = Path.of(name);
    try {
      JsonlArticles.read(
          path, in, (int) options.maxArticleBytes(), new RecordMapper(options), batch.sink(path));
    } catch (ArticleParseException e) {
      batch.problem(e);
    }
    return batch.result();
  }

  /**
   * Reads one file strictly with the default options: the first problem throws. A {@code .txt} or
   * {@code .html} file gives one article, a record file one per record.
   *
   * @param file the file
   * @return its articles
   * @throws ArticleParseException if the file or a record is not a valid article, or ids repeat
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public static List<Article> readFile(Path file) throws IOException {
    return readFile(file, ReadOptions.defaults());
  }

  /**
   * Reads one file strictly: the first problem throws.
   *
   * @param file the file
   * @param options the size limit and record field names ({@link ReadOptions.IdFrom#PATH} gives a
   *     file its name, as a file given directly has no folder to be relative to)
   * @return its articles
   * @throws ArticleParseException if the file or a record is not a valid article, or ids repeat
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static List<Article> readFile(Path file, ReadOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    InputFormat format =
        InputFormat.of(file)
            .orElseThrow(
                () ->
                    new ArticleParseException(
                        file, "unsupported file type: expected " + InputFormat.EXTENSIONS));
    int maxBytes = (int) options.maxArticleBytes();
    if (format.oneArticlePerFile()) {
      return List.of(readDocument(file, InputFormat.idOf(file), format, maxBytes));
    }
    List<Article> articles = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    List<ArticleParseException> problems = new ArrayList<>();
    readRecords(
        file,
        format,
        maxBytes,
        new RecordMapper(options),
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

  /** Reads a record file of the given format into the sink. */
  static void readRecords(
      Path file, InputFormat format, int maxBytes, RecordMapper mapper, JsonlArticles.Sink sink)
      throws IOException {
    try (InputStream in = open(file)) {
      switch (format) {
        case JSONL -> JsonlArticles.read(file, in, maxBytes, mapper, sink);
        case JSON -> JsonArticles.read(file, in, maxBytes, mapper, sink);
        case CSV, TSV -> {
          Reader reader =
              new InputStreamReader(
                  in,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT));
          CsvArticles.read(
              file, reader, format == InputFormat.CSV ? ',' : '\t', maxBytes, mapper, sink);
        }
        default -> throw new IllegalArgumentException("not a record format: " + format);
      }
    } catch (CharacterCodingException e) {
      throw new ArticleParseException(file, "invalid UTF-8; only UTF-8 input is supported");
    }
  }

  /**
   * Opens a file for reading, refusing anything but a regular file at the moment of opening (a FIFO
   * would block the read forever), and decompressing {@code .gz}.
   */
  static InputStream open(Path file) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attrs.isRegularFile()) {
      throw new ArticleParseException(
          file, "not a regular file (a folder, FIFO, socket or device); not read");
    }
    InputStream in = Files.newInputStream(file);
    if (!InputFormat.gzipped(file)) {
      return in;
    }
    try {
      return new GZIPInputStream(in, 64 * 1024);
    } catch (IOException e) {
      in.close();
      throw new ArticleParseException(file, "not a valid gzip file: " + e.getMessage());
    }
  }

  /** Reads a one-article file: size check first, then strict UTF-8. */
  static Article readDocument(Path file, String id, InputFormat format, int maxBytes)
      throws IOException {
    boolean gzipped = InputFormat.gzipped(file);
    long size = Files.size(file);
    if (!gzipped && size > maxBytes) {
      throw new ArticleParseException(file, tooLarge(size, maxBytes));
    }
    byte[] bytes;
    try (InputStream in = open(file)) {
      bytes = in.readNBytes(maxBytes + 1);
    }
    if (bytes.length > maxBytes) { // grew since the size check, or decompressed beyond the limit
      throw new ArticleParseException(
          file,
          gzipped
              ? String.format(
                  Locale.ROOT,
                  "decompresses to over the limit of %,d bytes for one article; not read",
                  maxBytes)
              : tooLarge(bytes.length, maxBytes));
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
    if (id.isBlank()) {
      throw new ArticleParseException(file, "file name without extension is empty: no id");
    }
    RecordMapper.checkIdLength(file, 0, id);
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

  static String duplicateReason(String id, String firstInput) {
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
}
