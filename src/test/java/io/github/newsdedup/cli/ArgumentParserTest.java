package io.github.newsdedup.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {

  private static ArgumentParser parser() {
    return new ArgumentParser()
        .option("--format")
        .option("--shingle-size")
        .option("--resemblance", "--jaccard")
        .flag("--quiet", "-q");
  }

  private static ArgumentParser.Arguments parse(String... args) throws UsageException {
    return parser().parse(List.of(args));
  }

  @Test
  void parse_spaceAndEqualsForms_sameValue() throws UsageException {
    assertEquals(Optional.of("json"), parse("--format", "json").value("--format"));
    assertEquals(Optional.of("json"), parse("--format=json").value("--format"));
    assertEquals(Optional.of(""), parse("--format=").value("--format"));
    assertEquals(Optional.of("a=b"), parse("--format=a=b").value("--format"));
  }

  @Test
  void parse_repeatedOption_lastWins() throws UsageException {
    ArgumentParser.Arguments a = parse("--shingle-size", "3", "--shingle-size=5", "x");
    assertEquals(Optional.of(5), a.intValue("--shingle-size"));
    assertEquals(List.of("x"), a.operands());
  }

  @Test
  void parse_alias_storedUnderCanonicalName() throws UsageException {
    assertEquals(Optional.of(0.4), parse("--jaccard", "0.4").doubleValue("--resemblance"));
    assertEquals(
        Optional.of(0.6),
        parse("--jaccard", "0.4", "--resemblance", "0.6").doubleValue("--resemblance"));
    assertTrue(parse("-q").has("--quiet"));
  }

  @Test
  void parse_operandsAndDoubleDash_keptInOrder() throws UsageException {
    ArgumentParser.Arguments a = parse("a", "-", "--quiet", "b", "--", "--format", "-q");
    assertEquals(List.of("a", "-", "b", "--format", "-q"), a.operands());
    assertTrue(a.has("--quiet"));
    assertFalse(a.has("--format"));
  }

  @Test
  void parse_valueMayStartWithDash() throws UsageException {
    assertEquals(Optional.of("-1"), parse("--shingle-size", "-1").value("--shingle-size"));
  }

  @Test
  void parse_unknownOption_suggestsNearest() {
    UsageException e = assertThrows(UsageException.class, () -> parse("--shingle-sise", "3"));
    assertEquals("unknown option '--shingle-sise' (did you mean --shingle-size?)", e.getMessage());
    e = assertThrows(UsageException.class, () -> parse("--quite"));
    assertEquals("unknown option '--quite' (did you mean --quiet?)", e.getMessage());
    e = assertThrows(UsageException.class, () -> parse("--formt=json"));
    assertEquals("unknown option '--formt' (did you mean --format?)", e.getMessage());
  }

  @Test
  void parse_unknownOptionFarFromAll_noSuggestion() {
    UsageException e = assertThrows(UsageException.class, () -> parse("--nope"));
    assertEquals("unknown option '--nope'", e.getMessage());
    e = assertThrows(UsageException.class, () -> parse("-x"));
    assertEquals("unknown option '-x'", e.getMessage());
  }

  @Test
  void parse_missingValue_namesOption() {
    UsageException e = assertThrows(UsageException.class, () -> parse("x", "--format"));
    assertEquals("--format needs a value", e.getMessage());
  }

  @Test
  void parse_flagWithValue_fails() {
    UsageException e = assertThrows(UsageException.class, () -> parse("--quiet=yes"));
    assertEquals("--quiet takes no value, got 'yes'", e.getMessage());
  }

  @Test
  void parse_helpAnywhereBeforeDoubleDash_wins() throws UsageException {
    assertTrue(parse("--bogus", "--help").help());
    assertTrue(parse("x", "-h").help());
    assertFalse(parse("--", "--help").help());
    assertEquals(List.of("--help"), parse("--", "--help").operands());
  }

  @Test
  void typedValues_malformed_namesOptionAndValue() throws UsageException {
    ArgumentParser.Arguments a = parse("--shingle-size", "abc", "--resemblance", "x");
    UsageException e = assertThrows(UsageException.class, () -> a.intValue("--shingle-size"));
    assertEquals("--shingle-size needs an integer, got 'abc'", e.getMessage());
    e = assertThrows(UsageException.class, () -> a.doubleValue("--resemblance"));
    assertEquals("--resemblance needs a number, got 'x'", e.getMessage());
    ArgumentParser.Arguments big = parse("--shingle-size", "3000000000");
    assertThrows(UsageException.class, () -> big.intValue("--shingle-size"));
    assertEquals(Optional.of(3_000_000_000L), big.longValue("--shingle-size"));
  }

  @Test
  void declare_sameSpellingTwice_throws() {
    assertThrows(IllegalArgumentException.class, () -> new ArgumentParser().flag("--help"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ArgumentParser().option("--a").flag("--b", "--a"));
  }

  @Test
  void editDistance_knownAnswers() {
    assertEquals(0, ArgumentParser.editDistance("abc", "abc"));
    assertEquals(3, ArgumentParser.editDistance("", "abc"));
    assertEquals(1, ArgumentParser.editDistance("--formt", "--format"));
    assertEquals(2, ArgumentParser.editDistance("--quite", "--quiet"));
    assertEquals(3, ArgumentParser.editDistance("kitten", "sitting"));
  }
}
