package io.github.newsdedup.internal;

import java.util.Locale;

/**
 * Argument and state checks whose messages name the thing, the rule and the value (Guava style).
 */
public final class Checks {
  private Checks() {}

  /**
   * Throws {@link IllegalArgumentException} with a formatted message when {@code condition} is
   * false.
   *
   * @param condition the rule that must hold
   * @param template a {@link String#format} template, formatted with {@link Locale#ROOT}
   * @param args the template arguments
   */
  public static void checkArgument(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
    }
  }

  /**
   * Throws {@link IllegalStateException} with a formatted message when {@code condition} is false.
   *
   * @param condition the rule that must hold
   * @param template a {@link String#format} template, formatted with {@link Locale#ROOT}
   * @param args the template arguments
   */
  public static void checkState(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalStateException(String.format(Locale.ROOT, template, args));
    }
  }
}
