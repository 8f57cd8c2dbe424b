package io.github.newsdedup.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of a test run ({@code local[2]}, loopback only, no UI, few shuffle
 * partitions, no code generation), started by the first test class that needs it; Spark stops it
 * when the JVM exits.
 */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  /**
   * Returns the session, starting it on first use.
   *
   * @return the session
   */
  public static synchronized SparkSession get() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("news-dedup-test")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "4")
              // Tiny data: whole-stage code generation and adaptive re-planning cost more time
              // than they save (each new plan is compiled), so the tests run without them.
              .config("spark.sql.codegen.wholeStage", "false")
              .config("spark.sql.adaptive.enabled", "false")
              .getOrCreate();
    }
    return session;
  }
}
