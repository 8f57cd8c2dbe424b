package io.github.newsdedup.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.newsdedup.Article;
import io.github.newsdedup.BodyFormat;
import io.github.newsdedup.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input formats, field mapping, id sources and hostile files of {@link ArticleReader}. */
class ArticleReaderFormatsTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, UTF_8);
    return p;
  }

  private Path writeGz(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(content);
    }
    return p;
  }

  private static List<String> ids(ReadResult r) {
    return r.articles().stream().map(Article::id).toList();
  }

  private static Map<String, String> skipped(ReadResult r) {
    Map<String, String> m = new LinkedHashMap<>();
    r.skipped().forEach(s -> m.put(s.input(), s.reason()));
    return m;
  }

  private ReadResult read(ReadOptions options) {
    return ArticleReader.read(List.of(dir), options, ProgressListener.NONE);
  }

  /** Reads the named files (JSON, CSV and TSV are read only when named). */
  private static ReadResult read(ReadOptions options, Path... files) {
    return ArticleReader.read(List.of(files), options, ProgressListener.NONE);
  }

  @Test
  void folders_pickUpJsonl_butNotJsonCsvTsv_whichMayBeMetadata() throws IOException {
    write("a.txt", "Story.");
    write("labels.tsv", "id\tgroup\na\t1\n");
    write("manifest.json", "{\"files\": 1}");
    write("rows.csv", "id,text\nc,x\n");
    ReadResult r = read(ReadOptions.defaults());
    assertEquals(List.of("a"), ids(r));
    assertEquals(List.of(), r.skipped());
  }

  @Test
  void gzip_anyFormat_isDecompressed() throws IOException {
    writeGz("a.txt.gz", "Plain text story.".getBytes(UTF_8));
    writeGz(
        "feed.jsonl.gz",
        "{\"id\":\"j1\",\"text\":\"one\"}\n{\"id\":\"j2\",\"text\":\"two\"}\n".getBytes(UTF_8));
    ReadResult r = read(ReadOptions.defaults());
    assertEquals(List.of("a", "j1", "j2"), ids(r));
    assertEquals("Plain text story.", r.articles().get(0).body());
    assertEquals(List.of(), r.skipped());
  }

  @Test
  void gzip_decompressingOverTheLimit_isSkippedWithoutReadingIt() throws IOException {
    Path bomb = writeGz("bomb.txt.gz", new byte[5_000_000]); // compresses to a few KB
    writeGz("notgzip.txt.gz", new byte[0]);
    Files.writeString(dir.resolve("notgzip.txt.gz"), "plain, not gzip");
    ReadResult r = read(ReadOptions.builder().maxArticleBytes(1000).build());
    assertEquals(List.of(), ids(r));
    Map<String, String> s = skipped(r);
    assertEquals(
        "decompresses to over the limit of 1,000 bytes for one article; not read",
        s.get(bomb.toString()));
    assertTrue(
        s.get(dir.resolve("notgzip.txt.gz").toString()).startsWith("not a valid gzip file"),
        s.toString());
  }

  @Test
  void json_arrayOfObjects_oneArticleEach_badElementsNamedByPosition() throws IOException {
    Path p =
        write(
            "feed.json",
            "[{\"id\":\"a\",\"text\":\"first\"}, 7, {\"id\":\"b\",\"text\":\"second\","
                + "\"url\":\"https://x.example/b\"}]");
    ReadResult r = read(ReadOptions.defaults(), p);
    assertEquals(List.of("a", "b"), ids(r));
    assertEquals(p + ":1", r.articles().get(0).source());
    assertEquals("https://x.example/b", r.articles().get(1).source());
    assertEquals(
        Map.of(p + ":2", "array element is not a JSON object, got the number 7"), skipped(r));
  }

  @Test
  void json_singleObject_andJsonlNamedJson_bothRead() throws IOException {
    Path one = write("one.json", "{\n  \"id\": \"single\",\n  \"text\": \"pretty printed\"\n}\n");
    Path lines =
        write("lines.json", "{\"id\":\"l1\",\"text\":\"x\"}\n{\"id\":\"l2\",\"text\":\"y\"}\n");
    assertEquals(List.of("l1", "l2", "single"), ids(read(ReadOptions.defaults(), one, lines)));
  }

  @Test
  void csv_headerAndQuotedMultilineFields() throws IOException {
    Path p =
        write(
            "export.csv",
            "\uFEFFid,title,body\r\n"
                + "c1,\"Hello, world\",\"Line one\nline \"\"two\"\"\"\r\n"
                + "c2,,plain\r\n"
                + "c3,only two\r\n"
                + "c4,x,\r\n");
    ReadResult r = read(ReadOptions.builder().textField("body").build(), p);
    assertEquals(List.of("c1", "c2"), ids(r));
    Article c1 = r.articles().get(0);
    assertEquals("Hello, world", c1.title());
    assertEquals("Line one\nline \"two\"", c1.body());
    assertEquals(BodyFormat.AUTO, c1.format());
    assertEquals(p + ":4", r.articles().get(1).source()); // the record starts on line 4
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(p + ":5", "record has 2 fields, the header 3");
    expected.put(
        p + ":6",
        "missing \"body\" (fields present: \"id\", \"title\", \"body\"); choose"
            + " the text field with --text-field");
    assertEquals(expected, skipped(r));
  }

  @Test
  void tsv_tabSeparated_withFieldMapping() throws IOException {
    Path p =
        write(
            "rows.tsv",
            "doc\tcontent\tlink\tdate\nt1\tTab separated\thttps://t.example/1\t2024-03-01\n");
    ReadResult r =
        read(
            ReadOptions.builder()
                .idField("doc")
                .textField("content")
                .urlField("link")
                .publishedField("date")
                .build(),
            p);
    assertEquals(List.of("t1"), ids(r));
    Article a = r.articles().get(0);
    assertEquals("https://t.example/1", a.source());
    assertEquals(Optional.of(Instant.parse("2024-03-01T00:00:00Z")), a.published());
  }

  @Test
  void missingTextField_listsTheFieldsThatWereThere() throws IOException {
    Path p = write("a.jsonl", "{\"id\":\"x\",\"maintext\":\"the story\",\"source\":\"s\"}\n");
    assertEquals(
        Map.of(
            p + ":1",
            "missing \"text\" (fields present: \"id\", \"maintext\", \"source\"); choose the text"
                + " field with --text-field"),
        skipped(read(ReadOptions.defaults())));
    assertEquals(List.of("x"), ids(read(ReadOptions.builder().textField("maintext").build())));
  }

  @Test
  void idFromPath_keepsSameNamedFilesInDifferentFoldersApart() throws IOException {
    write("site-a/news/bridge/index.html", "<p>The bridge story.</p>");
    write("site-b/news/bridge/index.html", "<p>The bridge story, copied.</p>");
    ReadResult byName = read(ReadOptions.defaults());
    assertEquals(List.of("index"), ids(byName));
    assertEquals(1, byName.skipped().size());
    ReadResult byPath = read(ReadOptions.builder().idFrom(ReadOptions.IdFrom.PATH).build());
    assertEquals(List.of("site-a/news/bridge/index", "site-b/news/bridge/index"), ids(byPath));
    assertEquals(List.of(), byPath.skipped());
  }

  @Test
  void idFromPath_fileGivenDirectly_usesItsName() throws IOException {
    Path f = write("deep/er/story.txt.gz", "x");
    Files.delete(f);
    writeGz("deep/er/story.txt.gz", "A story.".getBytes(UTF_8));
    ReadResult r =
        ArticleReader.read(
            List.of(f),
            ReadOptions.builder().idFrom(ReadOptions.IdFrom.PATH).build(),
            ProgressListener.NONE);
    assertEquals(List.of("story"), ids(r));
  }

  @Test
  void readJsonl_fromAStream_likeStandardInput() throws IOException {
    byte[] in =
        "{\"id\":\"s1\",\"text\":\"a\"}\n{\"id\":\"s1\",\"text\":\"b\"}\nnot json\n"
            .getBytes(UTF_8);
    ReadResult r =
        ArticleReader.readJsonl(new ByteArrayInputStream(in), "-", ReadOptions.defaults());
    assertEquals(List.of("s1"), ids(r));
    assertEquals("-:1", r.articles().get(0).source());
    assertEquals(2, r.skipped().size());
    assertEquals("-:2", r.skipped().get(0).input());
  }

  @Test
  void jsonl_loneCarriageReturns_endLines() throws IOException {
    write(
        "mac.jsonl",
        "{\"id\":\"r1\",\"text\":\"a\"}\r"
            + "{\"id\":\"r2\",\"text\":\"b\"}\r\n"
            + "{\"id\":\"r3\",\"text\":\"c\"}\r");
    ReadResult r = read(ReadOptions.defaults());
    assertEquals(List.of("r1", "r2", "r3"), ids(r));
    assertEquals(List.of(), r.skipped());
  }

  @Test
  void hostileNumbersAndIds_areSkippedRecords_notCrashes() throws IOException {
    Path p =
        write(
            "bad.jsonl",
            "{\"id\":1e2147483647,\"text\":\"x\"}\n"
                + "{\"id\":1e999999999,\"text\":\"x\"}\n"
                + "{\"id\":\"p1\",\"text\":\"x\",\"published\":10000000000000000}\n"
                + "{\"id\":\"p2\",\"text\":\"x\",\"published\":\"+999999999-12-31T00:00:00Z\"}\n"
                + "{\"id\":\""
                + "i".repeat(40_000)
                + "\",\"text\":\"x\"}\n"
                + "{\"id\":12345678901234567890,\"text\":\"fine\"}\n");
    ReadResult r =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(ReadOptions.defaults()));
    assertEquals(List.of("12345678901234567890"), ids(r));
    Map<String, String> s = skipped(r);
    assertEquals(5, s.size(), s.toString());
    assertTrue(s.get(p + ":1").contains("write the id as a string"), s.get(p + ":1"));
    assertTrue(s.get(p + ":2").contains("write the id as a string"), s.get(p + ":2"));
    assertTrue(s.get(p + ":3").startsWith("bad \"published\""), s.get(p + ":3"));
    assertTrue(s.get(p + ":4").startsWith("bad \"published\""), s.get(p + ":4"));
    assertEquals("id is 40,000 UTF-8 bytes, over the limit of 4,096", s.get(p + ":5"));
  }

  @Test
  void fifo_inAFolder_isSkippedAndNamed_neverWaitedOn() throws Exception {
    write("good.txt", "A good story.");
    Path fifo = dir.resolve("pipe.txt");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mk.waitFor());
    ReadResult r =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(ReadOptions.defaults()));
    assertEquals(List.of("good"), ids(r));
    assertEquals(
        Map.of(fifo.toString(), "not a regular file (a FIFO, socket or device); not read"),
        skipped(r));
    // replaced by a FIFO after listing: open() checks again
    assertThrows(ArticleParseException.class, () -> ArticleReader.open(fifo));
  }

  @Test
  void symlinkLoop_isCalledALoop_notBroken() throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing-target"));
    Map<String, String> s = skipped(read(ReadOptions.defaults()));
    assertEquals("symbolic link loop; not followed", s.get(a.toString()));
    assertEquals("symbolic link loop; not followed", s.get(b.toString()));
    assertEquals("broken symbolic link", s.get(dir.resolve("gone.txt").toString()));
  }

  @Test
  void fileNamesNotValidUtf8_areSkippedByName_notMergedIntoOneId() throws Exception {
    write("ok.txt", "A good story.");
    Process p =
        new ProcessBuilder(
                "sh",
                "-c",
                "printf one > \"$(printf 'x\\377.txt')\"; printf two > \"$(printf 'x\\376.txt')\"")
            .directory(dir.toFile())
            .start();
    assertEquals(0, p.waitFor());
    ReadResult r = read(ReadOptions.defaults());
    assertEquals(List.of("ok"), ids(r));
    assertEquals(2, r.skipped().size(), r.skipped().toString());
    r.skipped().forEach(s -> assertTrue(s.reason().contains("rename the file"), s.reason()));
  }

  @Test
  void forEach_streamsTheSameArticlesAndSkipsAsRead() throws IOException {
    write("a.txt", "First story.");
    write("b.jsonl", "{\"id\":\"j\",\"text\":\"x\"}\nnot json\n{\"id\":\"a\",\"text\":\"dup\"}\n");
    write("sub/c.html", "<p>Third.</p>");
    ReadResult all = read(ReadOptions.defaults());
    List<Article> streamed = new java.util.ArrayList<>();
    List<SkippedInput> skipped =
        ArticleReader.forEach(
            List.of(dir), ReadOptions.defaults(), ProgressListener.NONE, streamed::add);
    assertEquals(all.articles(), streamed);
    assertEquals(all.skipped(), skipped);
    assertEquals(2, skipped.size(), skipped.toString());
  }

  @Test
  void options_validateAndLastSettingWins() {
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().maxArticleBytes(0));
    assertThrows(IllegalArgumentException.class, () -> ReadOptions.builder().textField(" "));
    assertThrows(NullPointerException.class, () -> ReadOptions.builder().idFrom(null));
    ReadOptions o = ReadOptions.builder().textField("a").textField("body").build();
    assertEquals("body", o.textField());
    assertEquals(o, o.toBuilder().build());
    assertEquals(ReadOptions.defaults(), ReadOptions.builder().build());
  }
}
