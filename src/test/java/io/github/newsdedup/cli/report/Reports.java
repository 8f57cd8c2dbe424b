package io.github.newsdedup.cli.report;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.io.SkippedInput;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Writes reports for tests: the articles grouped by a default detector. */
final class Reports {
  private Reports() {}

  /** A report with the groups it shows, in its order. */
  record Report(String html, List<DuplicateGroup> groups) {}

  static Report of(List<Article> articles, List<SkippedInput> skipped) throws IOException {
    NearDuplicateDetector detector = NearDuplicateDetector.builder().threads(2).build();
    List<DuplicateGroup> groups = new ArrayList<>(detector.group(articles));
    StringWriter out = new StringWriter();
    new HtmlReport(articles, groups, skipped, detector, "test").write(out, (s, d, t) -> {});
    groups.sort(
        Comparator.comparingInt(DuplicateGroup::size)
            .reversed()
            .thenComparing(DuplicateGroup::representative));
    return new Report(out.toString(), groups);
  }
}
