package io.github.newsdedup.cli.report;

import io.github.newsdedup.Article;
import io.github.newsdedup.DetectorConfig;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Explanation;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.internal.json.JsonWriter;
import io.github.newsdedup.io.SkippedInput;
import io.github.newsdedup.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the review report: one self-contained HTML file (inline CSS and script, no network) with a
 * summary, the groups in the order of {@code group}'s JSON output (each element {@code
 * data-group="N"}, N from 1, its members {@code data-id="ID"}), and the data for the side-by-side
 * view: every article text once, and per member its shared passages with the representative and the
 * chrome dropped from each text. The summary and the group list are plain HTML, readable with
 * scripts off; the script adds the filter, the view and keyboard navigation.
 *
 * <p>Articles without a text (an index stores none; its sources are read when they are files) are
 * listed without a view.
 */
public final class HtmlReport {
  private static final String RESOURCES = "/io/github/newsdedup/cli/report/";

  private final List<Article> articles;
  private final List<DuplicateGroup> groups;
  private final List<SkippedInput> skipped;
  private final NearDuplicateDetector detector;
  private final String origin;

  /**
   * @param articles the grouped articles (texts may be empty when not available)
   * @param groups their groups, in any order: sorted here as {@code group} sorts them
   * @param skipped the skipped inputs
   * @param detector the detector that grouped them: its settings are shown and it explains pairs
   * @param origin what the report is of, such as the command line, shown in the header
   */
  public HtmlReport(
      List<Article> articles,
      List<DuplicateGroup> groups,
      List<SkippedInput> skipped,
      NearDuplicateDetector detector,
      String origin) {
    this.articles = List.copyOf(articles);
    List<DuplicateGroup> sorted = new ArrayList<>(groups);
    sorted.sort(
        Comparator.comparingInt(DuplicateGroup::size)
            .reversed()
            .thenComparing(DuplicateGroup::representative));
    this.groups = sorted;
    this.skipped = List.copyOf(skipped);
    this.detector = Objects.requireNonNull(detector, "detector");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /** One member's view data: its explanation against the representative, or null. */
  private record Pair(int group, String rep, String member, Explanation explanation) {}

  /**
   * Writes the report.
   *
   * @param out receives the HTML (UTF-8 when it is a file)
   * @param progress receives the progress of explaining the pairs
   * @throws IOException if writing fails
   */
  public void write(Writer out, ProgressListener progress) throws IOException {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      index.put(articles.get(i).id(), i);
    }
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      DuplicateGroup group = groups.get(g);
      for (String member : group.members().subList(1, group.size())) {
        pairs.add(new Pair(g, group.representative(), member, null));
      }
    }
    // Every copy against its representative, with the batch boilerplate rule as group applies it.
    List<Explanation> explained = detector.explainGroups(articles, groups, progress);
    Explanation[] explanations = new Explanation[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      Pair p = pairs.get(i);
      Article rep = article(index, p.rep());
      Article member = article(index, p.member());
      if (rep != null && member != null && hasText(rep) && hasText(member)) {
        explanations[i] = explained.get(i);
      }
    }
    // Each article's dropped chrome, from the first explanation that covers it.
    Map<String, List<Explanation.Dropped>> dropped = new HashMap<>();
    for (Explanation e : explanations) {
      if (e != null) {
        dropped.putIfAbsent(e.a(), e.droppedA());
        dropped.putIfAbsent(e.b(), e.droppedB());
      }
    }
    StringBuilder sb = new StringBuilder(1 << 16);
    head(sb);
    summary(sb);
    controls(sb);
    sb.append("<main>\n<section id=\"groups\" aria-labelledby=\"groups-h\">\n")
        .append("<h2 id=\"groups-h\">Groups</h2>\n<ol class=\"groups\">\n");
    int pair = 0;
    for (int g = 0; g < groups.size(); g++) {
      DuplicateGroup group = groups.get(g);
      boolean single = group.size() == 1;
      sb.append("<li class=\"group")
          .append(single ? " singleton" : "")
          .append("\" data-group=\"")
          .append(g + 1)
          .append("\" id=\"g")
          .append(g + 1)
          .append("\" tabindex=\"-1\">\n<h3>Group ")
          .append(g + 1)
          .append(" <small>")
          .append(single ? "1 article, no copies" : group.size() + " articles")
          .append("</small></h3>\n<ul class=\"members\">\n");
      member(sb, g, group, group.representative(), null, index);
      for (String m : group.members().subList(1, group.size())) {
        member(sb, g, group, m, explanations[pair++], index);
      }
      sb.append("</ul>\n</li>\n");
      spill(sb, out);
    }
    sb.append("</ol>\n</section>\n")
        .append("<section id=\"view\" hidden aria-label=\"Side-by-side view\"></section>\n")
        .append("</main>\n");
    data(sb, out, index, explanations, pairs, dropped);
    sb.append("<script>\n").append(resource("report.js")).append("</script>\n</body>\n</html>\n");
    out.write(sb.toString());
    out.flush();
  }

  /**
   * Writes the report to a file, UTF-8.
   *
   * @param file the file, replaced if it exists
   * @param progress receives the progress of explaining the pairs
   * @throws IOException if writing fails
   */
  public void write(Path file, ProgressListener progress) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, progress);
    }
  }

  private Article article(Map<String, Integer> index, String id) {
    Integer i = index.get(id);
    return i == null ? null : articles.get(i);
  }

  /** Whether the body is HTML, as the normalizer decides it: its tags are hidden in the view. */
  private static boolean isHtml(Article a) {
    return switch (a.format()) {
      case HTML -> true;
      case TEXT -> false;
      case AUTO -> TextNormalizer.looksLikeHtml(a.body());
    };
  }

  private static boolean hasText(Article a) {
    return !a.body().isEmpty();
  }

  private void head(StringBuilder sb) {
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"news-dedup\">\n")
        .append("<title>news-dedup report</title>\n<style>\n")
        .append(resource("report.css"))
        .append(
            "</style>\n</head>\n<body>\n<header>\n<h1>news-dedup report</h1>\n<p class=\"origin\">")
        .append(escape(origin))
        .append("</p>\n</header>\n");
  }

  private void summary(StringBuilder sb) {
    long withCopies = groups.stream().filter(g -> g.size() > 1).count();
    long copies = groups.stream().mapToLong(g -> g.size() - 1L).sum();
    long singletons = groups.size() - withCopies;
    DetectorConfig config = detector.config();
    DetectorConfig.Thresholds t = config.thresholds();
    sb.append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n")
        .append("<h2 id=\"summary-h\">Summary</h2>\n<dl>\n");
    item(sb, "Articles", "articles", Integer.toString(articles.size()));
    item(
        sb,
        "Groups",
        "groups",
        String.format(
            Locale.ROOT, "%d (%d with copies, %d without)", groups.size(), withCopies, singletons));
    item(sb, "Copies", "copies", Long.toString(copies));
    item(sb, "Skipped inputs", "skipped", Integer.toString(skipped.size()));
    item(
        sb,
        "Settings",
        "settings",
        String.format(
            Locale.ROOT,
            "shingles of %d words, seed %d; resemblance at least %s; containment at least %s"
                + " (shorter article of %d shingles or more); alignment at least %s;"
                + " boilerplate in %d groups or more; %s verification",
            config.shape().shingleSize(),
            config.shape().seed(),
            t.resemblanceThreshold(),
            t.containmentThreshold(),
            t.minContainedShingles(),
            t.alignmentThreshold() > 0 ? Double.toString(t.alignmentThreshold()) : "off",
            t.boilerplateMinGroups(),
            config.exactVerification() ? "exact" : "estimated"));
    sb.append("</dl>\n");
    if (!skipped.isEmpty()) {
      sb.append("<details class=\"skipped\"><summary>Skipped inputs</summary>\n<ul>\n");
      for (SkippedInput s : skipped) {
        sb.append("<li><code>")
            .append(escape(s.input()))
            .append("</code>: ")
            .append(escape(s.reason()))
            .append("</li>\n");
      }
      sb.append("</ul>\n</details>\n");
    }
    sb.append("</section>\n");
  }

  private static void item(StringBuilder sb, String name, String key, String value) {
    sb.append("<dt>")
        .append(name)
        .append("</dt><dd data-summary=\"")
        .append(key)
        .append("\">")
        .append(escape(value))
        .append("</dd>\n");
  }

  private void controls(StringBuilder sb) {
    long singletons = groups.stream().filter(g -> g.size() == 1).count();
    sb.append("<nav class=\"controls\" aria-label=\"Filter and options\">\n")
        .append("<label class=\"filter\">Filter <input type=\"search\" id=\"filter\"")
        .append(" placeholder=\"id, title or source\" disabled></label>\n")
        .append("<label><input type=\"checkbox\" id=\"show-singletons\"> Show the ")
        .append(singletons)
        .append(" articles without copies</label>\n")
        .append("<span id=\"count\" role=\"status\"></span>\n")
        .append("<p class=\"keys\">Keys: <kbd>j</kbd>/<kbd>k</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd>")
        .append(" next/previous group, <kbd>Enter</kbd> open, <kbd>n</kbd>/<kbd>p</kbd>")
        .append(" next/previous member, <kbd>Esc</kbd> close, <kbd>/</kbd> filter.</p>\n")
        .append("</nav>\n");
  }

  private void member(
      StringBuilder sb,
      int g,
      DuplicateGroup group,
      String id,
      Explanation explanation,
      Map<String, Integer> index) {
    boolean rep = id.equals(group.representative());
    Article a = article(index, id);
    sb.append("<li data-id=\"").append(escape(id)).append('"');
    sb.append(rep ? " class=\"rep\"" : "").append(">");
    boolean viewable = a != null && hasText(a);
    if (viewable) {
      sb.append("<a class=\"id\" href=\"#open=")
          .append(g + 1)
          .append(':')
          .append(escape(encode(id)))
          .append("\">")
          .append(escape(id))
          .append("</a>");
    } else {
      sb.append("<span class=\"id\">").append(escape(id)).append("</span>");
    }
    if (a != null && !a.title().isEmpty()) {
      sb.append(" <span class=\"title\">").append(escape(a.title())).append("</span>");
    }
    if (a != null && !a.source().isEmpty()) {
      sb.append(" <span class=\"source\">").append(escape(a.source())).append("</span>");
    }
    if (rep) {
      sb.append(" <span class=\"badge\">representative</span>");
    } else {
      Match m = matchWith(group, group.representative(), id);
      sb.append(" <span class=\"scores\">");
      if (m != null) {
        sb.append(
            String.format(
                Locale.ROOT,
                "jaccard %.3f, containment %.3f, %s%s",
                m.similarity().jaccard(),
                m.similarity().containment(),
                m.rule().name().toLowerCase(Locale.ROOT),
                m.similarity().estimated() ? " (estimated)" : ""));
      } else {
        sb.append("no direct match with the representative");
      }
      if (explanation != null) {
        int words = explanation.passages().stream().mapToInt(Explanation.Passage::words).sum();
        sb.append(String.format(Locale.ROOT, "; %d shared words", words));
      }
      sb.append("</span>");
    }
    sb.append("</li>\n");
  }

  private static Match matchWith(DuplicateGroup g, String x, String y) {
    for (Match m : g.matches()) {
      if ((m.a().equals(x) && m.b().equals(y)) || (m.a().equals(y) && m.b().equals(x))) {
        return m;
      }
    }
    return null;
  }

  /**
   * The view data as JSON in a script element: articles (id, title, source, text, dropped ranges as
   * [start, end, reason]) once each, and per group its members' scores and passages as [rep start,
   * rep end, member start, member end, words].
   */
  private void data(
      StringBuilder sb,
      Writer out,
      Map<String, Integer> index,
      Explanation[] explanations,
      List<Pair> pairs,
      Map<String, List<Explanation.Dropped>> dropped)
      throws IOException {
    sb.append("<script type=\"application/json\" id=\"report-data\">\n{\"reasons\": [");
    Explanation.DropReason[] reasons = Explanation.DropReason.values();
    for (int r = 0; r < reasons.length; r++) {
      sb.append(r == 0 ? "" : ", ").append(quote(reasons[r].description()));
    }
    sb.append("],\n\"articles\": [");
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      sb.append(i == 0 ? "\n" : ",\n");
      sb.append("{\"id\": ").append(quote(a.id()));
      sb.append(", \"title\": ").append(quote(a.title()));
      sb.append(", \"source\": ").append(quote(a.source()));
      if (isHtml(a)) {
        sb.append(", \"html\": true");
      }
      sb.append(", \"dropped\": [");
      List<Explanation.Dropped> d = dropped.getOrDefault(a.id(), List.of());
      for (int j = 0; j < d.size(); j++) {
        Explanation.Dropped x = d.get(j);
        sb.append(j == 0 ? "" : ",")
            .append('[')
            .append(x.range().start())
            .append(',')
            .append(x.range().end())
            .append(',')
            .append(x.reason().ordinal())
            .append(']');
      }
      sb.append("], \"text\": ");
      quote(sb, a.body());
      sb.append('}');
      spill(sb, out);
    }
    sb.append("\n],\n\"groups\": [");
    for (int g = 0; g < groups.size(); g++) {
      sb.append(g == 0 ? "\n" : ",\n");
      sb.append("{\"rep\": ").append(index.getOrDefault(groups.get(g).representative(), -1));
      sb.append(", \"members\": [");
      boolean first = true;
      for (int p = 0; p < pairs.size(); p++) {
        Pair pair = pairs.get(p);
        if (pair.group() != g) {
          continue;
        }
        sb.append(first ? "" : ", ");
        first = false;
        Match m = matchWith(groups.get(g), pair.rep(), pair.member());
        sb.append("{\"article\": ").append(index.getOrDefault(pair.member(), -1));
        if (m != null) {
          sb.append(", \"jaccard\": ").append(round(m.similarity().jaccard()));
          sb.append(", \"containment\": ").append(round(m.similarity().containment()));
          sb.append(", \"rule\": ").append(quote(m.rule().name().toLowerCase(Locale.ROOT)));
        }
        sb.append(", \"passages\": [");
        Explanation e = explanations[p];
        if (e != null) {
          for (int j = 0; j < e.passages().size(); j++) {
            Explanation.Passage x = e.passages().get(j);
            sb.append(j == 0 ? "" : ",")
                .append('[')
                .append(x.a().start())
                .append(',')
                .append(x.a().end())
                .append(',')
                .append(x.b().start())
                .append(',')
                .append(x.b().end())
                .append(',')
                .append(x.words())
                .append(']');
          }
        }
        sb.append("]}");
      }
      sb.append("]}");
      spill(sb, out);
    }
    sb.append("\n]}\n</script>\n");
  }

  private static String round(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static void spill(StringBuilder sb, Writer out) throws IOException {
    if (sb.length() >= 1 << 16) {
      out.write(sb.toString());
      sb.setLength(0);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Escapes text for HTML content and attribute values. */
  static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (r != null && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (r != null) {
          sb.append(r);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Percent-encodes the chars of an id that a URL fragment would change. */
  private static String encode(String id) {
    StringBuilder sb = new StringBuilder(id.length());
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-_.~".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return sb.toString();
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    quote(sb, s);
    return sb.toString();
  }

  /**
   * Appends {@code s} as a JSON string ({@link JsonWriter#quote}) that is also safe inside a script
   * element: {@code <} is written as its {@code \\u} escape before {@code /}, {@code !} and {@code
   * s}, so no end tag, script opener or comment opener appears.
   */
  static void quote(StringBuilder sb, String s) {
    String q = JsonWriter.quote(s);
    int from = 0;
    for (int i = q.indexOf('<'); i >= 0; i = q.indexOf('<', i + 1)) {
      char next = i + 1 < q.length() ? q.charAt(i + 1) : 0;
      if (next == '/' || next == '!' || next == 's' || next == 'S') {
        sb.append(q, from, i).append("\\u003c");
        from = i + 1;
      }
    }
    sb.append(q, from, q.length());
  }
}
