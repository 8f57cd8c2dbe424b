package io.github.newsdedup.cli;

import io.github.newsdedup.Article;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.io.ReadOptions;
import io.github.newsdedup.io.ReadResult;
import io.github.newsdedup.io.SkippedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The input options shared by the commands that read articles ({@code group}, {@code evaluate},
 * {@code index add}): the size limit, where ids come from, the record field names, and {@code -}
 * for JSONL on standard input. One owner for their names, checks and help text.
 */
final class InputOptions {
  static final String MAX_ARTICLE_BYTES = "--max-article-bytes";
  static final String ID_FROM = "--id-from";
  private static final String[][] FIELDS = {
    {"--id-field", "id"},
    {"--text-field", "text"},
    {"--title-field", "title"},
    {"--url-field", "url"},
    {"--published-field", "published"},
  };

  /** The operand that stands for standard input. */
  static final String STDIN = "-";

  private InputOptions() {}

  /** Declares the input options on a command's parser. */
  static void declare(ArgumentParser p) {
    p.option(MAX_ARTICLE_BYTES).option(ID_FROM);
    for (String[] field : FIELDS) {
      p.option(field[0]);
    }
  }

  /**
   * Returns the reader options given in {@code a}.
   *
   * @throws UsageException naming the option when a value is malformed or out of range
   */
  static ReadOptions readOptions(ArgumentParser.Arguments a) throws UsageException {
    ReadOptions.Builder b = ReadOptions.builder();
    long max = a.longValue(MAX_ARTICLE_BYTES).orElse(ReadOptions.DEFAULT_MAX_ARTICLE_BYTES);
    if (max < 1 || max > ReadOptions.MAX_ARTICLE_BYTES_LIMIT) {
      throw new UsageException(
          MAX_ARTICLE_BYTES
              + " must be in [1, "
              + ReadOptions.MAX_ARTICLE_BYTES_LIMIT
              + "], got "
              + max);
    }
    b.maxArticleBytes(max);
    if (a.value(ID_FROM).isPresent()) {
      String v = a.value(ID_FROM).get();
      switch (v) {
        case "name" -> b.idFrom(ReadOptions.IdFrom.NAME);
        case "path" -> b.idFrom(ReadOptions.IdFrom.PATH);
        default -> throw new UsageException(ID_FROM + " must be name or path, got '" + v + "'");
      }
    }
    for (String[] field : FIELDS) {
      if (a.value(field[0]).isPresent()) {
        String name = a.value(field[0]).get();
        if (name.isBlank()) {
          throw new UsageException(field[0] + " needs a field name");
        }
        switch (field[1]) {
          case "id" -> b.idField(name);
          case "text" -> b.textField(name);
          case "title" -> b.titleField(name);
          case "url" -> b.urlField(name);
          default -> b.publishedField(name);
        }
      }
    }
    return b.build();
  }

  /**
   * Reads the operands: files and folders, and {@code -} for JSONL on standard input (at most
   * once). Skipped inputs are listed on {@code err} as they are reported.
   */
  static ReadResult read(
      List<String> operands,
      ReadOptions options,
      InputStream stdin,
      ProgressListener progress,
      PrintStream err)
      throws UsageException, IOException {
    List<Path> paths = new ArrayList<>();
    boolean fromStdin = false;
    for (String operand : operands) {
      if (operand.equals(STDIN)) {
        if (fromStdin) {
          throw new UsageException("'-' (standard input) given twice");
        }
        fromStdin = true;
      } else {
        paths.add(DetectorOptions.path(operand));
      }
    }
    ReadResult result = ArticleReader.read(paths, options, progress);
    if (fromStdin) {
      result = withStdin(result, ArticleReader.readJsonl(stdin, STDIN, options));
    }
    reportSkipped(result.skipped(), err);
    return result;
  }

  /** Lists skipped inputs on {@code err}, one line each, as every command does. */
  static void reportSkipped(List<SkippedInput> skipped, PrintStream err) {
    for (SkippedInput s : skipped) {
      err.println("skipped " + s.input() + ": " + s.reason());
    }
  }

  /** Adds standard input's articles after the files', skipping ids already read from a file. */
  private static ReadResult withStdin(ReadResult files, ReadResult piped) {
    List<Article> articles = new ArrayList<>(files.articles());
    List<SkippedInput> skipped = new ArrayList<>(files.skipped());
    Map<String, String> sources = new HashMap<>();
    files.articles().forEach(x -> sources.put(x.id(), x.source()));
    for (Article x : piped.articles()) {
      String first = sources.putIfAbsent(x.id(), x.source());
      if (first == null) {
        articles.add(x);
      } else {
        skipped.add(
            new SkippedInput(
                x.source(), "duplicate id \"" + x.id() + "\": already read from " + first));
      }
    }
    skipped.addAll(piped.skipped());
    return new ReadResult(articles, skipped);
  }

  /** Prints the input options' help lines. */
  static void printHelp(PrintStream s) {
    s.printf(
        Locale.ROOT,
        "  --max-article-bytes N       skip files, lines and records over N bytes [%d]%n",
        ReadOptions.DEFAULT_MAX_ARTICLE_BYTES);
    s.println(
        "  --id-from W                 id of a .txt/.html file: W = name (file name) or path");
    s.println("                              (path under the argument), no extension [name]");
    for (String[] field : FIELDS) {
      s.printf(
          Locale.ROOT,
          "  %-27s record field (.jsonl, .json, .csv, .tsv) with the %s [%s]%n",
          field[0] + " F",
          field[1],
          field[1]);
    }
  }

  /** Prints the input formats in brief. */
  static void printFormats(PrintStream s) {
    s.println("  .txt          one plain-text article per file; id = file name without extension");
    s.println("  .html, .htm   one HTML article per file; id = file name without extension");
    s.println(
        "  .jsonl        one JSON object a line: \"id\", \"text\", optional \"title\", \"url\",");
    s.println("                \"published\" (ISO-8601 instant, YYYY-MM-DD, or epoch seconds);");
    s.println("                \"url\" becomes the source shown, else path:line");
    s.println("  .json         an array of such objects; .csv, .tsv: a header row, then records");
    s.println(
        "                (read when named; in folders only .txt, .html, .jsonl are picked up)");
    s.println("  .gz           any of the above, gzip-compressed (story.txt.gz, feed.jsonl.gz)");
    s.println("  -             JSONL on standard input");
  }
}
