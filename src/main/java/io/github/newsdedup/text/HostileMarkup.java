package io.github.newsdedup.text;

/**
 * Neutralises the two constructs on which {@code HTMLStripCharFilter} rescans the rest of the page
 * (its scanner looks for the longest match, so a rule that can run far and then fails costs up to
 * the page's length each time): a processing instruction {@code <?} whose first {@code >} is not
 * preceded by {@code ?} or {@code /} (its rule scans to that {@code >}, or to the end, and fails),
 * and a server-side include {@code <!--#}, which a tag's content may hold and which runs to the
 * next {@code -->} (to the end without one). A page of 240 KB with many of either took minutes.
 *
 * <p>Each such {@code ?} or {@code #} is replaced by a marker char (a private use char absent from
 * the page) that every rule of the filter treats alike but for the failing rule itself, and the
 * marker is put back in the filter's output: a {@code <?} whose rule fails anyway, and a {@code
 * <!--#} with no {@code -->} after it (whose include could never end), are stripped exactly as
 * before. Of the includes with a {@code -->} after them, the first {@value #MAX_KEPT_INCLUDES} are
 * kept; the others are read as the plain comment {@code <!--} (a {@code -->} inside their quotes
 * then ends them). A page holding every private use char has its own U+F8FF and U+F8FE read as
 * {@code ?} and {@code #}.
 */
final class HostileMarkup {
  private HostileMarkup() {}

  /** Includes with a {@code -->} after them kept as includes (each may cost a scan of the page). */
  static final int MAX_KEPT_INCLUDES = 16;

  private static final char FIRST_PRIVATE_USE = '\uE000';
  private static final char LAST_PRIVATE_USE = '\uF8FF';

  /** A page with its hostile constructs neutralised, and the markers to put back. */
  record Neutralised(String text, char questionMarker, char hashMarker) {
    /** Returns {@code stripped} with the markers put back. */
    String restore(String stripped) {
      if (stripped.indexOf(questionMarker) < 0 && stripped.indexOf(hashMarker) < 0) {
        return stripped;
      }
      return stripped.replace(questionMarker, '?').replace(hashMarker, '#');
    }
  }

  /** Whether {@code body} has a {@code <?} or {@code <!--#}: a cheap test before {@link #of}. */
  static boolean mayHave(String body) {
    return body.indexOf("<?") >= 0 || body.indexOf("<!--#") >= 0;
  }

  /** Returns {@code body} with its hostile constructs neutralised, or null if it has none. */
  static Neutralised of(String body) {
    if (!mayHave(body)) {
      return null;
    }
    int n = body.length();
    char[] page = body.toCharArray();
    boolean[] used = new boolean[LAST_PRIVATE_USE - FIRST_PRIVATE_USE + 1];
    for (char c : page) {
      if (c >= FIRST_PRIVATE_USE && c <= LAST_PRIVATE_USE) {
        used[c - FIRST_PRIVATE_USE] = true;
      }
    }
    char question = freeMarker(used, LAST_PRIVATE_USE);
    used[question - FIRST_PRIVATE_USE] = true;
    char hash = freeMarker(used, (char) (LAST_PRIVATE_USE - 1));
    boolean changed = false;
    // Processing instructions, from the end: nextGt is the first '>' after the position.
    int nextGt = -1;
    for (int i = n - 1; i >= 0; i--) {
      char c = page[i];
      if (c == '>') {
        nextGt = i;
      } else if (c == '<' && i + 2 < n && page[i + 1] == '?' && nextGt != i + 2) {
        boolean matches = nextGt > 0 && (page[nextGt - 1] == '?' || page[nextGt - 1] == '/');
        if (!matches) {
          page[i + 1] = question; // ("<?>" is kept: its '?' may close an earlier one)
          changed = true;
        }
      }
    }
    // Server-side includes: the first few with a "-->" after them are kept.
    int lastClose = body.lastIndexOf("-->");
    int kept = 0;
    for (int q = body.indexOf("<!--#"); q >= 0; q = body.indexOf("<!--#", q + 1)) {
      if (lastClose >= q + 5 && kept < MAX_KEPT_INCLUDES) {
        kept++;
      } else {
        page[q + 4] = hash;
        changed = true;
      }
    }
    return changed ? new Neutralised(new String(page), question, hash) : null;
  }

  /** The highest private use char at or below {@code from} not in the page, or {@code from}. */
  private static char freeMarker(boolean[] used, char from) {
    for (char c = from; c >= FIRST_PRIVATE_USE; c--) {
      if (!used[c - FIRST_PRIVATE_USE]) {
        return c;
      }
    }
    return from;
  }
}
