package io.github.newsdedup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The detector implementation (work in progress). */
final class DefaultNearDuplicateDetector implements NearDuplicateDetector {
  private final DetectorConfig config;

  DefaultNearDuplicateDetector(DetectorConfig config) {
    this.config = config;
  }

  @Override
  public DetectorConfig config() {
    return config;
  }

  @Override
  public Fingerprint fingerprint(Article article) {
    throw new UnsupportedOperationException("in progress");
  }

  @Override
  public Similarity similarity(Article a, Article b) {
    throw new UnsupportedOperationException("in progress");
  }

  @Override
  public Similarity similarity(Fingerprint a, Fingerprint b) {
    throw new UnsupportedOperationException("in progress");
  }

  @Override
  public Optional<Match> verify(Fingerprint a, Fingerprint b) {
    throw new UnsupportedOperationException("in progress");
  }

  @Override
  public List<DuplicateGroup> group(Collection<Article> articles, ProgressListener listener) {
    throw new UnsupportedOperationException("in progress");
  }

  @Override
  public List<DuplicateGroup> groupFingerprints(
      Collection<Fingerprint> fingerprints, ProgressListener listener) {
    throw new UnsupportedOperationException("in progress");
  }
}
