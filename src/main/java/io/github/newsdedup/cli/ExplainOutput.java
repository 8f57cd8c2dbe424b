package io.github.newsdedup.cli;

import io.github.newsdedup.Article;
import io.github.newsdedup.Explanation;
import io.github.newsdedup.MatchRule;
import io.github.newsdedup.internal.json.JsonWriter;
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
    JsonWriter w = new JsonWriter(sb, JsonWriter.SPACED);
    w.beginObject();
    w.name("a").value(e.a());
    w.name("b").value(e.b());
    w.name("jaccard").value(e.similarity().jaccard());
    w.name("containment").value(e.similarity().containment());
    w.name("rule");
    if (e.rule().isPresent()) {
      w.value(rule(e.rule().get()));
    } else {
      w.nullValue();
    }
    w.lineBreak(1).name("rules").beginArray();
    for (Explanation.RuleCheck r : e.rules()) {
      w.lineBreak(2).beginObject();
      w.name("rule").value(rule(r.rule()));
      w.name("value").value(r.value());
      w.name("threshold").value(r.threshold());
      w.name("accepted").value(r.accepted());
      w.endObject();
    }
    endList(w, e.rules().isEmpty());
    w.lineBreak(1).name("passages").beginArray();
    for (Explanation.Passage p : e.passages()) {
      w.lineBreak(2).beginObject();
      range(w.name("a"), p.a());
      range(w.name("b"), p.b());
      w.name("words").value(p.words());
      w.endObject();
    }
    endList(w, e.passages().isEmpty());
    w.lineBreak(1).name("dropped").beginObject();
    dropped(w.name("a"), e.droppedA());
    dropped(w.name("b"), e.droppedB());
    w.endObject();
    w.endObject();
    return sb.append('\n').toString();
  }

  /** Ends a list of elements on lines of their own; an empty list stays {@code []}. */
  private static void endList(JsonWriter w, boolean empty) {
    if (!empty) {
      w.lineBreak(1);
    }
    w.endArray();
  }

  private static void dropped(JsonWriter w, List<Explanation.Dropped> list) {
    w.beginArray();
    for (Explanation.Dropped d : list) {
      w.lineBreak(2).beginObject();
      range(w.name("range"), d.range());
      w.name("reason").value(d.reason().description());
      w.endObject();
    }
    endList(w, list.isEmpty());
  }

  private static void range(JsonWriter w, Explanation.TextRange r) {
    w.beginArray().value(r.start()).value(r.end()).endArray();
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
            "Shingles: a %d, b %d (containment, alignment and lead need %d in the shorter)\n",
            shinglesA,
            shinglesB,
            minContainedShingles));
    boolean before = false;
    boolean shortPair = Math.min(shinglesA, shinglesB) < minContainedShingles;
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
      } else if (reached && r.rule() == MatchRule.SHORT && !shortPair) {
        sb.append("  (only for a shorter article under the minimum shingles)");
      } else if (reached && shortPair && r.rule() != MatchRule.RESEMBLANCE) {
        sb.append("  (not applied: the shorter article has too few shingles)");
      } else if (reached && r.rule() != MatchRule.RESEMBLANCE) {
        sb.append("  (not applied: too little containment to try)");
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
