package io.github.newsdedup.spark;

import io.github.newsdedup.BoilerplateSentences;
import io.github.newsdedup.NearDuplicateDetector;
import io.github.newsdedup.internal.lsh.ContainmentRule;
import io.github.newsdedup.internal.lsh.LshBands;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library's stages as one executor uses them: one detector (and its helpers) per executor JVM
 * and configuration, built on first use from the shipped {@link Settings} and shared by the tasks
 * of that executor (the detector is immutable and thread-safe).
 */
final class ExecutorStages {
  private static final ConcurrentHashMap<Settings, ExecutorStages> CACHE =
      new ConcurrentHashMap<>();

  final NearDuplicateDetector detector;
  final BoilerplateSentences boilerplate;
  final LshBands bands;
  final ContainmentRule containmentRule;

  private ExecutorStages(Settings settings) {
    this.detector = NearDuplicateDetector.of(settings.config());
    this.boilerplate = BoilerplateSentences.of(detector.config().shape());
    this.bands = new LshBands(settings.bands(), settings.rows());
    this.containmentRule =
        new ContainmentRule(
            settings.minContainedShingles(),
            settings.containmentThreshold(),
            settings.maxSampleFrequency());
  }

  static ExecutorStages of(Settings settings) {
    return CACHE.computeIfAbsent(settings, ExecutorStages::new);
  }
}
