package io.github.newsdedup.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.Match;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.ProgressListener;
import io.github.newsdedup.io.ArticleReader;
import io.github.newsdedup.io.ReadResult;
import io.github.newsdedup.testing.SyntheticNewsCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's groups equal the batch groups of the same articles. */
class IndexAgreementTest {
  @TempDir Path temp;

  @Test
  void groups_corpusSamples_equalBatchGroups() throws IOException {
    ReadResult read = ArticleReader.read(List.of(Path.of("corpus-samples")));
    assertEquals(List.of(), read.skipped());
    NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
    List<DuplicateGroup> batch = detector.group(IndexTestData.sortedById(read.articles()));
    try (DedupIndex index = DedupIndex.open(temp.resolve("samples"), detector)) {
      index.addAll(read.articles(), ProgressListener.NONE);
      assertEquals(batch, index.groups());
    }
    try (DedupIndex reopened = DedupIndex.open(temp.resolve("samples"))) {
      assertEquals(batch, reopened.groups());
    }
    assertTrue(batch.stream().anyMatch(g -> g.size() == 2), "samples have one pair: " + batch);
  }

  @Test
  void groups_syntheticLabelledCorpus_equalBatchGroups() throws IOException {
    List<Article> articles = SyntheticNewsCorpus.standard().articles();
    NearDuplicateDetector detector = NearDuplicateDetector.withDefaults();
    // The batch boilerplate rule needs every text at once; the index keeps none (see groups()).
    NearDuplicateDetector batchDetector =
        NearDuplicateDetector.builder().boilerplateMinGroups(0).build();
    List<DuplicateGroup> batch = batchDetector.group(IndexTestData.sortedById(articles));
    // Added in reverse and one by one, across several reader refreshes.
    List<Article> reversed = new ArrayList<>(articles);
    Collections.reverse(reversed);
    try (DedupIndex index = LuceneDedupIndex.inMemory(detector, 37)) {
      for (Article a : reversed) {
        index.add(a);
      }
      assertEquals(articles.size(), index.size());
      assertEquals(batch, index.groups());
    }
    assertTrue(batch.stream().filter(g -> g.size() > 1).count() > 20, "corpus has copies");
  }

  @Test
  void add_syntheticCorpus_everyBatchMatchIsReportedByTheLaterArticle() throws IOException {
    List<Article> articles = SyntheticNewsCorpus.standard().articles();
    NearDuplicateDetector detector =
        NearDuplicateDetector.builder().boilerplateMinGroups(0).build();
    List<DuplicateGroup> batch = detector.group(IndexTestData.sortedById(articles));
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      position.put(articles.get(i).id(), i);
    }
    // Refreshes every 100 adds: some adds were pre-searched on an older reader, some not.
    try (DedupIndex index = LuceneDedupIndex.inMemory(detector, 100)) {
      List<IndexResult> results = index.addAll(articles, ProgressListener.NONE);
      for (DuplicateGroup g : batch) {
        for (Match m : g.matches()) {
          int a = position.get(m.a());
          int b = position.get(m.b());
          String earlier = a < b ? m.a() : m.b();
          IndexResult later = results.get(Math.max(a, b));
          assertTrue(
              later.matches().stream().anyMatch(x -> x.id().equals(earlier)),
              later.id() + " should report " + earlier + ": " + later.matches());
        }
      }
    }
  }
}
