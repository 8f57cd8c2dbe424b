package io.github.newsdedup.cli;

/** A command-line usage error: reported with exit code 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
