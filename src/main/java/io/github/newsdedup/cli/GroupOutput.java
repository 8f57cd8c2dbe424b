package io.github.newsdedup.cli;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Match;
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
    CSV;

    static Format parse(String value) throws UsageException {
      switch (value) {
        case "text":
          return TEXT;
        case "json":
          return JSON;
        case "csv":
          return CSV;
        default:
          throw new UsageException("--format must be text, json or csv, got '" + value + "'");
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
    StringBuilder sb = new StringBuilder();
    sb.append("{\n  \"articles\": ").append(articles.size()).append(",\n  \"groups\": [");
    for (int i = 0; i < groups.size(); i++) {
      DuplicateGroup g = groups.get(i);
      sb.append(i == 0 ? "\n    " : ",\n    ");
      sb.append("{\"representative\": ").append(quote(g.representative()));
      sb.append(", \"size\": ").append(g.size());
      sb.append(", \"members\": [");
      for (int j = 0; j < g.size(); j++) {
        sb.append(j == 0 ? "" : ", ").append(quote(g.members().get(j)));
      }
      sb.append("], \"matches\": [");
      for (int j = 0; j < g.matches().size(); j++) {
        Match m = g.matches().get(j);
        sb.append(j == 0 ? "" : ", ");
        sb.append("{\"a\": ").append(quote(m.a()));
        sb.append(", \"b\": ").append(quote(m.b()));
        sb.append(", \"jaccard\": ").append(number(m.similarity().jaccard()));
        sb.append(", \"containment\": ").append(number(m.similarity().containment()));
        sb.append(", \"rule\": ").append(quote(rule(m)));
        sb.append(", \"score\": ").append(number(m.score()));
        sb.append(", \"estimated\": ").append(m.similarity().estimated());
        sb.append('}');
      }
      sb.append("]}");
      spill(sb, out);
    }
    sb.append(groups.isEmpty() ? "],\n" : "\n  ],\n");
    sb.append("  \"skipped\": [");
    for (int i = 0; i < skipped.size(); i++) {
      SkippedInput s = skipped.get(i);
      sb.append(i == 0 ? "\n    " : ",\n    ");
      sb.append("{\"input\": ").append(quote(s.input()));
      sb.append(", \"reason\": ").append(quote(s.reason())).append('}');
    }
    sb.append(skipped.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    out.print(sb);
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

  /** Formats a finite double as JSON/CSV: shortest round-trip form ({@link Double#toString}). */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return Double.toString(value);
  }

  /**
   * Returns {@code s} as a JSON string literal: quotes, backslashes and control characters escaped,
   * U+2028/U+2029 and unpaired surrogates written as {@code \\u} escapes (so the output is valid
   * UTF-8 and valid JavaScript); everything else as is.
   */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        default:
          boolean pairedHigh =
              Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1));
          if (pairedHigh) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  /** Returns {@code s} as a CSV field, quoted when it holds a comma, quote, CR or LF. */
  static String csvField(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
