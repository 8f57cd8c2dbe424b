package io.github.newsdedup.cli;

import io.github.newsdedup.Article;
import io.github.newsdedup.Explanation;
import io.github.newsdedup.MatchRule;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link Explanation} for the {@code explain} command: text for people (verdict, scores
 * against thresholds, passages quoted with their positions) or the JSON document of the contract
 * {@code {"a", "b", "jaccard", "containment", "rule", "rules", "passages", "dropped"}}. Offsets are
 * UTF-16 chars of each body, end exclusive. Lines end in {@code \n} on every platform.
 */
final class ExplainOutput {
  /** Quotes longer than this are trimmed in the middle. */
  static final int MAX_QUOTE_CHARS = 160;

  private final Article a;
  private final Article b;
  private final Explanation e;
  private final int shinglesA;
  private final int shinglesB;
  private final int minContainedShingles;

  /**
   * @param a the first article
   * @param b the second article
   * @param e their explanation
   * @param shinglesA the first article's shingle count
   * @param shinglesB the second article's shingle count
   * @param minContainedShingles the shingles the shorter article needs for containment
   */
  ExplainOutput(
      Article a, Article b, Explanation e, int shinglesA, int shinglesB, int minContainedShingles) {
    this.a = a;
    this.b = b;
    this.e = e;
    this.shinglesA = shinglesA;
    this.shinglesB = shinglesB;
    this.minContainedShingles = minContainedShingles;
  }

  private static String rule(MatchRule rule) {
    return rule.name().toLowerCase(Locale.ROOT);
  }

  /** The JSON document, one line per list element. */
  String json() {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"a\": ").append(GroupOutput.quote(e.a()));
    sb.append(", \"b\": ").append(GroupOutput.quote(e.b()));
    sb.append(", \"jaccard\": ").append(GroupOutput.number(e.similarity().jaccard()));
    sb.append(", \"containment\": ").append(GroupOutput.number(e.similarity().containment()));
    sb.append(", \"rule\": ")
        .append(e.rule().map(r -> GroupOutput.quote(rule(r))).orElse("null"))
        .append(",\n \"rules\": [");
    for (int i = 0; i < e.rules().size(); i++) {
      Explanation.RuleCheck r = e.rules().get(i);
      sb.append(i == 0 ? "\n  " : ",\n  ");
      sb.append("{\"rule\": ").append(GroupOutput.quote(rule(r.rule())));
      sb.append(", \"value\": ").append(GroupOutput.number(r.value()));
      sb.append(", \"threshold\": ").append(GroupOutput.number(r.threshold()));
      sb.append(", \"accepted\": ").append(r.accepted()).append('}');
    }
    sb.append(e.rules().isEmpty() ? "],\n" : "\n ],\n").append(" \"passages\": [");
    for (int i = 0; i < e.passages().size(); i++) {
      Explanation.Passage p = e.passages().get(i);
      sb.append(i == 0 ? "\n  " : ",\n  ");
      sb.append("{\"a\": ").append(range(p.a()));
      sb.append(", \"b\": ").append(range(p.b()));
      sb.append(", \"words\": ").append(p.words()).append('}');
    }
    sb.append(e.passages().isEmpty() ? "],\n" : "\n ],\n").append(" \"dropped\": {\"a\": [");
    dropped(sb, e.droppedA());
    sb.append("], \"b\": [");
    dropped(sb, e.droppedB());
    sb.append("]}}\n");
    return sb.toString();
  }

  private static void dropped(StringBuilder sb, List<Explanation.Dropped> list) {
    for (int i = 0; i < list.size(); i++) {
      Explanation.Dropped d = list.get(i);
      sb.append(i == 0 ? "\n  " : ",\n  ");
      sb.append("{\"range\": ").append(range(d.range()));
      sb.append(", \"reason\": ").append(GroupOutput.quote(d.reason().description())).append('}');
    }
    if (!list.isEmpty()) {
      sb.append("\n ");
    }
  }

  private static String range(Explanation.TextRange r) {
    return "[" + r.start() + ", " + r.end() + "]";
  }

  /** The readable form. */
  String text() {
    StringBuilder sb = new StringBuilder();
    sb.append("a: ").append(e.a()).append(source(a)).append('\n');
    sb.append("b: ").append(e.b()).append(source(b)).append('\n');
    if (e.accepted()) {
      sb.append("Verdict: copies, accepted by the ")
          .append(rule(e.rule().orElseThrow()))
          .append(" rule\n");
    } else {
      sb.append("Verdict: not copies, no rule accepted the pair\n");
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "Shingles: a %d, b %d (containment and alignment need %d in the shorter)\n",
            shinglesA,
            shinglesB,
            minContainedShingles));
    boolean before = false;
    for (Explanation.RuleCheck r : e.rules()) {
      boolean reached = r.value() >= r.threshold();
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-12s %.3f %s %.2f",
              rule(r.rule()),
              r.value(),
              reached ? ">=" : "<",
              r.threshold()));
      if (r.accepted()) {
        sb.append("  accepted");
      } else if (reached && before) {
        sb.append("  (an earlier rule accepted first)");
      } else if (reached && r.rule() != MatchRule.RESEMBLANCE) {
        sb.append("  (not applied: the shorter article has too few shingles)");
      }
      before |= r.accepted();
      sb.append('\n');
    }
    int words = e.passages().stream().mapToInt(Explanation.Passage::words).sum();
    sb.append(
        String.format(
            Locale.ROOT, "\nShared passages: %d (%d words)\n", e.passages().size(), words));
    int n = 0;
    for (Explanation.Passage p : e.passages()) {
      n++;
      sb.append(
          String.format(
              Locale.ROOT,
              "%3d. a [%d, %d)  b [%d, %d)  %d words\n",
              n,
              p.a().start(),
              p.a().end(),
              p.b().start(),
              p.b().end(),
              p.words()));
      sb.append("     \"").append(quote(a.body(), p.a())).append("\"\n");
    }
    droppedText(sb, "a", a, e.droppedA());
    droppedText(sb, "b", b, e.droppedB());
    return sb.toString();
  }

  private static void droppedText(
      StringBuilder sb, String name, Article article, List<Explanation.Dropped> list) {
    sb.append(
        String.format(Locale.ROOT, "\nDropped from %s as page chrome: %d\n", name, list.size()));
    for (Explanation.Dropped d : list) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  [%d, %d) %s: \"%s\"\n",
              d.range().start(),
              d.range().end(),
              d.reason().description(),
              quote(article.body(), d.range())));
    }
  }

  private static String source(Article article) {
    return article.source().isEmpty() ? "" : "  " + article.source();
  }

  /** The range's text on one line, trimmed in the middle when long. */
  static String quote(String body, Explanation.TextRange r) {
    String s = body.substring(r.start(), r.end()).replaceAll("\\s+", " ").trim();
    if (s.length() <= MAX_QUOTE_CHARS) {
      return s;
    }
    int half = (MAX_QUOTE_CHARS - 3) / 2;
    int head = half;
    int tail = s.length() - half;
    // Do not split a surrogate pair.
    if (Character.isHighSurrogate(s.charAt(head - 1))) {
      head--;
    }
    if (Character.isLowSurrogate(s.charAt(tail))) {
      tail++;
    }
    return s.substring(0, head).stripTrailing() + " … " + s.substring(tail).stripLeading();
  }
}
