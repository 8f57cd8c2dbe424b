package io.github.newsdedup.io;

import io.github.newsdedup.internal.Checks;
import java.util.Objects;

/**
 * How {@link ArticleReader} turns files into articles: the size limit of one article, where a
 * one-article file's id comes from, and which record fields (JSONL, JSON, CSV, TSV) hold the id,
 * text, title, url and publication time. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder().idFrom(IdFrom.PATH).textField("body").build();
 * ReadResult result = ArticleReader.read(List.of(Path.of("mirror")), options, ProgressListener.NONE);
 * }</pre>
 */
public final class ReadOptions {
  /** Default maximum size of one article in bytes: {@value}, that is 10 MiB. */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 10L * 1024 * 1024;

  /** Largest accepted maximum article size in bytes: {@value}, that is 1 GiB. */
  public static final long MAX_ARTICLE_BYTES_LIMIT = 1L << 30;

  private static final ReadOptions DEFAULTS = builder().build();

  /** Where the id of a one-article file ({@code .txt}, {@code .html}) comes from. */
  public enum IdFrom {
    /**
     * The file name without its extension: {@code news/a/story.txt} is {@code story}. Short and
     * stable, but two files of the same name in different folders collide (the second is skipped).
     */
    NAME,
    /**
     * The path relative to the input argument, without the extension, with {@code /} separators:
     * {@code site-a/news/index.html} under the argument {@code mirror} is {@code
     * site-a/news/index}. Unique within a folder tree; a file given directly gets its name.
     */
    PATH
  }

  private final long maxArticleBytes;
  private final IdFrom idFrom;
  private final String idField;
  private final String textField;
  private final String titleField;
  private final String urlField;
  private final String publishedField;

  private ReadOptions(Builder b) {
    this.maxArticleBytes = b.maxArticleBytes;
    this.idFrom = b.idFrom;
    this.idField = b.idField;
    this.textField = b.textField;
    this.titleField = b.titleField;
    this.urlField = b.urlField;
    this.publishedField = b.publishedField;
  }

  /**
   * {@return the default options: 10 MiB, ids from names, fields {@code id}, {@code text}, {@code
   * title}, {@code url} and {@code published}}
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from these options} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxArticleBytes = maxArticleBytes;
    b.idFrom = idFrom;
    b.idField = idField;
    b.textField = textField;
    b.titleField = titleField;
    b.urlField = urlField;
    b.publishedField = publishedField;
    return b;
  }

  /** {@return the size limit of one article: a one-article file, a JSONL line, a record} */
  public long maxArticleBytes() {
    return maxArticleBytes;
  }

  /** {@return where a one-article file's id comes from} */
  public IdFrom idFrom() {
    return idFrom;
  }

  /** {@return the record field holding the id (a string or an integer)} */
  public String idField() {
    return idField;
  }

  /** {@return the record field holding the text (required)} */
  public String textField() {
    return textField;
  }

  /** {@return the record field holding the title (optional)} */
  public String titleField() {
    return titleField;
  }

  /** {@return the record field holding the url, which becomes the source (optional)} */
  public String urlField() {
    return urlField;
  }

  /** {@return the record field holding the publication time (optional)} */
  public String publishedField() {
    return publishedField;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadOptions r
        && maxArticleBytes == r.maxArticleBytes
        && idFrom == r.idFrom
        && idField.equals(r.idField)
        && textField.equals(r.textField)
        && titleField.equals(r.titleField)
        && urlField.equals(r.urlField)
        && publishedField.equals(r.publishedField);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxArticleBytes, idFrom, idField, textField, titleField, urlField, publishedField);
  }

  @Override
  public String toString() {
    return "ReadOptions[maxArticleBytes="
        + maxArticleBytes
        + ", idFrom="
        + idFrom
        + ", fields="
        + idField
        + "/"
        + textField
        + "/"
        + titleField
        + "/"
        + urlField
        + "/"
        + publishedField
        + "]";
  }

  /**
   * Builds {@link ReadOptions}. Each setter validates its argument at once; a repeated call
   * replaces the earlier value.
   */
  public static final class Builder {
    private long maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES;
    private IdFrom idFrom = IdFrom.NAME;
    private String idField = "id";
    private String textField = "text";
    private String titleField = "title";
    private String urlField = "url";
    private String publishedField = "published";

    private Builder() {}

    /**
     * Sets the size limit of one article (default {@value ReadOptions#DEFAULT_MAX_ARTICLE_BYTES}).
     * Larger inputs are skipped and named, never read into memory.
     *
     * @param bytes the limit in bytes
     * @return this builder
     * @throws IllegalArgumentException if not in {@code [1, 2^30]}
     */
    public Builder maxArticleBytes(long bytes) {
      Checks.checkArgument(
          bytes >= 1 && bytes <= MAX_ARTICLE_BYTES_LIMIT,
          "maxArticleBytes must be in [1, %d], got %d",
          MAX_ARTICLE_BYTES_LIMIT,
          bytes);
      this.maxArticleBytes = bytes;
      return this;
    }

    /**
     * Sets where a one-article file's id comes from (default {@link IdFrom#NAME}).
     *
     * @param idFrom the id source
     * @return this builder
     */
    public Builder idFrom(IdFrom idFrom) {
      this.idFrom = Objects.requireNonNull(idFrom, "idFrom");
      return this;
    }

    /**
     * Sets the id field of records (default {@code id}).
     *
     * @param name the field name
     * @return this builder
     */
    public Builder idField(String name) {
      this.idField = field(name, "idField");
      return this;
    }

    /**
     * Sets the text field of records (default {@code text}).
     *
     * @param name the field name
     * @return this builder
     */
    public Builder textField(String name) {
      this.textField = field(name, "textField");
      return this;
    }

    /**
     * Sets the title field of records (default {@code title}).
     *
     * @param name the field name
     * @return this builder
     */
    public Builder titleField(String name) {
      this.titleField = field(name, "titleField");
      return this;
    }

    /**
     * Sets the url field of records (default {@code url}).
     *
     * @param name the field name
     * @return this builder
     */
    public Builder urlField(String name) {
      this.urlField = field(name, "urlField");
      return this;
    }

    /**
     * Sets the publication-time field of records (default {@code published}).
     *
     * @param name the field name
     * @return this builder
     */
    public Builder publishedField(String name) {
      this.publishedField = field(name, "publishedField");
      return this;
    }

    private static String field(String name, String what) {
      Objects.requireNonNull(name, what);
      Checks.checkArgument(!name.isBlank(), "%s must not be blank", what);
      return name;
    }

    /** {@return the options} */
    public ReadOptions build() {
      return new ReadOptions(this);
    }
  }
}
