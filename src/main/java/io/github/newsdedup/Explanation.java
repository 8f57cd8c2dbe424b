package io.github.newsdedup;

import io.github.newsdedup.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why two articles are, or are not, copies: their exact similarity, each rule's value beside its
 * threshold, the passages they share and what normalization dropped from each as page chrome. Made
 * by {@link NearDuplicateDetector#explain}.
 *
 * <p>All ranges are in UTF-16 chars of each article's {@link Article#body() body} as given (before
 * HTML stripping, entity decoding, NFKC and folding), end exclusive, so they can be cut out of the
 * body or highlighted in it directly.
 *
 * @param a the first article's id
 * @param b the second article's id
 * @param similarity the exact similarity of the two fingerprints
 * @param rule the rule that accepted the pair, or empty when none did
 * @param rules each rule's value beside its threshold, in the order of {@link MatchRule}
 * @param passages the shared passages, in the order of {@code a}'s body
 * @param droppedA what the line rules dropped from {@code a}'s body, in body order
 * @param droppedB what the line rules dropped from {@code b}'s body, in body order
 */
public record Explanation(
    String a,
    String b,
    Similarity similarity,
    Optional<MatchRule> rule,
    List<RuleCheck> rules,
    List<Passage> passages,
    List<Dropped> droppedA,
    List<Dropped> droppedB) {

  /**
   * Validates and copies the components.
   *
   * @param a the first article's id
   * @param b the second article's id
   * @param similarity the exact similarity of the two fingerprints
   * @param rule the rule that accepted the pair, or empty when none did
   * @param rules each rule's value beside its threshold, in the order of {@link MatchRule}
   * @param passages the shared passages, in the order of {@code a}'s body
   * @param droppedA what the line rules dropped from {@code a}'s body, in body order
   * @param droppedB what the line rules dropped from {@code b}'s body, in body order
   * @throws NullPointerException if a component or an element is null
   */
  public Explanation {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(similarity, "similarity");
    Objects.requireNonNull(rule, "rule");
    rules = List.copyOf(rules);
    passages = List.copyOf(passages);
    droppedA = List.copyOf(droppedA);
    droppedB = List.copyOf(droppedB);
  }

  /** {@return whether a rule accepted the pair} */
  public boolean accepted() {
    return rule.isPresent();
  }

  /**
   * A range of body chars.
   *
   * @param start the first char
   * @param end one past the last char
   */
  public record TextRange(int start, int end) {
    /**
     * Validates the range.
     *
     * @param start the first char
     * @param end one past the last char
     * @throws IllegalArgumentException if {@code start} is negative or {@code end < start}
     */
    public TextRange {
      Checks.checkArgument(
          start >= 0 && end >= start, "need 0 <= start <= end, got [%d, %d)", start, end);
    }

    /** {@return the number of chars} */
    public int length() {
      return end - start;
    }
  }

  /**
   * One rule's value beside its threshold.
   *
   * @param rule the rule
   * @param value the pair's value for the rule: Jaccard, containment, the aligned share of the
   *     shorter article's words, the lead agreement, or the mutual alignment of short texts
   * @param threshold the detector's threshold for the rule
   * @param accepted whether this rule accepted the pair; a value at or above its threshold does not
   *     accept when an earlier rule did, or when the rule does not apply to the pair (containment,
   *     alignment and lead need the minimum shingles in the shorter article, the short rule
   *     applies below it)
   */
  public record RuleCheck(MatchRule rule, double value, double threshold, boolean accepted) {
    /**
     * Validates the components.
     *
     * @param rule the rule
     * @param value the pair's value for the rule
     * @param threshold the detector's threshold for the rule
     * @param accepted whether this rule accepted the pair
     * @throws NullPointerException if {@code rule} is null
     */
    public RuleCheck {
      Objects.requireNonNull(rule, "rule");
    }
  }

  /**
   * A passage both articles hold: a maximal run of shared shingles (runs a few changed words apart
   * merged), cut at paragraph breaks.
   *
   * @param a where it lies in the first article's body
   * @param b where it lies in the second article's body
   * @param words its words in the first article
   */
  public record Passage(TextRange a, TextRange b, int words) {
    /**
     * Validates the components.
     *
     * @param a where it lies in the first article's body
     * @param b where it lies in the second article's body
     * @param words its words in the first article
     * @throws NullPointerException if a range is null
     * @throws IllegalArgumentException if {@code words} is not positive
     */
    public Passage {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      Checks.checkArgument(words > 0, "words must be positive, got %d", words);
    }
  }

  /**
   * A unit of the body that normalization dropped as page chrome.
   *
   * @param range where it lies in the body
   * @param reason why it was dropped
   */
  public record Dropped(TextRange range, DropReason reason) {
    /**
     * Validates the components.
     *
     * @param range where it lies in the body
     * @param reason why it was dropped
     * @throws NullPointerException if a component is null
     */
    public Dropped {
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Why normalization dropped a unit. */
  public enum DropReason {
    /** Too few words for a sentence, or no sentence punctuation and too few for a paragraph. */
    NO_SENTENCE_STRUCTURE("no sentence structure"),
    /** Starts with a known chrome phrase (cookie, newsletter, "Read more:", ...). */
    CHROME_PHRASE("chrome phrase"),
    /** A list of pipe-separated items, such as a menu. */
    LIST("pipe-separated list"),
    /**
     * A sentence found in articles of several groups of the batch: site boilerplate (see {@link
     * NearDuplicateDetector#explainGroups}).
     */
    BOILERPLATE("boilerplate sentence of the batch");

    private final String description;

    DropReason(String description) {
      this.description = description;
    }

    /** {@return the reason in words, as the CLI prints it} */
    public String description() {
      return description;
    }
  }
}
