package io.github.newsdedup.testing;

import io.github.newsdedup.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Made-up news texts for tests: deterministic, written for this project. */
public final class TestArticles {
  private TestArticles() {}

  private static final String[] SUBJECTS = {
    "The harbour authority", "Councillor Maria Okafor", "The regional water board",
    "Finance minister Tomas Lind", "A spokesperson for the rail operator", "The city's mayor",
    "Local farmers", "The teachers' union", "Researchers at Northfield University",
    "The airline's chief executive", "Opposition leader Priya Nair", "Fire crews"
  };
  private static final String[] VERBS = {
    "announced", "warned", "confirmed", "denied", "welcomed", "criticised", "proposed", "rejected"
  };
  private static final String[] TAILS = {
    "on Tuesday", "after a long meeting", "despite strong objections", "in a statement",
    "at a press conference", "late last night", "ahead of the budget vote", "for the first time"
  };
  private static final String[] WORDS =
      ("bridge council budget river harbour station school hospital market tax plan report "
              + "vote meeting road train bus airport farm price wage union strike court judge "
              + "police fire flood storm energy power water housing rent land park museum "
              + "theatre festival team match season player coach club league fans ticket "
              + "bank loan debt profit loss share investor company factory worker job contract "
              + "export import trade deal summit talks treaty border minister party election "
              + "poll campaign leader speech policy reform law bill parliament senate mayor "
              + "district village town city county region coast island mountain valley north "
              + "south east west new old early late major minor public private local national "
              + "said added warned expected agreed refused planned began ended raised cut "
              + "doubled halved delayed approved rejected blocked opened closed built sold "
              + "bought moved changed reached missed after before during since until while "
              + "because although despite without within across against between among")
          .split(" ");

  /**
   * Returns a deterministic made-up article body of about {@code sentences} sentences, in
   * paragraphs of three to five sentences.
   *
   * @param seed the seed
   * @param sentences the number of sentences
   * @return the body
   */
  public static String body(long seed, int sentences) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    int inParagraph = 0;
    for (int i = 0; i < sentences; i++) {
      sb.append(SUBJECTS[random.nextInt(SUBJECTS.length)])
          .append(' ')
          .append(VERBS[random.nextInt(VERBS.length)]);
      int words = 8 + random.nextInt(10);
      for (int w = 0; w < words; w++) {
        sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        if (w == words / 2) {
          sb.append(' ').append(1 + random.nextInt(900));
        }
      }
      sb.append(' ').append(TAILS[random.nextInt(TAILS.length)]).append('.');
      if (++inParagraph >= 3 + random.nextInt(3)) {
        sb.append("\n\n");
        inParagraph = 0;
      } else {
        sb.append(' ');
      }
    }
    return sb.toString().trim();
  }

  /** Returns the same body under site chrome: header, menu, ads, share row and footer. */
  public static String withChrome(String body, String site) {
    return site
        + "\nHome | News | Business | Sport | Opinion\n"
        + "Monday 3 March 2025, 09:15 GMT\n\n"
        + "Advertisement\n\n"
        + body
        + "\n\nShare this article: Facebook | Twitter | Email\n"
        + "Related stories\n- Bridge repairs delayed again\n- Council tax to rise\n"
        + "Copyright 2025 "
        + site
        + ". All rights reserved.\n";
  }

  /** Returns {@code count} unrelated articles with ids {@code prefix0..}. */
  public static List<Article> distinct(String prefix, int count, long seed) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(Article.of(prefix + i, body(seed * 1000 + i, 12)));
    }
    return out;
  }
}
