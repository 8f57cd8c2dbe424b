package io.github.newsdedup;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which article of a group {@link NearDuplicateDetector#group} makes its representative. Grouping
 * visits articles in the policy's order and lets each unassigned one take the unassigned articles
 * it matches directly, so every member keeps a verified match with its representative whatever the
 * policy; a policy only decides who comes first. Immutable.
 *
 * <ul>
 *   <li>{@link #mostComplete()} (the default): the article with the most verified matches, then the
 *       most shingles — usually the fullest text;
 *   <li>{@link #earliest()}: the earliest {@link Article#published() published} article (articles
 *       without a time come after all that have one), then as {@code mostComplete};
 *   <li>{@link #sourcePriority(List)}: the article whose source comes first in a list of trusted
 *       sources (a wire service before the sites that repost it), then as {@code mostComplete}.
 * </ul>
 *
 * <p>{@link NearDuplicateDetector#groupFingerprints} and the index have no publication times or
 * sources to rank by and always use {@code mostComplete}.
 */
public final class RepresentativePolicy {
  private static final RepresentativePolicy MOST_COMPLETE =
      new RepresentativePolicy("most-complete", List.of());
  private static final RepresentativePolicy EARLIEST =
      new RepresentativePolicy("earliest", List.of());

  private final String name;
  private final List<String> sources;

  private RepresentativePolicy(String name, List<String> sources) {
    this.name = name;
    this.sources = sources;
  }

  /** {@return the default policy: most verified matches, then most shingles, then id} */
  public static RepresentativePolicy mostComplete() {
    return MOST_COMPLETE;
  }

  /** {@return the policy that prefers the earliest published article} */
  public static RepresentativePolicy earliest() {
    return EARLIEST;
  }

  /**
   * Returns the policy that prefers trusted sources, in order. An entry matches an article whose
   * source is a URL on that host or a subdomain of it ({@code reuters.com} matches {@code
   * https://www.reuters.com/x}), or whose source starts with the entry (a path prefix such as
   * {@code feeds/wire/}). Hosts are compared ignoring case.
   *
   * @param sources hosts or source prefixes, most trusted first
   * @return the policy
   * @throws NullPointerException if {@code sources} or an element is null
   * @throws IllegalArgumentException if {@code sources} is empty or has a blank entry
   */
  public static RepresentativePolicy sourcePriority(List<String> sources) {
    List<String> copy = List.copyOf(sources);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("sourcePriority needs at least one source");
    }
    for (String s : copy) {
      if (s.isBlank()) {
        throw new IllegalArgumentException("sourcePriority entries must not be blank");
      }
    }
    return new RepresentativePolicy("source-priority", copy);
  }

  /**
   * {@return the policy's name: {@code most-complete}, {@code earliest} or {@code source-priority}}
   */
  public String name() {
    return name;
  }

  /** {@return the trusted sources of a source-priority policy, else an empty list} */
  public List<String> sources() {
    return sources;
  }

  /** Returns the article's rank under this policy: lower ranks are visited first; ties are kept. */
  long rank(Article article) {
    switch (name) {
      case "earliest":
        return article.published().map(p -> p.getEpochSecond()).orElse(Long.MAX_VALUE);
      case "source-priority":
        return sourceRank(article.source());
      default:
        return 0;
    }
  }

  private long sourceRank(String source) {
    String host = host(source);
    for (int i = 0; i < sources.size(); i++) {
      String entry = sources.get(i);
      String lower = entry.toLowerCase(Locale.ROOT);
      if (host != null && (host.equals(lower) || host.endsWith("." + lower))) {
        return i;
      }
      if (source.startsWith(entry)) {
        return i;
      }
    }
    return sources.size();
  }

  private static String host(String source) {
    if (!source.startsWith("http://") && !source.startsWith("https://")) {
      return null;
    }
    try {
      String host = URI.create(source).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RepresentativePolicy p && name.equals(p.name) && sources.equals(p.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, sources);
  }

  @Override
  public String toString() {
    return sources.isEmpty() ? name : name + sources;
  }
}
