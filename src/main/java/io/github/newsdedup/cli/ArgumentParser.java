package io.github.newsdedup.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line parser of every command: declared options and flags, {@code --opt value} and
 * {@code --opt=value}, operands, and {@code --} to end the options.
 *
 * <p>A single-valued option given twice takes its last value. An unknown option is a usage error
 * that suggests the nearest declared option. {@code -h} and {@code --help} anywhere before {@code
 * --} ask for the command's help, whatever else is on the line. A plain {@code -} is an operand
 * (standard input by convention). Mutable while options are declared; not thread-safe.
 */
final class ArgumentParser {
  private static final String HELP = "--help";

  /** A declared option: its canonical name and whether it takes a value. */
  private record Option(String name, boolean takesValue) {}

  private final Map<String, Option> byName = new LinkedHashMap<>();

  ArgumentParser() {
    flag(HELP, "-h");
  }

  /**
   * Declares an option without a value.
   *
   * @param name the canonical name, such as {@code --all}
   * @param aliases other spellings, such as {@code -q}
   */
  ArgumentParser flag(String name, String... aliases) {
    return declare(new Option(name, false), aliases);
  }

  /**
   * Declares an option taking a value.
   *
   * @param name the canonical name, such as {@code --format}
   * @param aliases other spellings
   */
  ArgumentParser option(String name, String... aliases) {
    return declare(new Option(name, true), aliases);
  }

  private ArgumentParser declare(Option option, String... aliases) {
    for (String spelling : prepend(option.name(), aliases)) {
      if (byName.putIfAbsent(spelling, option) != null) {
        throw new IllegalArgumentException("option declared twice: " + spelling);
      }
    }
    return this;
  }

  /**
   * Parses {@code args} against the declared options.
   *
   * @throws UsageException on an unknown option, a missing value, or a value given to a flag
   */
  Arguments parse(List<String> args) throws UsageException {
    Map<String, String> values = new HashMap<>();
    List<String> operands = new ArrayList<>();
    if (asksForHelp(args)) {
      return new Arguments(Map.of(HELP, ""), List.of());
    }
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (optionsEnded || !a.startsWith("-") || a.equals("-")) {
        operands.add(a);
        continue;
      }
      if (a.equals("--")) {
        optionsEnded = true;
        continue;
      }
      int eq = a.startsWith("--") ? a.indexOf('=') : -1;
      String spelling = eq < 0 ? a : a.substring(0, eq);
      Option option = byName.get(spelling);
      if (option == null) {
        throw new UsageException(unknown(spelling));
      }
      String value;
      if (!option.takesValue()) {
        if (eq >= 0) {
          throw new UsageException(spelling + " takes no value, got '" + a.substring(eq + 1) + "'");
        }
        value = "";
      } else if (eq >= 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException(spelling + " needs a value");
      }
      values.put(option.name(), value);
    }
    return new Arguments(values, operands);
  }

  private boolean asksForHelp(List<String> args) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals(HELP) || a.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /** Returns the message for an unknown option, suggesting the nearest declared spelling. */
  private String unknown(String spelling) {
    String nearest = null;
    int best = Integer.MAX_VALUE;
    for (String known : byName.keySet()) {
      if (!known.startsWith("--")) {
        continue;
      }
      int d = editDistance(spelling, known);
      if (d < best) {
        best = d;
        nearest = known;
      }
    }
    String message = "unknown option '" + spelling + "'";
    // A suggestion within a third of the length: typos and swapped letters, not other options.
    if (nearest != null && best > 0 && best <= Math.max(1, nearest.length() / 3)) {
      message += String.format(Locale.ROOT, " (did you mean %s?)", nearest);
    }
    return message;
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }

  private static List<String> prepend(String first, String[] rest) {
    List<String> all = new ArrayList<>(rest.length + 1);
    all.add(first);
    all.addAll(List.of(rest));
    return all;
  }

  /** The parsed command line: the last value of each option given, and the operands in order. */
  static final class Arguments {
    private final Map<String, String> values;
    private final List<String> operands;

    private Arguments(Map<String, String> values, List<String> operands) {
      this.values = Map.copyOf(values);
      this.operands = List.copyOf(operands);
    }

    /** Returns whether help was asked for. */
    boolean help() {
      return values.containsKey(HELP);
    }

    /** Returns whether the option or flag (by canonical name) was given. */
    boolean has(String name) {
      return values.containsKey(name);
    }

    /** Returns the last value given to the option, if any. */
    Optional<String> value(String name) {
      return Optional.ofNullable(values.get(name));
    }

    /** Returns the operands, in order. */
    List<String> operands() {
      return operands;
    }

    /** Returns the option's value as an int, if given. */
    Optional<Integer> intValue(String name) throws UsageException {
      Optional<Long> v = longValue(name);
      if (v.isPresent() && (v.get() < Integer.MIN_VALUE || v.get() > Integer.MAX_VALUE)) {
        throw new UsageException(name + " needs an integer, got '" + values.get(name) + "'");
      }
      return v.map(Long::intValue);
    }

    /** Returns the option's value as a long, if given. */
    Optional<Long> longValue(String name) throws UsageException {
      String v = values.get(name);
      if (v == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(Long.parseLong(v));
      } catch (NumberFormatException e) {
        throw new UsageException(name + " needs an integer, got '" + v + "'");
      }
    }

    /** Returns the option's value as a double, if given. */
    Optional<Double> doubleValue(String name) throws UsageException {
      String v = values.get(name);
      if (v == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(Double.parseDouble(v));
      } catch (NumberFormatException e) {
        throw new UsageException(name + " needs a number, got '" + v + "'");
      }
    }
  }
}
