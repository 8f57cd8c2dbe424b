package io.github.newsdedup.cli.evaluation;

import java.util.List;

/**
 * The labelled pairs of an evaluation set that are present in the corpus: (copy, source) pairs and
 * hard negatives (pairs that must stay apart).
 *
 * @param variants the copies with their sources, both in the corpus
 * @param hardNegatives the pairs that must stay apart, both in the corpus
 * @param hardNegativesGiven whether a hard-negatives file was read (its pairs may all be absent)
 */
public record LabelledPairs(
    List<Variant> variants, List<IdPair> hardNegatives, boolean hardNegativesGiven) {
  /** Copies the lists. */
  public LabelledPairs {
    variants = List.copyOf(variants);
    hardNegatives = List.copyOf(hardNegatives);
  }
}
