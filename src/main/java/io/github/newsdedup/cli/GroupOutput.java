package io.github.newsdedup.cli;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Match;
import io.github.newsdedup.internal.json.JsonWriter;
import io.github.newsdedup.io.SkippedInput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the result of {@code group} as text, JSON or CSV. Lines end in {@code \n} on every
 * platform and numbers use {@link Locale#ROOT}, so the same input gives byte-identical output.
 */
final class GroupOutput {
  /** Output formats. */
  enum Format {
    TEXT,
    JSON,
    CSV,
    TSV,
    /** The review report, written by {@code HtmlReport}, not by this class. */
    HTML;

    static Format parse(String value) throws UsageException {
      switch (value) {
        case "text":
          return TEXT;
        case "json":
          return JSON;
        case "csv":
          return CSV;
        case "tsv":
          return TSV;
        case "html":
          return HTML;
        default:
          throw new UsageException(
              "--format must be text, json, csv, tsv or html, got '" + value + "'");
      }
    }
  }

  /** The CSV header. */
  static final String CSV_HEADER =
      "a,b,jaccard,containment,rule,score,estimated,group,representative";

  private static final int SPILL_CHARS = 1 << 16;

  private final List<Article> articles;
  private final List<DuplicateGroup> groups;
  private final List<SkippedInput> skipped;

  /**
   * @param articles the articles that were grouped
   * @param groups their groups, in any order: sorted here by size (largest first), then
   *     representative id
   * @param skipped the inputs that were skipped
   */
  GroupOutput(List<Article> articles, List<DuplicateGroup> groups, List<SkippedInput> skipped) {
    this.articles = articles;
    List<DuplicateGroup> sorted = new ArrayList<>(groups);
    sorted.sort(
        Comparator.comparingInt(DuplicateGroup::size)
            .reversed()
            .thenComparing(DuplicateGroup::representative));
    this.groups = sorted;
    this.skipped = skipped;
  }

  /**
   * Writes the output to {@code out} in chunks, so a large result is never held as one string.
   *
   * @param format the format
   * @param all in text, list the articles without copies too
   * @param out receives the output
   */
  void write(Format format, boolean all, PrintStream out) {
    switch (format) {
      case JSON:
        json(out);
        break;
      case CSV:
        csv(out);
        break;
      case TSV:
        tsv(out);
        break;
      case HTML:
        throw new IllegalArgumentException("the HTML report is written by HtmlReport");
      default:
        text(all, out);
    }
    out.flush();
  }

  /** Returns the output as a string; for tests and small results. */
  String render(Format format, boolean all) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(format, all, new PrintStream(bytes, false, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Moves the buffered output to {@code out} once it is large. */
  private static void spill(StringBuilder sb, PrintStream out) {
    if (sb.length() >= SPILL_CHARS) {
      out.print(sb);
      sb.setLength(0);
    }
  }

  /** The readable summary: groups with copies in full, singletons counted (listed with all). */
  void text(boolean all, PrintStream out) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    long withCopies = groups.stream().filter(g -> g.size() > 1).count();
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%d %s, %d %s (%d with copies), %d skipped\n",
            articles.size(),
            articles.size() == 1 ? "article" : "articles",
            groups.size(),
            groups.size() == 1 ? "group" : "groups",
            withCopies,
            skipped.size()));
    int number = 0;
    for (DuplicateGroup g : groups) {
      if (g.size() == 1) {
        continue;
      }
      number++;
      appendGroup(sb, number, g, byId);
      spill(sb, out);
    }
    long singletons = groups.size() - withCopies;
    if (singletons > 0) {
      sb.append('\n');
      if (all) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%d %s without copies:\n",
                singletons,
                singletons == 1 ? "article" : "articles"));
        int width =
            groups.stream()
                .filter(g -> g.size() == 1)
                .mapToInt(g -> g.representative().length())
                .max()
                .orElse(0);
        for (DuplicateGroup g : groups) {
          if (g.size() == 1) {
            Article article = byId.get(g.representative());
            boolean padded = article != null && !article.source().isEmpty(); // no trailing blanks
            sb.append("  ")
                .append(
                    padded
                        ? String.format(Locale.ROOT, "%-" + width + "s", g.representative())
                        : g.representative());
            appendSource(sb, article);
            spill(sb, out);
          }
        }
      } else {
        sb.append(
            String.format(
                Locale.ROOT,
                "%d %s without copies (--all lists them)\n",
                singletons,
                singletons == 1 ? "article" : "articles"));
      }
    }
    out.print(sb);
  }

  /** Appends one group with copies: the representative, then each copy with its match. */
  private static void appendGroup(
      StringBuilder sb, int number, DuplicateGroup g, Map<String, Article> byId) {
    String rep = g.representative();
    int width = g.members().stream().mapToInt(String::length).max().orElse(0);
    sb.append(String.format(Locale.ROOT, "\nGroup %d: %d articles\n", number, g.size()));
    sb.append(String.format(Locale.ROOT, "  %-" + width + "s  representative", rep));
    appendSource(sb, byId.get(rep));
    for (String member : g.members().subList(1, g.size())) {
      sb.append(String.format(Locale.ROOT, "  %-" + width + "s  ", member));
      Match m = matchWith(g, rep, member);
      if (m == null) {
        sb.append("(no direct match with the representative)");
      } else {
        sb.append(
            String.format(
                Locale.ROOT,
                "jaccard %.3f  containment %.3f  %s%s",
                m.similarity().jaccard(),
                m.similarity().containment(),
                rule(m),
                m.similarity().estimated() ? " (estimated)" : ""));
      }
      appendSource(sb, byId.get(member));
    }
  }

  private static void appendSource(StringBuilder sb, Article article) {
    if (article != null && !article.source().isEmpty()) {
      sb.append("  ").append(article.source());
    }
    sb.append('\n');
  }

  private static Match matchWith(DuplicateGroup g, String x, String y) {
    for (Match m : g.matches()) {
      if ((m.a().equals(x) && m.b().equals(y)) || (m.a().equals(y) && m.b().equals(x))) {
        return m;
      }
    }
    return null;
  }

  private static String rule(Match m) {
    return m.rule().name().toLowerCase(Locale.ROOT);
  }

  /** The JSON document, one group per line. */
  void json(PrintStream out) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    StringBuilder sb = new StringBuilder();
    JsonWriter w = new JsonWriter(sb, JsonWriter.SPACED);
    w.beginObject().lineBreak(2).name("articles").value(articles.size());
    w.lineBreak(2).name("groups").beginArray();
    for (DuplicateGroup g : groups) {
      w.lineBreak(4).beginObject();
      w.name("representative").value(g.representative());
      w.name("size").value(g.size());
      w.name("members").beginArray();
      for (String member : g.members()) {
        w.value(member);
      }
      w.endArray().name("details").beginArray();
      for (String member : g.members()) {
        appendDetails(w, member, byId.get(member));
      }
      w.endArray().name("matches").beginArray();
      for (Match m : g.matches()) {
        w.beginObject();
        w.name("a").value(m.a());
        w.name("b").value(m.b());
        w.name("jaccard").value(m.similarity().jaccard());
        w.name("containment").value(m.similarity().containment());
        w.name("rule").value(rule(m));
        w.name("score").value(m.score());
        w.name("estimated").value(m.similarity().estimated());
        w.endObject();
      }
      w.endArray().endObject();
      spill(sb, out);
    }
    if (!groups.isEmpty()) {
      w.lineBreak(2);
    }
    w.endArray().lineBreak(2).name("skipped").beginArray();
    for (SkippedInput s : skipped) {
      w.lineBreak(4).beginObject();
      w.name("input").value(s.input());
      w.name("reason").value(s.reason());
      w.endObject();
    }
    if (!skipped.isEmpty()) {
      w.lineBreak(2);
    }
    w.endArray().lineBreak(0).endObject();
    sb.append('\n');
    out.print(sb);
  }

  /**
   * One member's known fields: {@code id}, then {@code title}, {@code url} (a source that is a web
   * address) or {@code source} (a path), and {@code published} when known.
   */
  private static void appendDetails(JsonWriter w, String id, Article article) {
    w.beginObject().name("id").value(id);
    if (article != null) {
      if (!article.title().isEmpty()) {
        w.name("title").value(article.title());
      }
      String source = article.source();
      if (source.startsWith("http://") || source.startsWith("https://")) {
        w.name("url").value(source);
      } else if (!source.isEmpty()) {
        w.name("source").value(source);
      }
      article.published().ifPresent(p -> w.name("published").value(p.toString()));
    }
    w.endObject();
  }

  /**
   * One line per article, singletons included: {@code id<TAB>group<TAB>representative}, groups
   * numbered from 1 in output order. Tabs, line breaks and backslashes in ids are escaped as {@code
   * \t}, {@code \n}, {@code \r} and {@code \\}; no header line.
   */
  void tsv(PrintStream out) {
    StringBuilder sb = new StringBuilder();
    int number = 0;
    for (DuplicateGroup g : groups) {
      number++;
      String rep = tsvField(g.representative());
      for (String member : g.members()) {
        sb.append(tsvField(member)).append('\t').append(number).append('\t').append(rep);
        sb.append('\n');
        spill(sb, out);
      }
    }
    out.print(sb);
  }

  /** Escapes a TSV field and defuses spreadsheet formulas (see {@link #defuse}). */
  static String tsvField(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\\' -> b.append("\\\\");
        default -> b.append(c);
      }
    }
    return defuse(b.toString());
  }

  /**
   * Prefixes a {@code '} to a cell a spreadsheet would run as a formula (starting with {@code =},
   * {@code +}, {@code -}, {@code @}, tab or CR), as OWASP advises against CSV injection.
   */
  static String defuse(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

  /** One row per verified match, RFC 4180 quoting, {@code \n} line ends. */
  void csv(PrintStream out) {
    StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
    int number = 0;
    for (DuplicateGroup g : groups) {
      number++;
      for (Match m : g.matches()) {
        sb.append(csvField(m.a())).append(',');
        sb.append(csvField(m.b())).append(',');
        sb.append(number(m.similarity().jaccard())).append(',');
        sb.append(number(m.similarity().containment())).append(',');
        sb.append(rule(m)).append(',');
        sb.append(number(m.score())).append(',');
        sb.append(m.similarity().estimated()).append(',');
        sb.append(number).append(',');
        sb.append(csvField(g.representative())).append('\n');
        spill(sb, out);
      }
    }
    out.print(sb);
  }

  /** Formats a finite double for CSV as JSON does: shortest round-trip form. */
  static String number(double value) {
    return JsonWriter.number(value);
  }

  /**
   * Returns {@code s} as a CSV field, formulas defused (see {@link #defuse}), quoted when it holds
   * a comma, quote, CR or LF.
   */
  static String csvField(String s) {
    s = defuse(s);
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
