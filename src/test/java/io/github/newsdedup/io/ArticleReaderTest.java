package io.github.newsdedup.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.BodyFormat;
import io.github.newsdedup.DuplicateGroup;
import io.github.newsdedup.NearDuplicateDetector;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  private static final Path ADVERSARIAL = Path.of("src/test/resources/adversarial");

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, UTF_8);
    return p;
  }

  private Path writeBytes(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private static List<String> ids(ReadResult r) {
    return r.articles().stream().map(Article::id).toList();
  }

  /** Skipped inputs as input -> reason, in order. */
  private static Map<String, String> skipped(ReadResult r) {
    Map<String, String> m = new LinkedHashMap<>();
    r.skipped().forEach(s -> m.put(s.input(), s.reason()));
    return m;
  }

  private static String input(Path p) {
    return p.toString();
  }

  @Test
  void javadocExample_runs() throws IOException {
    Files.copy(ADVERSARIAL.resolve("bad.jsonl"), dir.resolve("bad.jsonl"));
    Path corpus = dir;
    // from the ArticleReader Javadoc, with Path.of("corpus") replaced by the temporary folder
    ReadResult result = ArticleReader.read(List.of(corpus));
    List<String> problems =
        result.skipped().stream().map(s -> s.input() + ": " + s.reason()).toList();
    List<DuplicateGroup> groups = NearDuplicateDetector.withDefaults().group(result.articles());
    // end of the example
    assertEquals(5, problems.size());
    assertEquals(2, groups.size());
  }

  @Test
  void read_txtFile_oneTextArticleNamedAfterTheFile() throws IOException {
    Path p = write("story-1.txt", "Headline\n\nBody text with <b>angle</b> brackets.\n");
    ReadResult r = ArticleReader.read(List.of(p));
    assertEquals(List.of(), r.skipped());
    assertEquals(
        List.of(
            new Article(
                "story-1",
                "",
                "Headline\n\nBody text with <b>angle</b> brackets.\n",
                p.toString(),
                Optional.empty(),
                BodyFormat.TEXT)),
        r.articles());
  }

  @Test
  void read_htmlFiles_htmlFormatAndDecodedTitle() throws IOException {
    Path p =
        write(
            "page.html",
            "<html><head><TITLE>\n  Caf&eacute; &amp; bar\n</TITLE></head><body><p>x</p></body>");
    Path q = write("other.HTM", "<p>no title here</p>");
    ReadResult r = ArticleReader.read(List.of(dir));
    assertEquals(List.of("other", "page"), ids(r));
    Article other = r.articles().get(0);
    Article page = r.articles().get(1);
    assertEquals(BodyFormat.HTML, page.format());
    assertEquals(BodyFormat.HTML, other.format());
    assertEquals("Café & bar", page.title());
    assertEquals("", other.title());
    assertEquals(q.toString(), other.source());
  }

  @Test
  void read_byteOrderMark_stripped() throws IOException {
    write("bom.txt", "\uFEFFText after a BOM.");
    write("bom.jsonl", "\uFEFF{\"id\": \"j\", \"text\": \"JSON after a BOM.\"}\n");
    ReadResult r = ArticleReader.read(List.of(dir));
    assertEquals(List.of(), r.skipped());
    assertEquals("JSON after a BOM.", r.articles().get(0).body());
    assertEquals("Text after a BOM.", r.articles().get(1).body());
  }

  @Test
  void read_adversarialFolder_eachBadInputSkippedWithReason_goodLinesRead() {
    ReadResult r = ArticleReader.read(List.of(ADVERSARIAL));
    Path jsonl = ADVERSARIAL.resolve("bad.jsonl");
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(
        input(ADVERSARIAL.resolve("bad-utf8.txt")),
        "invalid UTF-8 at byte offset 49 (0xC3); only UTF-8 input is supported");
    expected.put(jsonl + ":2", "malformed JSON: column 22: unterminated string");
    expected.put(jsonl + ":3", "missing \"id\" (fields present: \"text\")");
    expected.put(
        jsonl + ":4",
        "missing \"text\" (fields present: \"id\", \"title\"); choose the text field with"
            + " --text-field");
    expected.put(jsonl + ":5", "duplicate id \"j1\": already read from " + jsonl + ":1");
    expected.put(
        jsonl + ":6",
        "bad \"published\" \"last Tuesday\": expected an ISO-8601 instant (2024-03-01T12:00:00Z),"
            + " a date (2024-03-01) or epoch seconds, within years 0001-9999");
    expected.put(
        input(ADVERSARIAL.resolve("binary.txt")),
        "binary data, not text (NUL byte at byte offset 15)");
    expected.put(input(ADVERSARIAL.resolve("empty.txt")), "empty file");
    expected.put(input(ADVERSARIAL.resolve("whitespace.txt")), "file contains only whitespace");
    assertEquals(expected, skipped(r));
    assertEquals(List.of("j1", "j8"), ids(r));
  }

  @Test
  void read_jsonlRecord_allFieldsMapped() {
    ReadResult r = ArticleReader.read(List.of(ADVERSARIAL.resolve("bad.jsonl")));
    Article j1 = r.articles().get(0);
    assertEquals("Harbour bridge", j1.title());
    assertEquals(ADVERSARIAL.resolve("bad.jsonl") + ":1", j1.source());
    assertEquals(Optional.empty(), j1.published());
    assertEquals(BodyFormat.AUTO, j1.format());
    Article j8 = r.articles().get(1);
    assertEquals(
        new Article(
            "j8",
            "Café \"Le Port\"",
            "Café owners \uD83D\uDE00 met the mayor.\nThey asked for lower rent.",
            "https://example.com/j8",
            Optional.of(Instant.parse("2024-03-01T00:00:00Z")),
            BodyFormat.AUTO),
        j8);
  }

  @Test
  void read_fiftyMegabyteOneLineFile_skippedBeforeReading_othersRead() throws IOException {
    Path huge = dir.resolve("huge.txt");
    byte[] block = "all work and no play ".repeat(50_000).getBytes(UTF_8); // about 1 MB
    try (OutputStream out = Files.newOutputStream(huge)) {
      for (int i = 0; i < 50; i++) {
        out.write(block);
      }
    }
    Path hugeJsonl = dir.resolve("huge.jsonl");
    try (OutputStream out = Files.newOutputStream(hugeJsonl)) {
      out.write("{\"id\": \"big\", \"text\": \"".getBytes(UTF_8));
      for (int i = 0; i < 50; i++) {
        out.write(block);
      }
      out.write(
          "\"}\n{\"id\": \"after\", \"text\": \"The line after the huge one.\"}\n".getBytes(UTF_8));
    }
    write("small.txt", "A small story that is read.");
    ReadResult r = ArticleReader.read(List.of(dir));
    assertEquals(List.of("after", "small"), ids(r));
    assertEquals(
        Map.of(
            input(huge),
            "file is 52,500,000 bytes, over the limit of 10,485,760 bytes for one article; not"
                + " read",
            hugeJsonl + ":1",
            "line is longer than the limit of 10,485,760 bytes for one article; not read"),
        skipped(r));
  }

  @Test
  void read_sizeLimit_isInclusive() throws IOException {
    write("at.txt", "x".repeat(100));
    write("over.txt", "x".repeat(101));
    // 100 bytes, then 101 bytes: the limit counts the line's bytes before its CR LF or LF
    write(
        "lines.jsonl",
        "{\"id\":\"a\",\"text\":\""
            + "y".repeat(80)
            + "\"}\r\n{\"id\":\"b\",\"text\":\""
            + "y".repeat(81)
            + "\"}\r\n");
    ReadResult r = ArticleReader.read(List.of(dir), 100, (stage, done, total) -> {});
    assertEquals(List.of("at", "a"), ids(r));
    assertEquals(
        List.of(dir.resolve("lines.jsonl") + ":2", dir.resolve("over.txt").toString()),
        List.copyOf(skipped(r).keySet()));
  }

  @Test
  void read_jsonlLineProblems_eachSkippedWithLine() throws IOException {
    Path p =
        writeBytes(
            "lines.jsonl",
            concat(
                    "{\"id\": 42, \"text\": \"numeric id\", \"published\": 1709294400}\r\n",
                    "\n   \n",
                    "[1, 2]\n",
                    "{\"id\": 4.5, \"text\": \"x\"}\n",
                    "{\"id\": \" \", \"text\": \"x\"}\n",
                    "{\"id\": \"t\", \"text\": 7}\n",
                    "{\"id\": \"u\", \"text\": \"   \"}\n",
                    "{\"id\": \"v\", \"text\": \"x\", \"title\": [\"no\"]}\n",
                    "{\"id\": \"w\", \"text\": \"x\", \"published\": 1.5}\n",
                    "{\"id\": \"y\", \"text\": \"x\", \"published\": \"2024-13-01\"}\n",
                    "{\"id\": \"z\", \"text\": \"x\", \"published\": true}\n",
                    "{\"id\": \"bad\", \"text\": \"caf")
                .concat(new byte[] {(byte) 0xE9})
                .concat(
                    "\"}\n{\"id\": \"last\", \"text\": \"no newline at the end\", \"url\": null}")
                .bytes());
    ReadResult r = ArticleReader.read(List.of(p));
    assertEquals(List.of("42", "last"), ids(r));
    assertEquals(Optional.of(Instant.ofEpochSecond(1709294400L)), r.articles().get(0).published());
    assertEquals(p + ":14", r.articles().get(1).source());
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(p + ":4", "expected a JSON object, got an array");
    expected.put(p + ":5", "\"id\" must be a string or an integer, got the number 4.5");
    expected.put(p + ":6", "\"id\" is empty");
    expected.put(p + ":7", "\"text\" must be a string, got the number 7");
    expected.put(p + ":8", "\"text\" is empty");
    expected.put(p + ":9", "\"title\" must be a string, got an array");
    String formats =
        ": expected an ISO-8601 instant (2024-03-01T12:00:00Z), a date (2024-03-01) or epoch"
            + " seconds, within years 0001-9999";
    expected.put(p + ":10", "bad \"published\" the number 1.5" + formats);
    expected.put(p + ":11", "bad \"published\" \"2024-13-01\"" + formats);
    expected.put(p + ":12", "bad \"published\" true" + formats);
    long badOffset =
        ("{\"id\": 42, \"text\": \"numeric id\", \"published\": 1709294400}\r\n"
                + "\n   \n[1, 2]\n{\"id\": 4.5, \"text\": \"x\"}\n"
                + "{\"id\": \" \", \"text\": \"x\"}\n{\"id\": \"t\", \"text\": 7}\n"
                + "{\"id\": \"u\", \"text\": \"   \"}\n"
                + "{\"id\": \"v\", \"text\": \"x\", \"title\": [\"no\"]}\n"
                + "{\"id\": \"w\", \"text\": \"x\", \"published\": 1.5}\n"
                + "{\"id\": \"y\", \"text\": \"x\", \"published\": \"2024-13-01\"}\n"
                + "{\"id\": \"z\", \"text\": \"x\", \"published\": true}\n"
                + "{\"id\": \"bad\", \"text\": \"caf")
            .length();
    expected.put(
        p + ":13",
        "invalid UTF-8 at byte offset " + badOffset + " (0xE9); only UTF-8 input is supported");
    assertEquals(expected, skipped(r));
  }

  @Test
  void read_publishedForms_allParsed() throws IOException {
    Path p =
        write(
            "dates.jsonl",
            "{\"id\": \"a\", \"text\": \"x\", \"published\": \"2024-03-01T12:30:00Z\"}\n"
                + "{\"id\": \"b\", \"text\": \"x\", \"published\": \"2024-03-01T14:30:00+02:00\"}\n"
                + "{\"id\": \"c\", \"text\": \"x\", \"published\": \"2024-03-01\"}\n"
                + "{\"id\": \"d\", \"text\": \"x\", \"published\": \"1709296200\"}\n"
                + "{\"id\": \"e\", \"text\": \"x\", \"published\": 1709296200}\n"
                + "{\"id\": \"f\", \"text\": \"x\", \"published\": null}\n"
                + "{\"id\": \"g\", \"text\": \"x\", \"published\": \"\"}\n"
                + "{\"id\": \"h\", \"text\": \"x\", \"published\": \"2024-03-01t12:30:00z\"}\n");
    ReadResult r = ArticleReader.read(List.of(p));
    assertEquals(List.of(), r.skipped());
    Optional<Instant> t = Optional.of(Instant.parse("2024-03-01T12:30:00Z"));
    Optional<Instant> day = Optional.of(Instant.parse("2024-03-01T00:00:00Z"));
    assertEquals(
        List.of(t, t, day, t, t, Optional.empty(), Optional.empty(), t),
        r.articles().stream().map(Article::published).toList());
  }

  @Test
  void read_binaryJsonl_skippedAsAWholeFile() throws IOException {
    Path p =
        writeBytes(
            "utf16.jsonl", "{\"id\": \"a\"}".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    byte[] withBom = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, Files.readAllBytes(p));
    Files.write(p, withBom);
    ReadResult r = ArticleReader.read(List.of(p));
    assertEquals(
        Map.of(p.toString(), "looks like UTF-16 text (byte order mark); convert it to UTF-8"),
        skipped(r));
  }

  @Test
  void read_duplicateIdsAcrossFiles_firstInPathOrderWins() throws IOException {
    Path html = write("b.html", "<p>html version</p>");
    Path txt = write("b.txt", "text version");
    Path nested = write("sub/b.txt", "nested version");
    ReadResult r = ArticleReader.read(List.of(dir));
    assertEquals(List.of("b"), ids(r));
    assertEquals("<p>html version</p>", r.articles().get(0).body());
    assertEquals(
        Map.of(
            txt.toString(), "duplicate id \"b\": already read from " + html,
            nested.toString(), "duplicate id \"b\": already read from " + html),
        skipped(r));
  }

  @Test
  void read_orderIsByPath_whateverTheArgumentOrder() throws IOException {
    Path a = write("x/a.txt", "a");
    Path c = write("c.txt", "c");
    Path b = write("x/b.jsonl", "{\"id\":\"b2\",\"text\":\"2\"}\n{\"id\":\"b1\",\"text\":\"1\"}\n");
    ReadResult forward = ArticleReader.read(List.of(a, b, c));
    ReadResult backward = ArticleReader.read(List.of(c, dir.resolve("x")));
    assertEquals(List.of("c", "a", "b2", "b1"), ids(forward));
    assertEquals(forward, backward);
  }

  @Test
  void read_sameFileTwice_readOnce() throws IOException {
    Path a = write("a.txt", "a");
    ReadResult r = ArticleReader.read(List.of(a, dir, dir.resolve(".").resolve("a.txt")));
    assertEquals(List.of("a"), ids(r));
    assertEquals(List.of(), r.skipped());
  }

  @Test
  void read_pathProblems_skippedWithReason() throws IOException {
    Path missing = dir.resolve("missing.txt");
    Path other = write("notes.md", "not an input type");
    Path emptyDir = Files.createDirectories(dir.resolve("empty-folder"));
    write("empty-folder/readme.md", "ignored inside folders");
    ReadResult r = ArticleReader.read(List.of(missing, other, emptyDir));
    assertEquals(
        Map.of(
            missing.toString(), "does not exist",
            other.toString(),
                "unsupported file type: expected .txt, .html, .htm, .jsonl, .ndjson, .json, .csv or"
                    + " .tsv (or .gz of one)",
            emptyDir.toString(),
                "no .txt, .html, .htm, .jsonl, .ndjson, .json, .csv or .tsv (or .gz of one) files"
                    + " in this folder"),
        skipped(r));
  }

  @Test
  void read_brokenSymlinks_skipped() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write("corpus/good.txt", "good");
    Path inside = Files.createSymbolicLink(corpus.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    Path root = Files.createSymbolicLink(dir.resolve("root.txt"), dir.resolve("nowhere2.txt"));
    ReadResult r = ArticleReader.read(List.of(corpus, root));
    assertEquals(List.of("good"), ids(r));
    assertEquals(
        Map.of(inside.toString(), "broken symbolic link", root.toString(), "broken symbolic link"),
        skipped(r));
  }

  @Test
  void read_symlinkLoop_terminatesAndReportsLoop() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
    write("corpus/sub/a.txt", "a");
    Path loop = Files.createSymbolicLink(corpus.resolve("loop"), dir.resolve("corpus"));
    Path fileLink =
        Files.createSymbolicLink(dir.resolve("corpus/link.txt"), corpus.resolve("a.txt"));
    ReadResult r = ArticleReader.read(List.of(dir.resolve("corpus")));
    assertEquals(
        Map.of(loop.toString(), "symbolic link loop to an enclosing folder; not followed"),
        skipped(r));
    assertEquals(List.of("link", "a"), ids(r)); // a link to a file is read, named after the link
    assertEquals(fileLink.toString(), r.articles().get(0).source());
  }

  @Test
  void read_folderNamedLikeAFile_isWalked() throws IOException {
    write("x.txt/inner.txt", "inside a folder named x.txt");
    ReadResult r = ArticleReader.read(List.of(dir.resolve("x.txt")));
    assertEquals(List.of("inner"), ids(r));
    assertEquals(List.of(), r.skipped());
  }

  @Test
  void read_hiddenEntriesInFolders_ignored() throws IOException {
    write(".git/objects/x.txt", "hidden folder");
    write(".hidden.txt", "hidden file");
    write("shown.txt", "shown");
    ReadResult r = ArticleReader.read(List.of(dir));
    assertEquals(List.of("shown"), ids(r));
    // a hidden folder or file named on the command line is read
    assertEquals(List.of("x"), ids(ArticleReader.read(List.of(dir.resolve(".git")))));
    assertEquals(List.of("x"), ids(ArticleReader.read(List.of(dir.resolve(".git/objects/.")))));
    assertEquals(List.of(".hidden"), ids(ArticleReader.read(List.of(dir.resolve(".hidden.txt")))));
  }

  @Test
  void read_unreadableFileAndFolder_skipped() throws IOException {
    Path file = write("locked.txt", "secret");
    Path folder = Files.createDirectories(dir.resolve("locked-folder"));
    write("locked-folder/inner.txt", "inner");
    write("open.txt", "open");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      ReadResult r = ArticleReader.read(List.of(dir));
      if (Files.isReadable(file)) {
        // root ignores permissions (as in CI): then everything is read and nothing is skipped;
        // the permission message itself is pinned by describe_ioFailures_inWords
        assertEquals(List.of("inner", "locked", "open"), ids(r).stream().sorted().toList());
        assertEquals(Map.of(), skipped(r));
        return;
      }
      assertEquals(List.of("open"), ids(r));
      assertEquals(
          Map.of(
              file.toString(), "cannot be read: permission denied",
              folder.toString(), "cannot be read: permission denied"),
          skipped(r));
    } finally {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void describe_ioFailures_inWords() {
    // the permission case cannot be provoked when tests run as root, so its wording is pinned here
    assertEquals(
        "cannot be read: permission denied",
        ArticleReader.describe(new java.nio.file.AccessDeniedException("/x")));
    assertEquals(
        "does not exist", ArticleReader.describe(new java.nio.file.NoSuchFileException("/x")));
    assertEquals(
        "symbolic link loop to an enclosing folder; not followed",
        ArticleReader.describe(new java.nio.file.FileSystemLoopException("/x")));
    assertEquals(
        "cannot be read: IOException (Input/output error)",
        ArticleReader.describe(new IOException("Input/output error")));
    assertEquals(
        "empty file",
        ArticleReader.describe(new ArticleParseException(Path.of("e.txt"), "empty file")));
  }

  @Test
  void read_progress_reportsEveryFile() throws IOException {
    write("a.txt", "a");
    write("b.txt", "b");
    List<String> events = new ArrayList<>();
    ArticleReader.read(
        List.of(dir), (stage, done, total) -> events.add(stage + done + "/" + total));
    assertEquals(List.of("read0/2", "read1/2", "read2/2"), events);
  }

  @Test
  void read_contracts() {
    assertEquals(
        "paths",
        assertThrows(NullPointerException.class, () -> ArticleReader.read(null)).getMessage());
    assertEquals(
        "listener",
        assertThrows(NullPointerException.class, () -> ArticleReader.read(List.of(), null))
            .getMessage());
    assertThrows(NullPointerException.class, () -> ArticleReader.read(Arrays.asList((Path) null)));
    assertEquals(
        "maxArticleBytes must be in [1, 1073741824], got 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> ArticleReader.read(List.of(), 0, (s, d, t) -> {}))
            .getMessage());
    assertEquals(new ReadResult(List.of(), List.of()), ArticleReader.read(List.of()));
  }

  @Test
  void readFile_goodFiles_returnsArticles() throws IOException {
    Path txt = write("one.txt", "one");
    Path jsonl =
        write("two.jsonl", "{\"id\":\"a\",\"text\":\"1\"}\n{\"id\":\"b\",\"text\":\"2\"}\n");
    assertEquals(List.of("one"), ArticleReader.readFile(txt).stream().map(Article::id).toList());
    assertEquals(
        List.of("a", "b"), ArticleReader.readFile(jsonl).stream().map(Article::id).toList());
  }

  @Test
  void readFile_firstProblem_throwsWithFileLineAndReason() throws IOException {
    Path jsonl =
        write("two.jsonl", "{\"id\":\"a\",\"text\":\"1\"}\n{\"id\":\"a\",\"text\":\"2\"}\n{");
    ArticleParseException e =
        assertThrows(ArticleParseException.class, () -> ArticleReader.readFile(jsonl));
    assertEquals(jsonl, e.file());
    assertEquals(2, e.line().getAsLong());
    assertEquals("duplicate id \"a\": already read from " + jsonl + ":1", e.reason());
    assertEquals(jsonl + ":2: " + e.reason(), e.getMessage());

    Path empty = write("empty.txt", "");
    ArticleParseException e2 =
        assertThrows(ArticleParseException.class, () -> ArticleReader.readFile(empty));
    assertTrue(e2.line().isEmpty());
    assertEquals(empty + ": empty file", e2.getMessage());

    Path md = write("x.md", "x");
    assertEquals(
        md
            + ": unsupported file type: expected .txt, .html, .htm, .jsonl, .ndjson, .json, .csv or"
            + " .tsv (or .gz of one)",
        assertThrows(ArticleParseException.class, () -> ArticleReader.readFile(md)).getMessage());
    assertThrows(
        java.nio.file.NoSuchFileException.class,
        () -> ArticleReader.readFile(dir.resolve("missing.txt")));
  }

  private static Bytes concat(String... parts) {
    return new Bytes(String.join("", parts).getBytes(UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A small byte builder for files that mix text and raw bytes. */
  private record Bytes(byte[] bytes) {
    Bytes concat(byte[] more) {
      return new Bytes(ArticleReaderTest.concat(bytes, more));
    }

    Bytes concat(String more) {
      return concat(more.getBytes(UTF_8));
    }
  }
}
