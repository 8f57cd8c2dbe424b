package io.github.newsdedup.testing;

import io.github.newsdedup.Article;
import io.github.newsdedup.BodyFormat;
import io.github.newsdedup.cli.evaluation.IdPair;
import io.github.newsdedup.cli.evaluation.Variant;
import io.github.newsdedup.testing.NewsVocabulary.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic, labelled corpus of invented news articles and their re-posts, for accuracy
 * regression tests and for checking that the detector generalizes beyond the development sets.
 *
 * <p>Stories come from a phrase grammar ({@link NewsVocabulary}) in story threads: a thread's first
 * article and its follow-ups share people, places and one or two background paragraphs, so the
 * follow-ups are hard negatives (same story, different articles; they must stay apart). A share of
 * the articles is re-posted one or more times on fictional sites, each with a fixed page template
 * (header, menu, date, byline, share buttons, related headlines, newsletter, cookie and copyright
 * lines), by tiers of transforms:
 *
 * <ul>
 *   <li>easy: page chrome, datelines and wire credits, Unicode punctuation / NBSP / entities /
 *       re-wrapping at about 70 columns;
 *   <li>medium: also headline rewrites, light edits (synonyms, UK to US spelling, money spelled
 *       out), "Advertisement" and "Read more" lines, reader comments, sentence drops;
 *   <li>hard: also truncation to the first 35–65% of paragraphs plus "Continue reading", paragraph
 *       shuffles, OCR noise (1–3% of letters), heavier edits.
 * </ul>
 *
 * <p>About one copy in seven, of any tier, is served as an HTML page ({@code html}: markup, a
 * script, a style, entities) instead of plain text.
 *
 * <p>A copy's true group is its source's; some copies are copies of copies. Same seed, same corpus,
 * byte for byte. The files written by {@link #writeTo(Path)} follow the layout of the project's
 * evaluation sets: {@code txt/<id>.txt}, {@code labels.tsv}, {@code variants.tsv}, {@code
 * hard-negatives.tsv}. To write a corpus for the {@code evaluate} command: {@code java -cp
 * target/classes:target/test-classes io.github.newsdedup.testing.SyntheticNewsCorpus <dir> [seed]
 * [threads] [extended]}.
 */
public final class SyntheticNewsCorpus {
  /** Seed of {@link #standard()}. */
  public static final long DEFAULT_SEED = 20251123L;

  /** Story threads of {@link #standard()}: about 240 documents. */
  public static final int DEFAULT_THREADS = 70;

  private final Map<String, String> texts; // id -> file text, sorted by id
  private final Set<String> htmlIds;
  private final Map<String, String> labels;
  private final List<Variant> variants;
  private final List<IdPair> hardNegatives;

  private SyntheticNewsCorpus(
      Map<String, String> texts,
      Set<String> htmlIds,
      Map<String, String> labels,
      List<Variant> variants,
      List<IdPair> hardNegatives) {
    this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    this.htmlIds = Set.copyOf(htmlIds);
    this.labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    this.variants = List.copyOf(variants);
    this.hardNegatives = List.copyOf(hardNegatives);
  }

  /** Returns the corpus made with {@link #DEFAULT_SEED} and {@link #DEFAULT_THREADS}. */
  public static SyntheticNewsCorpus standard() {
    return generate(DEFAULT_SEED, DEFAULT_THREADS);
  }

  /**
   * Generates a corpus.
   *
   * @param seed the random seed
   * @param threads the number of story threads (each gives one to three original articles)
   * @return the corpus
   */
  public static SyntheticNewsCorpus generate(long seed, int threads) {
    return new Generator(new SplittableRandom(seed)).run(threads, false);
  }

  /**
   * Returns {@link #generate} with, appended after the same documents, the cases that a news
   * pipeline meets every day and the first corpus lacked: teasers (the first 40–70 % of an article
   * and a "read more" line, two thirds of them with a reader comment thread, some of a spun or
   * OCR-noisy copy), full OCR-noisy copies, and short flashes (two sentences) with their exact and
   * near-identical copies; the flashes of one story thread report different events and are hard
   * negatives, as follow-up articles are. Teasers are tier {@code hard} with transform {@code
   * teaser}; flash copies are tier {@code short}.
   *
   * @param seed the random seed
   * @param threads the number of story threads
   * @return the corpus
   */
  public static SyntheticNewsCorpus generateExtended(long seed, int threads) {
    return new Generator(new SplittableRandom(seed)).run(threads, true);
  }

  /** Returns {@link #generateExtended} with {@link #DEFAULT_SEED} and {@link #DEFAULT_THREADS}. */
  public static SyntheticNewsCorpus extended() {
    return generateExtended(DEFAULT_SEED, DEFAULT_THREADS);
  }

  /** Returns the text of every document by id, sorted by id. */
  public Map<String, String> texts() {
    return texts;
  }

  /**
   * Returns the file name of a document: {@code <id>.html} for pages served as HTML, {@code
   * <id>.txt} otherwise.
   *
   * @param id a document id
   * @return the file name
   */
  public String fileName(String id) {
    return id + (htmlIds.contains(id) ? ".html" : ".txt");
  }

  /**
   * Returns the documents as articles: the whole file text, as HTML or plain text like a reader.
   */
  public List<Article> articles() {
    List<Article> list = new ArrayList<>();
    texts.forEach(
        (id, text) ->
            list.add(
                Article.of(id, text)
                    .withFormat(htmlIds.contains(id) ? BodyFormat.HTML : BodyFormat.TEXT)));
    return list;
  }

  /** Returns the true group of every document: an original's own id, a copy's source group. */
  public Map<String, String> labels() {
    return labels;
  }

  /** Returns the copies with source, tier, site and transforms. */
  public List<Variant> variants() {
    return variants;
  }

  /** Returns the pairs of different articles of one story thread that share background text. */
  public List<IdPair> hardNegatives() {
    return hardNegatives;
  }

  /**
   * Writes the corpus in the evaluation-set layout.
   *
   * @param dir the folder (created if missing)
   * @throws IOException if writing fails
   */
  public void writeTo(Path dir) throws IOException {
    Path txt = Files.createDirectories(dir.resolve("txt"));
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Files.writeString(txt.resolve(fileName(e.getKey())), e.getValue(), StandardCharsets.UTF_8);
    }
    StringBuilder l = new StringBuilder();
    labels.forEach((id, g) -> l.append(id).append('\t').append(g).append('\n'));
    Files.writeString(dir.resolve("labels.tsv"), l, StandardCharsets.UTF_8);
    StringBuilder v = new StringBuilder("id\tsource_id\tcluster_id\ttier\tsite\ttransforms\n");
    for (Variant x : variants) {
      v.append(x.id())
          .append('\t')
          .append(x.sourceId())
          .append('\t')
          .append(labels.get(x.id()))
          .append('\t')
          .append(x.tier())
          .append('\t')
          .append(x.site())
          .append('\t')
          .append(String.join(",", x.transforms()))
          .append('\n');
    }
    Files.writeString(dir.resolve("variants.tsv"), v, StandardCharsets.UTF_8);
    StringBuilder h = new StringBuilder("id1\tid2\n");
    for (IdPair p : hardNegatives) {
      h.append(p.a()).append('\t').append(p.b()).append('\n');
    }
    Files.writeString(dir.resolve("hard-negatives.tsv"), h, StandardCharsets.UTF_8);
  }

  /**
   * Writes a corpus to a folder: {@code <dir> [seed] [threads] [extended]}.
   *
   * @param args the folder, optionally the seed, the number of story threads and "extended"
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_THREADS;
    boolean extended = args.length > 3 && args[3].equals("extended");
    (extended ? generateExtended(seed, threads) : generate(seed, threads))
        .writeTo(Path.of(args[0]));
  }

  // ---------------------------------------------------------------------------------------------

  private record Person(String name, String role) {}

  /** An article's content before any page is built around it. */
  private record Content(String title, List<String> paragraphs) {}

  /** A fictional site with its fixed page template. */
  private record Site(
      String name,
      String tagline,
      String menu,
      String dateFormat,
      String share,
      String related,
      String newsletter,
      String cookie,
      String copyright,
      boolean bylineFirst) {}

  private static final List<Site> SITES =
      List.of(
          new Site(
              "The Kelsham Courier",
              "Your town, your news",
              "Home | News | Business | Sport | What's On | Opinion | Contact",
              "Published %d %s %d, %02d:%02d",
              "Share this article: Facebook | X | WhatsApp | Email",
              "Related stories",
              "Sign up to the Courier's morning briefing - delivered free to your inbox",
              "We use cookies to give you the best experience. Accept all | Manage preferences",
              "© 2025 Kelsham Courier Media Ltd. All rights reserved.",
              false),
          new Site(
              "Northern Daily Wire",
              "Independent news since 1921",
              "News | Politics | Money | Health | Environment | Culture | Sport | Video",
              "%d %s %d %02d:%02d BST",
              "Share | Tweet | Pin | Email | Print",
              "More on this story",
              "Get the Daily Wire newsletter: the stories that matter, every weekday",
              "This site uses cookies. By continuing to browse you agree to our use of cookies.",
              "Copyright © Northern Daily Wire 2025. Registered in England No. 0412233.",
              true),
          new Site(
              "Regional Gazette Online",
              "",
              "HOME  NEWS  LOCAL  NATIONAL  BUSINESS  SPORT  LIFESTYLE  OBITUARIES",
              "Posted: %d %s %d at %02d:%02d",
              "SHARE: f  t  in  ✉",
              "YOU MAY ALSO LIKE",
              "Newsletter: be the first to know. Enter your email address",
              "Cookie notice: we and our partners store data on your device. OK",
              "Regional Gazette Online is part of the Gazette Group. © 2025",
              false),
          new Site(
              "PortAvery.net",
              "News and views from the bay",
              "Home / Latest / Local / Business / Sport / Weather / Traffic / Jobs",
              "Updated %d %s %d %02d:%02d",
              "Share on Facebook   Share on X   Copy link",
              "Read next",
              "Join 20,000 readers who get our free weekly email",
              "We value your privacy. Accept | Reject | Settings",
              "All content © PortAvery.net 2025 unless otherwise stated.",
              true),
          new Site(
              "The Observer Times",
              "Reporting without fear or favour",
              "World | National | Politics | Business | Science | Arts | Sport | Opinion",
              "%d %s %d - %02d.%02d",
              "Like | Share | Save | Comment",
              "Most read",
              "Subscribe to the Observer Times from just £1 a week",
              "Your privacy choices: we use cookies and similar technologies.",
              "© The Observer Times Group 2025. Terms | Privacy | Contact us",
              false),
          new Site(
              "Fenland Post",
              "",
              "Menu | Home | News | Farming | Business | Community | Sport",
              "%d %s %d",
              "Share this story",
              "Other news",
              "Want more local news? Sign up to the Fenland Post newsletter",
              "Cookies help us deliver our services. Learn more | Got it",
              "Fenland Post Ltd, Market Street, Saltmarsh. © 2025",
              true),
          new Site(
              "Metro Bulletin",
              "Fast news, fair news",
              "TOP STORIES • UK • WORLD • MONEY • TECH • SHOWBIZ • SPORT",
              "%d %s %d | %02d:%02d",
              "Share via Facebook • Share via X • Share via email",
              "Trending now",
              "Breaking news alerts straight to your phone: download the Metro Bulletin app",
              "We and our 142 partners use cookies. Agree | More options",
              "Metro Bulletin © 2025. Part of Bulletin Digital.",
              false),
          new Site(
              "Valley Voice",
              "Community journalism for the Marrow Valley",
              "Home | News | Council | Schools | Business | Events | Letters",
              "Posted on %d %s %d",
              "Share: Facebook, X, Email",
              "See also",
              "Support independent local journalism: become a member today",
              "This website uses cookies for analytics. Accept | Decline",
              "© 2025 Valley Voice Community Interest Company",
              true));

  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9]+)\\}");
  private static final Pattern ALTERNATIVES = Pattern.compile("\\[([^\\[\\]]*)\\]");
  private static final Pattern MONEY = Pattern.compile("£(\\d+(?:\\.\\d)?)(bn|m)");

  /** One run of the generator: all state is local, so equal seeds give equal corpora. */
  private static final class Generator {
    private final SplittableRandom random;
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<Variant> variants = new ArrayList<>();
    private final List<IdPair> hardNegatives = new ArrayList<>();
    private final List<String> headlines = new ArrayList<>();
    private final Set<String> htmlIds = new HashSet<>();
    private final Map<String, Content> contents = new LinkedHashMap<>();
    private int storyCount;
    private int copyCount;
    private int flashThreads;

    // Context of the article being written.
    private Topic topic;
    private String org;
    private String org2;
    private String place;
    private String place2;
    private String region;
    private String subject;
    private Person main;
    private Person second;
    private String lastSurname;
    private final Set<String> usedQuotes = new HashSet<>();
    private String leadMoney;
    private List<String> threadDetails;
    private List<String> threadQuotes;
    private final Set<Integer> threadEvents = new HashSet<>();
    private String leadNumber;

    Generator(SplittableRandom random) {
      this.random = random;
    }

    SyntheticNewsCorpus run(int threads, boolean extended) {
      List<String> originals = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        originals.addAll(thread());
      }
      List<String> firstOriginals = List.copyOf(originals);
      for (String id : originals) {
        if (random.nextDouble() < 0.55) {
          int copies = 1;
          while (copies < 8 && random.nextDouble() < 0.5) {
            copies++;
          }
          List<String> made = new ArrayList<>();
          for (int c = 0; c < copies; c++) {
            String source = !made.isEmpty() && random.nextDouble() < 0.2 ? pick(made) : id;
            made.add(copy(source, labels.get(id)));
          }
        }
      }
      if (extended) {
        for (String id : firstOriginals) {
          double r = random.nextDouble();
          if (r < 0.3) {
            teaser(id);
          } else if (r < 0.4) {
            noisyCopy(id);
          }
        }
        for (int t = 0; t < threads / 3; t++) {
          flashes();
        }
      }
      return new SyntheticNewsCorpus(texts, htmlIds, labels, variants, hardNegatives);
    }

    // ---- extension: teasers, noisy copies, flashes

    /** Writes a teaser of {@code sourceId}: its first 40–70 % of words and a "read more" line. */
    private void teaser(String sourceId) {
      String id = String.format(Locale.ROOT, "repost_%04d", ++copyCount);
      Content source = contents.get(sourceId);
      List<String> transforms = new ArrayList<>(List.of("teaser"));
      List<String> paragraphs = new ArrayList<>(source.paragraphs());
      if (random.nextDouble() < 0.3) {
        transforms.add("light_edit");
        paragraphs = lightEdit(dropSentences(paragraphs, 0.1), 0.7);
      }
      int total = paragraphs.stream().mapToInt(Generator::words).sum();
      int keep = (int) (total * (0.4 + 0.3 * random.nextDouble()));
      List<String> kept = new ArrayList<>();
      int words = 0;
      for (String p : paragraphs) {
        if (!kept.isEmpty() && words >= keep) {
          break;
        }
        kept.add(p);
        words += words(p);
      }
      String title = source.title();
      if (random.nextDouble() < 0.25) {
        transforms.add("ocr_noise");
        double rate = 0.01 + 0.02 * random.nextDouble();
        List<String> scanned = new ArrayList<>();
        for (String p : kept) {
          scanned.add(ocrNoise(p, rate));
        }
        kept = scanned;
      }
      kept.add(pick(List.of("Read more...", "Read the full story", "Read more at the source")));
      boolean comments = random.nextDouble() < 0.67;
      if (comments) {
        transforms.add("comments");
      }
      Site site = pick(SITES);
      transforms.add("boilerplate");
      texts.put(id, page(site, title, kept, comments) + "\n");
      labels.put(id, labels.get(sourceId));
      variants.add(new Variant(id, sourceId, "hard", site.name(), transforms));
      contents.put(id, new Content(title, kept));
    }

    /** Writes a full copy of {@code sourceId} with 2–4 % of its letters misread, on a site page. */
    private void noisyCopy(String sourceId) {
      String id = String.format(Locale.ROOT, "repost_%04d", ++copyCount);
      Content source = contents.get(sourceId);
      double rate = 0.02 + 0.02 * random.nextDouble();
      List<String> scanned = new ArrayList<>();
      for (String p : source.paragraphs()) {
        scanned.add(ocrNoise(p, rate));
      }
      Site site = pick(SITES);
      texts.put(id, page(site, source.title(), scanned, false) + "\n");
      labels.put(id, labels.get(sourceId));
      variants.add(
          new Variant(id, sourceId, "hard", site.name(), List.of("ocr_noise", "boilerplate")));
      contents.put(id, new Content(source.title(), scanned));
    }

    /**
     * Writes the flashes of one story thread (two to three events, two sentences each), each with
     * an exact copy and sometimes a copy with a word or two changed.
     */
    private void flashes() {
      thread(); // a fresh context: people, places, subject; its articles are written too
      int events = Math.min(topic.leads().size(), topic.headlines().size());
      int count = 2 + random.nextInt(2);
      List<String> ids = new ArrayList<>();
      for (int e = 0; e < Math.min(count, events); e++) {
        String id = String.format(Locale.ROOT, "flash_%04d", ids.size() + 1 + 3 * flashThreads);
        leadMoney = money();
        leadNumber = number();
        String text = sentence(topic.leads().get(e)) + " " + sentence(pick(COMPOSED));
        leadMoney = null;
        leadNumber = null;
        texts.put(id, text + "\n");
        labels.put(id, id);
        for (String prev : ids) {
          hardNegatives.add(new IdPair(prev, id));
        }
        ids.add(id);
        String exact = String.format(Locale.ROOT, "repost_%04d", ++copyCount);
        texts.put(exact, text + "\n");
        labels.put(exact, id);
        variants.add(new Variant(exact, id, "short", "", List.of("exact_copy")));
        if (random.nextBoolean()) {
          String near = String.format(Locale.ROOT, "repost_%04d", ++copyCount);
          String edited = lightEdit(List.of(text), 1.0).get(0);
          if (edited.equals(text)) {
            edited = text.replaceFirst("\\.$", "!");
          }
          texts.put(near, edited + "\n");
          labels.put(near, id);
          variants.add(new Variant(near, id, "short", "", List.of("light_edit")));
        }
      }
      flashThreads++;
    }

    // ---- originals

    /** Writes the articles of one story thread; returns their ids. */
    private List<String> thread() {
      topic = pick(NewsVocabulary.TOPICS);
      org = pick(topic.orgs());
      do {
        org2 = pick(topic.orgs());
      } while (org2.equals(org));
      place = pick(NewsVocabulary.PLACES);
      do {
        place2 = pick(NewsVocabulary.PLACES);
      } while (place2.equals(place));
      region = pick(NewsVocabulary.REGIONS);
      subject = pick(topic.subjects());
      main = person();
      second = person();
      lastSurname = surname(main);
      // Each thread uses its own few stock sentences and quotes of the topic and otherwise
      // sentences built from parts, so that unrelated articles on one topic share phrases but
      // not whole paragraphs.
      threadEvents.clear();
      threadDetails = sample(topic.details(), 3);
      threadQuotes = sample(topic.quotes(), 3);
      List<String> background = new ArrayList<>();
      int backgroundCount = 2 + random.nextInt(2);
      List<String> templates = sample(topic.background(), 1);
      for (int i = 0; i < backgroundCount; i++) {
        StringBuilder paragraph =
            new StringBuilder(sentence(i < templates.size() ? templates.get(i) : pick(COMPOSED)));
        int more = 1 + random.nextInt(2);
        for (int k = 0; k < more; k++) {
          paragraph.append(' ').append(sentence(pick(COMPOSED)));
        }
        background.add(paragraph.toString());
      }
      double r = random.nextDouble();
      int articles = r < 0.55 ? 1 : r < 0.85 ? 2 : 3;
      List<String> ids = new ArrayList<>();
      List<Set<Integer>> used = new ArrayList<>();
      for (int a = 0; a < articles; a++) {
        Set<Integer> share = new TreeSet<>();
        if (a == 0) {
          for (int i = 0; i < background.size(); i++) {
            if (random.nextDouble() < 0.75) {
              share.add(i);
            }
          }
        } else {
          share.add(random.nextInt(background.size()));
          if (random.nextDouble() < 0.4) {
            share.add(random.nextInt(background.size()));
          }
        }
        String id = String.format(Locale.ROOT, "story_%04d", ++storyCount);
        List<String> mine = new ArrayList<>();
        for (int i : share) {
          mine.add(background.get(i));
        }
        Content c = story(mine);
        contents.put(id, c);
        headlines.add(c.title());
        texts.put(id, c.title() + "\n\n" + String.join("\n\n", c.paragraphs()) + "\n");
        labels.put(id, id);
        for (int prev = 0; prev < ids.size(); prev++) {
          if (!Collections.disjoint(used.get(prev), share)) {
            hardNegatives.add(new IdPair(ids.get(prev), id));
          }
        }
        ids.add(id);
        used.add(share);
        // A follow-up may bring in a new person and a new subject, keeping the rest.
        if (random.nextBoolean()) {
          second = person();
        }
        if (random.nextDouble() < 0.3) {
          subject = pick(topic.subjects());
        }
      }
      return ids;
    }

    private Content story(List<String> background) {
      lastSurname = surname(main);
      usedQuotes.clear();
      // A follow-up reports a different event of the thread than the articles before it.
      int events = Math.min(topic.leads().size(), topic.headlines().size());
      int event;
      do {
        event = random.nextInt(events);
      } while (threadEvents.contains(event) && threadEvents.size() < events);
      threadEvents.add(event);
      // Headline and lead name the same sum and count.
      leadMoney = money();
      leadNumber = number();
      String title = capitalize(fill(topic.headlines().get(event)));
      int target = 150 + (int) (650 * Math.pow(random.nextDouble(), 1.3));
      List<String> paragraphs = new ArrayList<>();
      Set<String> usedTemplates = new HashSet<>();
      String lead = sentence(topic.leads().get(event));
      leadMoney = null;
      leadNumber = null;
      if (random.nextBoolean()) {
        lead += " " + sentence(fresh(threadDetails, usedTemplates));
      }
      paragraphs.add(lead);
      int backgroundAt = 1 + random.nextInt(3);
      int words = words(lead) + background.stream().mapToInt(Generator::words).sum();
      while (words < target) {
        if (paragraphs.size() == backgroundAt) {
          paragraphs.addAll(background);
        }
        String p = paragraph(usedTemplates);
        paragraphs.add(p);
        words += words(p);
      }
      if (paragraphs.size() <= backgroundAt) {
        paragraphs.addAll(background);
      }
      return new Content(title, paragraphs);
    }

    private String paragraph(Set<String> usedTemplates) {
      double r = random.nextDouble();
      int sentences = r < 0.35 ? 1 + random.nextInt(2) : 1 + random.nextInt(3);
      StringBuilder p = new StringBuilder();
      for (int i = 0; i < sentences; i++) {
        String template;
        if (r < 0.35) {
          template = i == 0 ? pick(QUOTE_TEMPLATES) : "\"{Q}.\"";
        } else if (r < 0.55) {
          template = fresh(threadDetails, usedTemplates);
        } else if (r < 0.7) {
          template = fresh(NewsVocabulary.GENERIC, usedTemplates);
        } else {
          template = pick(COMPOSED);
        }
        if (p.length() > 0) {
          p.append(' ');
        }
        p.append(sentence(template));
      }
      return p.toString();
    }

    private static final List<String> QUOTE_TEMPLATES =
        List.of(
            "\"{Q},\" {P} said.",
            "{P} said: \"{Q}.\"",
            "\"{Q},\" said {P}.",
            "{P} told {OUTLET}: \"{Q}.\"",
            "In a statement, {p} said: \"{Q}.\"");

    /**
     * Picks a template not yet used in this article; when the list is used up, a sentence built
     * from the clause grammar instead (articles do not repeat themselves).
     */
    private String fresh(List<String> templates, Set<String> used) {
      List<String> left = new ArrayList<>();
      for (String t : templates) {
        if (!used.contains(t)) {
          left.add(t);
        }
      }
      if (left.isEmpty()) {
        return pick(COMPOSED);
      }
      String t = pick(left);
      used.add(t);
      return t;
    }

    private static final List<String> COMPOSED =
        List.of(
            "{P} [warned|insisted|admitted|claimed|suggested|argued] that {CLAUSE}.",
            "[Some|Many|A number of] [residents|campaigners|local businesses|observers] [fear"
                + "|believe|hope|doubt] that {CLAUSE}.",
            "{E}, said {CLAUSE}.",
            "[Earlier|Last week|On {D}|In {MON}], {O2} [said|announced|confirmed|suggested] that"
                + " {CLAUSE}.",
            "According to [{O2}|a report seen by {OUTLET}|people familiar with the matter],"
                + " {CLAUSE}.",
            "It is [understood|thought|believed|likely] that {CLAUSE}.",
            "[Asked about|Questioned about|Pressed on] {X}, {p} said {CLAUSE}.",
            "[But|However,|Even so,] {p} [said|accepted|conceded] that {CLAUSE}.");

    private String sentence(String template) {
      return capitalize(fill(template).replace(",.", ".").replace(",:", ":").replace(", ,", ","));
    }

    private String fill(String template) {
      String s = template;
      // Alternatives first (innermost), so that slots inside them are filled afterwards.
      Matcher alt = ALTERNATIVES.matcher(s);
      while (alt.find()) {
        String[] options = alt.group(1).split("\\|", -1);
        s = s.substring(0, alt.start()) + pick(List.of(options)) + s.substring(alt.end());
        alt = ALTERNATIVES.matcher(s);
      }
      StringBuilder out = new StringBuilder();
      Matcher m = SLOT.matcher(s);
      int last = 0;
      while (m.find()) {
        out.append(s, last, m.start()).append(slot(m.group(1)));
        last = m.end();
      }
      return out.append(s.substring(last)).toString();
    }

    private String slot(String name) {
      switch (name) {
        case "P":
          {
            Person who = chooseSpeaker();
            lastSurname = surname(who);
            return who.name() + ", " + who.role() + ",";
          }
        case "PN":
          return main.name();
        case "p":
          return lastSurname;
        case "O":
          return org;
        case "O2":
          return org2;
        case "L":
          return leadNumber != null || random.nextDouble() < 0.85 ? place : place2;
        case "L2":
          return place2;
        case "REGION":
          return region;
        case "N":
          return leadNumber != null ? leadNumber : number();
        case "M":
          return leadMoney != null ? leadMoney : money();
        case "PCT":
          return random.nextBoolean()
              ? (1 + random.nextInt(40)) + "%"
              : (1 + random.nextInt(40)) + " per cent";
        case "D":
          return pick(NewsVocabulary.WEEKDAYS);
        case "MON":
          return pick(NewsVocabulary.MONTHS);
        case "Y":
          return Integer.toString(1900 + random.nextInt(123));
        case "X":
          return subject;
        case "Q":
          {
            // A stock quote of the thread while unused, then quotes built from parts.
            List<String> left = new ArrayList<>(threadQuotes);
            left.removeAll(usedQuotes);
            if (left.isEmpty() || random.nextDouble() < 0.4) {
              return fill(pick(NewsVocabulary.QUOTE_FRAMES));
            }
            String q = pick(left);
            usedQuotes.add(q);
            return q;
          }
        case "E":
          return person().name() + ", " + pick(NewsVocabulary.EXPERTS);
        case "OUTLET":
          return pick(NewsVocabulary.OUTLETS);
        case "CLAUSE":
          return fill(pick(NewsVocabulary.CLAUSES));
        default:
          throw new IllegalStateException("unknown slot {" + name + "}");
      }
    }

    private Person chooseSpeaker() {
      double r = random.nextDouble();
      return r < 0.6 ? main : r < 0.85 ? second : person();
    }

    private Person person() {
      String role = pick(topic.roles());
      if (!role.startsWith("a ") && !role.startsWith("the ")) {
        role = "the " + role;
      }
      return new Person(
          pick(NewsVocabulary.FIRST_NAMES) + " " + pick(NewsVocabulary.SURNAMES), role);
    }

    private static String surname(Person p) {
      return p.name().substring(p.name().indexOf(' ') + 1);
    }

    private String number() {
      double r = random.nextDouble();
      if (r < 0.4) {
        return Integer.toString(2 + random.nextInt(48));
      } else if (r < 0.8) {
        return Integer.toString(50 + random.nextInt(950));
      }
      return String.format(Locale.ROOT, "%,d", 1000 + random.nextInt(49000));
    }

    private String money() {
      return random.nextBoolean()
          ? "£" + (2 + random.nextInt(900)) + "m"
          : String.format(Locale.ROOT, "£%.1fbn", 1 + random.nextInt(120) / 10.0);
    }

    // ---- copies

    /** Writes one copy of {@code sourceId} and returns its id. */
    private String copy(String sourceId, String group) {
      String id = String.format(Locale.ROOT, "repost_%04d", ++copyCount);
      Content source = contents.get(sourceId);
      double r = random.nextDouble();
      String tier = r < 0.3 ? "easy" : r < 0.75 ? "medium" : "hard";
      Site site = pick(SITES);
      List<String> transforms = new ArrayList<>();
      String title = source.title();
      List<String> paragraphs = new ArrayList<>(source.paragraphs());
      boolean medium = !tier.equals("easy");
      boolean hard = tier.equals("hard");
      boolean mediumDone = false;
      boolean hardDone = false;
      if (hard) {
        int forced = random.nextInt(4);
        if (forced == 0 || random.nextDouble() < 0.25) {
          transforms.add("heavy_edit");
          paragraphs = dropSentences(paragraphs, 0.2 + 0.2 * random.nextDouble());
          paragraphs = lightEdit(paragraphs, 0.7);
          hardDone = true;
        }
        if (forced == 1 || random.nextDouble() < 0.3) {
          transforms.add("para_shuffle");
          if (paragraphs.size() > 2) {
            // Keep the lead in place half of the time, as re-flowed pages tend to.
            int from = random.nextBoolean() ? 1 : 0;
            List<String> rest = new ArrayList<>(paragraphs.subList(from, paragraphs.size()));
            shuffle(rest);
            List<String> shuffled = new ArrayList<>(paragraphs.subList(0, from));
            shuffled.addAll(rest);
            paragraphs = shuffled;
          }
          hardDone = true;
        }
        if (forced == 2 || random.nextDouble() < 0.35) {
          transforms.add("truncate");
          int keep =
              Math.max(1, (int) Math.round(paragraphs.size() * (0.35 + 0.3 * random.nextDouble())));
          paragraphs = new ArrayList<>(paragraphs.subList(0, Math.min(keep, paragraphs.size())));
          paragraphs.add(
              pick(
                  List.of(
                      "Continue reading...",
                      "Continue reading the full story",
                      "To read the rest of this article, subscribe for £1 a week.",
                      "Read the full story at " + site.name())));
          hardDone = true;
        }
      }
      if (medium) {
        if (random.nextDouble() < 0.35) {
          transforms.add("sentence_drop");
          paragraphs = dropSentences(paragraphs, 0.05 + 0.1 * random.nextDouble());
          mediumDone = true;
        }
        if (random.nextDouble() < 0.5) {
          transforms.add("light_edit");
          paragraphs = lightEdit(paragraphs, 0.3);
          mediumDone = true;
        }
        if (random.nextDouble() < 0.5 || !mediumDone && random.nextBoolean()) {
          transforms.add("headline");
          title = rewriteHeadline(title, site);
          mediumDone = true;
        }
        if (random.nextDouble() < 0.4 || !mediumDone) {
          transforms.add("ads");
          paragraphs = insertAds(paragraphs);
        }
      }
      boolean dateline = random.nextDouble() < 0.4;
      if (dateline) {
        transforms.add("dateline");
        paragraphs = dateline(paragraphs);
      }
      boolean html = random.nextDouble() < 0.15;
      // Text-level noise changes the article text itself, so that a copy of this copy inherits
      // it; the page chrome and comments around it stay clean.
      if (random.nextDouble() < 0.5) {
        transforms.add("unicode_ws");
        int width = random.nextBoolean() ? 66 + random.nextInt(10) : 0;
        String dash = random.nextBoolean() ? " \u2013 " : " \u2014 ";
        title = unicode(title, html, 0, dash);
        List<String> typed = new ArrayList<>();
        for (String p : paragraphs) {
          typed.add(unicode(p, html, width, dash));
        }
        paragraphs = typed;
      }
      if (hard && (random.nextDouble() < 0.35 || !hardDone)) {
        transforms.add("ocr_noise");
        double rate = 0.01 + 0.02 * random.nextDouble();
        title = ocrNoise(title, rate);
        List<String> scanned = new ArrayList<>();
        for (String p : paragraphs) {
          scanned.add(ocrNoise(p, rate));
        }
        paragraphs = scanned;
      }
      boolean comments = medium && random.nextDouble() < 0.35;
      if (comments) {
        transforms.add("comments");
      }
      boolean chrome = random.nextDouble() < 0.8;
      String page;
      if (chrome) {
        transforms.add("boilerplate");
        page = page(site, title, paragraphs, comments);
      } else {
        page =
            title
                + "\n\n"
                + String.join("\n\n", paragraphs)
                + (comments ? "\n\n" + comments() : "");
      }
      if (html) {
        transforms.add("html");
        page = html(page, title);
        htmlIds.add(id);
      }
      if (transforms.isEmpty()) {
        transforms.add("exact_copy");
      }
      texts.put(id, page.endsWith("\n") ? page : page + "\n");
      labels.put(id, group);
      variants.add(new Variant(id, sourceId, tier, chrome ? site.name() : "", transforms));
      contents.put(id, new Content(title, paragraphs));
      return id;
    }

    private List<String> dropSentences(List<String> paragraphs, double share) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < paragraphs.size(); i++) {
        String[] sentences = paragraphs.get(i).split("(?<=[.!?\"])\\s+(?=[A-Z\"])");
        StringBuilder kept = new StringBuilder();
        for (int j = 0; j < sentences.length; j++) {
          if ((i == 0 && j == 0) || random.nextDouble() >= share) {
            kept.append(kept.length() == 0 ? "" : " ").append(sentences[j]);
          }
        }
        if (kept.length() > 0) {
          out.add(kept.toString());
        }
      }
      return out;
    }

    private List<String> lightEdit(List<String> paragraphs, double rate) {
      List<String> out = new ArrayList<>();
      for (String p : paragraphs) {
        String s = p;
        for (String[] uk : NewsVocabulary.US_SPELLINGS) {
          s = s.replace(uk[0], uk[1]);
        }
        if (random.nextDouble() < rate) {
          Matcher m = MONEY.matcher(s);
          StringBuilder b = new StringBuilder();
          while (m.find()) {
            m.appendReplacement(
                b, m.group(1) + (m.group(2).equals("bn") ? " billion pounds" : " million pounds"));
          }
          m.appendTail(b);
          s = b.toString();
        }
        for (String[] syn : NewsVocabulary.SYNONYMS) {
          if (random.nextDouble() < rate) {
            s = s.replaceAll("\\b" + Pattern.quote(syn[0]) + "\\b", syn[1]);
          }
        }
        out.add(s);
      }
      return out;
    }

    private String rewriteHeadline(String title, Site site) {
      switch (random.nextInt(6)) {
        case 0:
          return pick(List.of("BREAKING: ", "UPDATE: ", "Latest: ", "WATCH: ")) + title;
        case 1:
          return title + pick(List.of(" - " + site.name(), " | " + site.name(), " (video)"));
        case 2:
          return title.toUpperCase(Locale.ROOT);
        case 3:
          {
            String[] w = title.split(" ");
            if (w.length < 3) {
              return title + "!";
            }
            int drop = 1 + random.nextInt(w.length - 1);
            List<String> words = new ArrayList<>(List.of(w));
            words.remove(drop);
            return String.join(" ", words);
          }
        case 4:
          // Sentence case, as some sites style headlines.
          return title.charAt(0) + title.substring(1).toLowerCase(Locale.ROOT);
        default:
          {
            String[] w = title.split(" ");
            if (w.length < 3) {
              return "Why " + title;
            }
            int i = random.nextInt(w.length - 1);
            String tmp = w[i];
            w[i] = w[i + 1];
            w[i + 1] = tmp;
            return String.join(" ", w);
          }
      }
    }

    private List<String> insertAds(List<String> paragraphs) {
      List<String> out = new ArrayList<>();
      int next = 1 + random.nextInt(3);
      for (int i = 0; i < paragraphs.size(); i++) {
        out.add(paragraphs.get(i));
        if (i == next && i < paragraphs.size() - 1) {
          out.add(
              pick(
                  List.of(
                      "Advertisement",
                      "ADVERTISEMENT",
                      "Read more: " + pick(headlines),
                      "READ MORE: " + pick(headlines),
                      "Story continues below advertisement",
                      "Advertisement - scroll to continue")));
          next += 2 + random.nextInt(3);
        }
      }
      return out;
    }

    private List<String> dateline(List<String> paragraphs) {
      List<String> out = new ArrayList<>(paragraphs);
      String agency = pick(List.of("Northern Wire", "Press Union", "NWS", "Coastal News Agency"));
      switch (random.nextInt(3)) {
        case 0:
          out.set(
              0,
              place.toUpperCase(Locale.ROOT)
                  + ", "
                  + pick(NewsVocabulary.MONTHS)
                  + " "
                  + (1 + random.nextInt(28))
                  + " ("
                  + agency
                  + ") - "
                  + out.get(0));
          break;
        case 1:
          out.add(0, "By " + person().name() + ", " + agency);
          break;
        default:
          out.add("(Reporting by " + person().name() + "; Editing by " + person().name() + ")");
      }
      return out;
    }

    private String comments() {
      StringBuilder b = new StringBuilder();
      int n = 2 + random.nextInt(7);
      b.append(pick(List.of("Comments (" + n + ")", n + " comments", "Join the conversation")));
      for (int i = 0; i < n; i++) {
        b.append("\n\n")
            .append(pick(NewsVocabulary.FIRST_NAMES))
            .append(random.nextBoolean() ? pick(NewsVocabulary.SURNAMES).substring(0, 1) : "_")
            .append(random.nextInt(100))
            .append(" · ")
            .append(1 + random.nextInt(23))
            .append(" hours ago\n")
            .append(pick(NewsVocabulary.COMMENTS));
        if (random.nextBoolean()) {
          b.append(' ').append(pick(NewsVocabulary.COMMENTS));
        }
        b.append("\nReply | Like (").append(random.nextInt(60)).append(')');
      }
      return b.toString();
    }

    private String page(Site site, String title, List<String> paragraphs, boolean comments) {
      StringBuilder b = new StringBuilder();
      b.append(site.name()).append('\n');
      if (!site.tagline().isEmpty()) {
        b.append(site.tagline()).append('\n');
      }
      b.append(site.menu()).append("\n\n");
      String date =
          String.format(
              Locale.ROOT,
              site.dateFormat(),
              1 + random.nextInt(28),
              pick(NewsVocabulary.MONTHS),
              2024 + random.nextInt(2),
              random.nextInt(24),
              random.nextInt(60));
      String byline = "By " + person().name();
      if (site.bylineFirst()) {
        b.append(byline).append('\n').append(title).append('\n').append(date).append("\n\n");
      } else {
        b.append(title).append("\n\n").append(byline).append(" | ").append(date).append("\n\n");
      }
      b.append(String.join("\n\n", paragraphs)).append("\n\n");
      b.append(site.share()).append("\n\n");
      b.append(site.related()).append('\n');
      int related = 3 + random.nextInt(3);
      for (int i = 0; i < related; i++) {
        b.append(pick(headlines)).append('\n');
      }
      b.append('\n');
      if (comments) {
        b.append(comments()).append("\n\n");
      }
      b.append(site.newsletter()).append('\n');
      b.append(site.cookie()).append('\n');
      b.append(site.copyright()).append('\n');
      return b.toString();
    }

    /**
     * Re-types text with typographic punctuation, NBSP and double spaces, and re-wraps it at {@code
     * width} columns (0: no re-wrapping); {@code &} is escaped later in HTML.
     */
    private String unicode(String page, boolean html, int width, String dash) {
      StringBuilder b = new StringBuilder();
      boolean open = true;
      for (int i = 0; i < page.length(); i++) {
        char c = page.charAt(i);
        if (c == '"') {
          b.append(open ? '\u201C' : '\u201D');
          open = !open;
        } else if (c == '\'') {
          b.append('\u2019');
        } else if (c == '&' && !html) {
          b.append("&amp;");
        } else if (c == ' ' && random.nextDouble() < 0.03) {
          b.append(random.nextBoolean() ? "\u00A0" : "  ");
        } else {
          b.append(c);
        }
      }
      String s = b.toString().replace(" - ", dash);
      return width > 0 ? rewrap(s, width) : s;
    }

    /** Renders a text page as the HTML a site would serve: markup, a script, a style, entities. */
    private String html(String page, String title) {
      StringBuilder b = new StringBuilder();
      b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .append(escape(title))
          .append(
              "</title>\n"
                  + "<style>\n"
                  + "body { font-family: Georgia, serif; }\n"
                  + ".ad { min-height: 250px; }\n")
          .append("</style>\n<script>\nwindow.dataLayer = window.dataLayer || [];\n")
          .append("function track(e) { dataLayer.push({event: e, page: location.pathname}); }\n")
          .append("</script>\n</head>\n<body>\n<!-- rendered by the site's CMS -->\n");
      boolean titleDone = false;
      for (String block : page.split("\n\n")) {
        String text = block.strip();
        if (text.isEmpty()) {
          continue;
        }
        if (!titleDone && text.equals(title.strip())) {
          b.append("<h1>").append(escape(text)).append("</h1>\n");
          titleDone = true;
        } else if (text.contains("\n") && text.split("\n")[0].length() < 50) {
          // Lists of short lines (menus, related headlines, comments) become line breaks.
          b.append("<div class=\"block\">")
              .append(escape(text).replace("\n", "<br>\n"))
              .append("</div>\n");
        } else {
          b.append("<p>").append(markup(escape(text))).append("</p>\n");
        }
      }
      return b.append("</body>\n</html>\n").toString();
    }

    /** Wraps a random word in a link or emphasis, as article bodies often have. */
    private String markup(String escaped) {
      String[] words = escaped.split(" ", -1);
      if (words.length < 4 || random.nextDouble() < 0.5) {
        return escaped;
      }
      int i = random.nextInt(words.length);
      if (words[i].isEmpty() || words[i].contains("&")) {
        return escaped;
      }
      words[i] =
          random.nextBoolean()
              ? "<a href=\"/news/" + random.nextInt(100000) + "\">" + words[i] + "</a>"
              : "<strong>" + words[i] + "</strong>";
      return String.join(" ", words);
    }

    private String escape(String text) {
      String s = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      return random.nextBoolean() ? s.replace("\u00A0", "&nbsp;") : s;
    }

    private static String rewrap(String text, int width) {
      StringBuilder out = new StringBuilder();
      for (String line : text.split("\n", -1)) {
        int col = 0;
        StringBuilder l = new StringBuilder();
        for (String word : line.split(" ", -1)) {
          if (col > 0 && col + 1 + word.length() > width) {
            l.append('\n');
            col = 0;
          } else if (col > 0 || l.length() > 0 && l.charAt(l.length() - 1) != '\n') {
            l.append(' ');
            col++;
          }
          l.append(word);
          col += word.length();
        }
        out.append(l).append('\n');
      }
      return out.substring(0, out.length() - 1);
    }

    private static final String[][] OCR_CONFUSIONS = {
      {"m", "rn"}, {"rn", "m"}, {"l", "1"}, {"i", "l"}, {"o", "0"}, {"e", "c"}, {"a", "o"},
      {"s", "5"}, {"h", "b"}, {"u", "v"}, {"n", "ri"}, {"c", "e"}, {"t", "f"}, {"d", "cl"}
    };

    private String ocrNoise(String page, double rate) {
      StringBuilder b = new StringBuilder();
      int i = 0;
      while (i < page.length()) {
        char c = page.charAt(i);
        if (Character.isLetter(c) && random.nextDouble() < rate) {
          double r = random.nextDouble();
          if (r < 0.15) {
            i++; // dropped character
            continue;
          } else if (r < 0.25) {
            b.append(c).append(c); // doubled
            i++;
            continue;
          }
          boolean done = false;
          for (String[] conf : OCR_CONFUSIONS) {
            if (page.startsWith(conf[0], i) && random.nextBoolean()) {
              b.append(conf[1]);
              i += conf[0].length();
              done = true;
              break;
            }
          }
          if (!done) {
            b.append((char) ('a' + random.nextInt(26)));
            i++;
          }
        } else {
          b.append(c);
          i++;
        }
      }
      return b.toString();
    }

    // ---- helpers

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    private <T> List<T> sample(List<T> list, int n) {
      List<T> copy = new ArrayList<>(list);
      shuffle(copy);
      return new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
    }

    private <T> void shuffle(List<T> list) {
      for (int i = list.size() - 1; i > 0; i--) {
        Collections.swap(list, i, random.nextInt(i + 1));
      }
    }

    private static int words(String s) {
      return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }

    private static String capitalize(String s) {
      if (s.isEmpty()) {
        return s;
      }
      int i = s.charAt(0) == '"' && s.length() > 1 ? 1 : 0;
      return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
    }
  }
}
