package io.github.newsdedup.bench;

import io.github.newsdedup.Article;
import io.github.newsdedup.BodyFormat;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic news corpus: article {@code i} is generated on demand from the seed and
 * {@code i} alone, so a million articles never have to be held in memory or shipped as data.
 *
 * <p>Shape, chosen to look like a news crawl:
 *
 * <ul>
 *   <li>Lengths: log-normal body length, median {@value #MEDIAN_WORDS} words, clipped to [{@value
 *       #MIN_WORDS}, {@value #MAX_WORDS}] words; sentences of 8 to 30 words in paragraphs of 1 to 5
 *       sentences; a Zipf-distributed vocabulary of {@value #VOCABULARY} words (the most frequent
 *       are real English function words), numbers with separators, quotes with typographic
 *       quotation marks, some words with diacritics.
 *   <li>Page chrome around every article: headline, byline, date, "Advertisement", share row,
 *       related-stories list, cookie and newsletter lines; a fifth of the articles are HTML.
 *   <li>Copies: {@value #COPY_PERCENT}% of the articles copy an earlier original (syndication with
 *       another site's chrome, a lightly edited copy, a truncated teaser, or the article inside a
 *       longer page with reader comments).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class CorpusGenerator {
  static final int MEDIAN_WORDS = 600;
  static final int MIN_WORDS = 200;
  static final int MAX_WORDS = 2000;
  static final int VOCABULARY = 40_000;
  static final int COPY_PERCENT = 30;

  private static final String[] FUNCTION_WORDS = {
    "the", "of", "and", "to", "a", "in", "that", "is", "for", "on", "it", "with", "as", "was", "he",
    "be", "at", "by", "said", "have", "from", "this", "are", "not", "but", "had", "his", "they",
    "has", "were", "an", "which", "will", "their", "been", "would", "who", "more", "its", "we",
    "about", "after", "than", "there", "also", "or", "new", "up", "one", "two", "last", "year",
    "people", "government", "minister", "could", "over", "into", "when", "she", "all", "out", "her",
    "can", "some", "first", "them", "years", "week", "police", "country", "told", "what", "other",
    "if", "time", "so", "only", "no", "state", "world", "say", "says", "may", "most", "before",
    "while", "during", "former", "officials", "report", "public", "because", "three", "million",
    "percent", "market", "company", "city", "president"
  };

  private static final String[] SYLLABLES = {
    "ka", "lo", "ri", "men", "sta", "po", "ver", "an", "tel", "dor", "bi", "se", "qua", "ni", "tro",
    "gal", "fe", "mu", "ran", "cho", "pli", "de", "ox", "sun", "tra", "vel", "ig", "mo", "lan", "zu",
    "ber", "ci", "ham", "pe", "ros", "tin", "ul", "ga", "ne", "wick", "sor", "ly", "ment", "ing",
    "ed", "ter", "ion", "al"
  };

  private static final String[] DIACRITIC_WORDS = {
    "café", "São", "Zürich", "naïve", "Málaga", "Kraków", "Gdańsk", "Ålesund", "Besançon", "résumé",
    "Düsseldorf", "Łódź", "Curaçao", "Bogotá", "Reykjavík"
  };

  private static final String[] SITES = {
    "Daily Courier", "Morning Herald", "The Ledger", "City Gazette", "Evening Post", "Wire Service",
    "Northern Times", "Coastal News", "Metro Observer", "Valley Tribune"
  };

  private static final String[] REPORTERS = {
    "Jane Doe", "Ali Hassan", "Maria García", "Chen Wei", "Olga Petrova", "Tom Byrne",
    "Priya Nair", "Kwame Mensah"
  };

  private final long seed;
  private final String[] words;
  private final String[] capitalized;
  /** Zipf sampling table: uniform index into it gives a Zipf-distributed word rank. */
  private final int[] zipf;

  CorpusGenerator(long seed) {
    this.seed = seed;
    SplittableRandom r = new SplittableRandom(seed);
    words = new String[VOCABULARY];
    capitalized = new String[VOCABULARY];
    for (int i = 0; i < VOCABULARY; i++) {
      String w;
      if (i < FUNCTION_WORDS.length) {
        w = FUNCTION_WORDS[i];
      } else if (i % 997 == 0) {
        w = DIACRITIC_WORDS[(i / 997) % DIACRITIC_WORDS.length].toLowerCase(java.util.Locale.ROOT);
      } else {
        // Longer words for rarer ranks, like natural language.
        int syllables = 1 + (i < 2000 ? r.nextInt(2) : 1 + r.nextInt(3));
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
          sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        w = sb.toString();
      }
      words[i] = w;
      capitalized[i] = Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
    // Zipf with exponent 1.0 over the vocabulary, as a 2^20-entry lookup table.
    int size = 1 << 20;
    zipf = new int[size];
    double h = 0;
    for (int k = 1; k <= VOCABULARY; k++) {
      h += 1.0 / k;
    }
    int w = 0;
    double cum = 0;
    for (int k = 1; k <= VOCABULARY && w < size; k++) {
      cum += 1.0 / k / h;
      int upto = (int) Math.min(size, Math.round(cum * size));
      while (w < upto) {
        zipf[w++] = k - 1;
      }
    }
    while (w < size) {
      zipf[w++] = VOCABULARY - 1;
    }
  }

  /** Returns the id of article {@code i}. */
  static String id(int i) {
    return "a" + i;
  }

  /** Returns the index of the original that article {@code i} copies, or -1 if it is original. */
  int sourceOf(int i) {
    if (i == 0) {
      return -1;
    }
    SplittableRandom r = random(i, 1);
    if (r.nextInt(100) >= COPY_PERCENT) {
      return -1;
    }
    // Originals from anywhere before; one in three from the last 2,000 (a news cycle).
    int j = r.nextInt(3) == 0 ? Math.max(0, i - 1 - r.nextInt(Math.min(i, 2000))) : r.nextInt(i);
    // Copies of copies go back to the original text.
    for (int depth = 0; depth < 8; depth++) {
      int s = sourceOf0(j);
      if (s < 0) {
        return j;
      }
      j = s;
    }
    return j;
  }

  private int sourceOf0(int i) {
    if (i == 0) {
      return -1;
    }
    SplittableRandom r = random(i, 1);
    if (r.nextInt(100) >= COPY_PERCENT) {
      return -1;
    }
    return r.nextInt(3) == 0 ? Math.max(0, i - 1 - r.nextInt(Math.min(i, 2000))) : r.nextInt(i);
  }

  /**
   * Returns article {@code i}.
   *
   * @param i the index, non-negative
   * @return the article
   */
  Article article(int i) {
    int source = sourceOf(i);
    SplittableRandom page = random(i, 2);
    StringBuilder sb = new StringBuilder(8192);
    boolean html = page.nextInt(5) == 0;
    String site = SITES[page.nextInt(SITES.length)];
    if (source < 0) {
      appendPage(sb, page, html, site, i, -1, 0);
    } else {
      int kind = page.nextInt(4);
      appendPage(sb, page, html, site, source, kind, i);
    }
    return Article.of(id(i), sb.toString())
        .withFormat(html ? BodyFormat.HTML : BodyFormat.TEXT)
        .withSource("https://" + site.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
            + ".example/" + i);
  }

  /**
   * Appends a page carrying the text of original {@code textIndex}; {@code copyKind} is -1 for the
   * original itself, 0 syndicated, 1 edited, 2 teaser, 3 with comments.
   */
  private void appendPage(
      StringBuilder sb,
      SplittableRandom page,
      boolean html,
      String site,
      int textIndex,
      int copyKind,
      int copyIndex) {
    if (html) {
      sb.append("<html><head><title>").append(site).append("</title>");
      sb.append("<script>var ads = [1, 2, 3]; track('view');</script></head><body>\n");
      sb.append("<div class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | ")
          .append("<a href=\"/business\">Business</a> | <a href=\"/sport\">Sport</a></div>\n");
    } else {
      sb.append(site).append(" | Home | World | Business | Sport\n\n");
    }
    SplittableRandom text = random(textIndex, 3);
    String headline = sentence(text, 6 + text.nextInt(6), false);
    line(sb, html, "h1", headline);
    line(sb, html, "p", "By " + REPORTERS[page.nextInt(REPORTERS.length)] + ", " + site);
    line(
        sb,
        html,
        "p",
        "Published " + (1 + page.nextInt(28)) + " March 2025, " + page.nextInt(24) + ":"
            + (10 + page.nextInt(50)) + " GMT");
    int target = lengthInWords(text);
    int written = 0;
    int paragraph = 0;
    SplittableRandom edits = random(copyIndex, 4);
    int teaserWords = copyKind == 2 ? Math.max(60, target / 4) : Integer.MAX_VALUE;
    while (written < target && written < teaserWords) {
      int sentences = 1 + text.nextInt(5);
      StringBuilder p = new StringBuilder(600);
      for (int s = 0; s < sentences && written < target; s++) {
        int n = 8 + text.nextInt(23);
        if (p.length() > 0) {
          p.append(' ');
        }
        if (text.nextInt(6) == 0) {
          p.append('\u201C').append(sentence(text, n, true)).append(",\u201D said ")
              .append(REPORTERS[text.nextInt(REPORTERS.length)]).append('.');
        } else {
          p.append(sentence(text, n, false)).append('.');
        }
        written += n;
      }
      String ptext = p.toString();
      if (copyKind == 1) {
        ptext = edit(ptext, edits);
        if (edits.nextInt(12) == 0) {
          paragraph++;
          continue; // an edited copy drops a paragraph now and then
        }
      }
      line(sb, html, "p", ptext);
      paragraph++;
      if (paragraph == 3) {
        line(sb, html, "p", "Advertisement");
      }
    }
    if (copyKind == 2) {
      line(sb, html, "p", "Continue reading the full story at " + site + ".");
    }
    line(sb, html, "p", "Share on Facebook | Share on Twitter | Email");
    line(sb, html, "p", "Related stories");
    for (int r = 0; r < 3; r++) {
      line(sb, html, "li", sentence(page, 5 + page.nextInt(5), false));
    }
    if (copyKind == 3) {
      int comments = 3 + page.nextInt(12);
      line(sb, html, "h2", comments + " comments");
      for (int c = 0; c < comments; c++) {
        line(sb, html, "p", "user" + page.nextInt(100_000) + " " + (1 + page.nextInt(12))
            + " hours ago");
        line(sb, html, "p", sentence(page, 6 + page.nextInt(30), false) + ".");
        line(sb, html, "p", "Reply | Like | Report");
      }
    }
    line(sb, html, "p", "We use cookies to improve your experience on our site.");
    line(sb, html, "p", "Sign up for our newsletter.");
    line(sb, html, "p", "Copyright 2025 " + site + ". All rights reserved.");
    if (html) {
      sb.append("</body></html>\n");
    }
  }

  private static int lengthInWords(SplittableRandom r) {
    // Log-normal: median MEDIAN_WORDS, sigma 0.55, clipped.
    double g = gaussian(r);
    int n = (int) Math.round(MEDIAN_WORDS * Math.exp(0.55 * g));
    return Math.max(MIN_WORDS, Math.min(MAX_WORDS, n));
  }

  private static double gaussian(SplittableRandom r) {
    double u1 = 1 - r.nextDouble();
    double u2 = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  private String sentence(SplittableRandom r, int n, boolean inQuote) {
    StringBuilder s = new StringBuilder(n * 7);
    for (int w = 0; w < n; w++) {
      if (w > 0) {
        s.append(w % 9 == 0 && r.nextInt(3) == 0 ? ", " : " ");
      }
      int x = r.nextInt(40);
      if (x == 0) {
        appendNumber(s, r);
        continue;
      }
      int rank = zipf[r.nextInt(zipf.length)];
      s.append(w == 0 && !inQuote || x == 1 ? capitalized[rank] : words[rank]);
      if (x == 2) {
        s.append("\u2019s");
      }
    }
    return s.toString();
  }

  private static void appendNumber(StringBuilder s, SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0 -> s.append(1 + r.nextInt(99));
      case 1 -> s.append(1 + r.nextInt(999)).append(',').append(100 + r.nextInt(900));
      case 2 -> s.append(r.nextInt(100)).append('.').append(r.nextInt(10)).append('%');
      default -> s.append(1990 + r.nextInt(36));
    }
  }

  /** Lightly edits a paragraph: one word in about 40 replaced. */
  private String edit(String p, SplittableRandom r) {
    StringBuilder out = new StringBuilder(p.length() + 16);
    int start = 0;
    for (int i = 0; i <= p.length(); i++) {
      if (i == p.length() || p.charAt(i) == ' ') {
        if (r.nextInt(40) == 0) {
          out.append(words[zipf[r.nextInt(zipf.length)]]);
        } else {
          out.append(p, start, i);
        }
        if (i < p.length()) {
          out.append(' ');
        }
        start = i + 1;
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder sb, boolean html, String tag, String text) {
    if (html) {
      sb.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag)
          .append(">\n");
    } else {
      sb.append(text).append("\n\n");
    }
  }

  private static String escape(String s) {
    if (s.indexOf('&') < 0 && s.indexOf('<') < 0) {
      return s;
    }
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }

  private SplittableRandom random(int i, int stream) {
    long x = seed ^ (0x9E3779B97F4A7C15L * (i + 1L)) ^ ((long) stream << 56);
    x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
    x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return new SplittableRandom(x ^ (x >>> 33));
  }
}
