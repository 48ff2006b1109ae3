package io.errcat.catalog.docs;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Retired;
import io.errcat.catalog.model.Symbols;
import io.errcat.catalog.problem.DidYouMean;
import io.errcat.runtime.LogSafe;
import io.errcat.runtime.RetryHint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a code means, in the manner of {@code rustc --explain}: the code's card as plain text, for
 * a support engineer holding a code (or a whole log line) and no reference at hand. The CLI's
 * {@code explain} and the plugin's {@code errcat:explain} both print {@link #render}.
 *
 * <p>Matching is forgiving: case, spaces, underscores and punctuation do not matter, and the
 * constant and factory names find their code ({@code shell_not_match}, {@code SHELL_NOT_MATCH},
 * {@code shellNotMatch}). A query that names no code exactly is searched for codes written inside
 * it, as when a whole FAQ or log line is pasted ({@code HTTP Status:404 Error:SHELL NOT MATCH.
 * …}): the longest code found wins, and the line's status decides between equals. A code in
 * several catalogs gives a match in each.
 */
public final class Explain {
  private Explain() {}

  /** Longer queries are cut here: a pasted log line, not a file. */
  static final int MAX_QUERY = 4_096;

  /** The shortest code found inside a line by its letters and digits alone. */
  private static final int MIN_RUN_KEY = 8;

  private static final Pattern STATUS = Pattern.compile("(?<![0-9])([1-5][0-9]{2})(?![0-9])");

  /**
   * One code of one catalog: a live one ({@code symbol}), or one it retired ({@code retired}).
   *
   * @param catalog the catalog
   * @param symbol the live code's names, or null for a retired code
   * @param retired the retired code, or null for a live one
   */
  public record Match(Catalog catalog, Symbols.Symbol symbol, Retired retired) {
    /**
     * A live code.
     *
     * @param catalog the catalog
     * @param symbol the code's names
     */
    public Match(Catalog catalog, Symbols.Symbol symbol) {
      this(catalog, symbol, null);
    }

    /** The code as it is (or was) on the wire. */
    public String code() {
      return symbol != null ? symbol.code() : retired.code();
    }
  }

  /**
   * What a query found.
   *
   * @param matches the codes, in catalog order; empty when none
   * @param didYouMean the nearest code when there is no match, else null
   */
  public record Result(List<Match> matches, String didYouMean) {}

  /**
   * Finds the codes a query names.
   *
   * @param catalogs where to look, in order (a code found in several is listed for each)
   * @param query a code, its constant or factory name, or a line that contains a code
   * @return the matches, or a suggestion
   */
  public static Result find(List<Catalog> catalogs, String query) {
    String q = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    String key = key(q);
    List<Match> exact = new ArrayList<>();
    List<Match> all = new ArrayList<>();
    for (Catalog c : catalogs) {
      for (Symbols.Symbol s : Symbols.of(c).all()) {
        Match m = new Match(c, s);
        all.add(m);
        if (!key.isEmpty() && (key.equals(key(s.code())) || key.equals(key(s.constant()))
            || key.equals(key(s.factory())))) {
          exact.add(m);
        }
      }
    }
    if (!exact.isEmpty()) {
      return new Result(exact, null);
    }
    // every code keeps its page: a retired one says so
    List<Match> retired = new ArrayList<>();
    for (Catalog c : catalogs) {
      for (Retired r : c.retired()) {
        if (!key.isEmpty() && key.equals(key(r.code()))) {
          retired.add(new Match(c, null, r));
        }
      }
    }
    if (!retired.isEmpty()) {
      return new Result(retired, null);
    }
    List<Match> inside = inside(all, q);
    if (!inside.isEmpty()) {
      return new Result(inside, null);
    }
    List<String> names = new ArrayList<>();
    all.forEach(m -> names.add(m.symbol().code()));
    return new Result(List.of(), key.isEmpty() ? null : DidYouMean.nearest(q.strip(), names));
  }

  /**
   * What to say when nothing matched, the same from every front end.
   *
   * @param result what {@link #find} gave (no matches)
   * @param query the query
   * @param catalogCount how many catalogs were searched
   * @return {@code no code 'x' in 5 catalogs (did you mean 'y'?)}, terminal-safe
   */
  public static String notFound(Result result, String query, int catalogCount) {
    String q = query.length() > 200 ? query.substring(0, 200) + "\u2026" : query;
    return LogSafe.text("no code '" + q + "' in " + catalogCount
        + (catalogCount == 1 ? " catalog" : " catalogs")
        + (result.didYouMean() != null ? " (did you mean '" + result.didYouMean() + "'?)" : ""));
  }

  /** The codes written inside a longer text: the longest, and of those the line's status. */
  private static List<Match> inside(List<Match> all, String text) {
    List<Match> found = new ArrayList<>();
    for (Match m : all) {
      if (key(m.symbol().code()).length() >= 2 && codePattern(m.symbol().code()).matcher(text).find()) {
        found.add(m);
      }
    }
    if (found.isEmpty()) {
      // a code the line split or quoted oddly ("EntityNotExist." Role Error.): its letters and
      // digits in a row, for codes long enough not to turn up by chance in an id
      String textKey = key(text);
      for (Match m : all) {
        String k = key(m.symbol().code());
        if (k.length() >= MIN_RUN_KEY && textKey.contains(k)) {
          found.add(m);
        }
      }
    }
    if (found.size() < 2) {
      return found;
    }
    int longest = found.stream().mapToInt(m -> key(m.symbol().code()).length()).max().orElse(0);
    found.removeIf(m -> key(m.symbol().code()).length() < longest);
    Matcher status = STATUS.matcher(text);
    if (found.size() > 1 && status.find()) {
      int s = Integer.parseInt(status.group(1));
      List<Match> sameStatus = found.stream()
          .filter(m -> m.catalog().statusOf(m.symbol().primary()).orElse(0) == s).toList();
      if (!sameStatus.isEmpty()) {
        return sameStatus;
      }
    }
    return found;
  }

  /** A code as words anywhere in a text: its letter and digit runs, any separators between. */
  private static Pattern codePattern(String code) {
    List<String> runs = new ArrayList<>();
    for (String run : code.split("[^\\p{Alnum}]+")) {
      if (!run.isEmpty()) {
        runs.add(Pattern.quote(run));
      }
    }
    return Pattern.compile("(?<![\\p{Alnum}])" + String.join("[\\s_.\\-:/\"'`]*", runs)
        + "(?![\\p{Alnum}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Letters and digits only, upper-cased: what two spellings of one code share. */
  static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * The card of one code as plain text: code, catalog, status, texts, the variant of each
   * operation, retry hint, source, the Java names and the reference link. Catalog texts are made
   * safe for a terminal ({@code LogSafe}): a catalog cannot move the cursor or forge lines.
   *
   * @param m the match
   * @param docsBaseUrl where the HTML reference is published, or null for the page's file name
   * @return the text, lines ending in {@code \n}
   */
  public static String render(Match m, String docsBaseUrl) {
    Catalog c = m.catalog();
    if (m.retired() != null) {
      Retired r = m.retired();
      StringBuilder out = new StringBuilder();
      line(out, r.code() + "  \u2014  " + Labels.productName(c) + " (" + c.product().id() + ")");
      line(out, "Retired" + (r.since() == null ? "" : " since " + r.since())
          + ": the product no longer returns this code, and it will never mean anything else.");
      if (r.note() != null) {
        line(out, r.note().strip());
      }
      line(out, "Reference: " + Symbols.pageUrl(docsBaseUrl, c.product().id()) + "#"
          + Symbols.urlFragment(Labels.retiredAnchors(c).get(r)));
      return out.toString();
    }
    Symbols.Symbol s = m.symbol();
    ErrorEntry first = s.primary();
    StringBuilder out = new StringBuilder();
    line(out, s.code() + "  \u2014  " + Labels.productName(c) + " (" + c.product().id() + ")");
    c.statusOf(first).ifPresent(st -> line(out, "HTTP " + ReasonPhrases.label(st)));
    out.append('\n');
    if (s.variants().size() == 1) {
      texts(out, first, "");
      if (!first.operations().isEmpty()) {
        line(out, "Operations: " + String.join(", ", first.operations()));
      }
    } else {
      for (ErrorEntry v : s.variants()) {
        line(out, "In " + (v.operations().isEmpty() ? "every other operation"
            : String.join(", ", v.operations()))
            + c.statusOf(v).map(st -> " (HTTP " + ReasonPhrases.label(st) + ")").orElse("") + ":");
        texts(out, v, "  ");
      }
    }
    if (first.deprecated() != null) {
      line(out, "Deprecated: " + Labels.deprecation(first.deprecated()));
    }
    line(out, "Retry: " + retry(c, first));
    if (first.source() != null) {
      line(out, "Source: " + Labels.sourceTitle(c, first.source())
          .map(t -> t + " (" + first.source() + ")").orElse(first.source()));
    }
    String pkg = c.product().javaPackage() + ".";
    line(out, "Java: " + pkg + c.product().javaPrefix() + "Error." + s.constant() + ", "
        + c.product().javaPrefix() + "Exception." + s.factory() + "(\u2026)");
    line(out, "Reference: " + Symbols.of(c).codeUrl(docsBaseUrl, s));
    return out.toString();
  }

  private static void texts(StringBuilder out, ErrorEntry e, String indent) {
    line(out, indent + (e.message() == null ? "(no message in the catalog)" : e.message()));
    if (e.description() != null) {
      line(out, indent + e.description());
    }
    if (e.solution() != null) {
      line(out, indent + "Solution: " + e.solution());
    }
    if (e.notes() != null) {
      line(out, indent + "Note: " + e.notes());
    }
  }

  private static String retry(Catalog c, ErrorEntry e) {
    if (e.retry() != null) {
      return Labels.retry(e.retry());
    }
    int status = c.statusOf(e).orElse(0);
    if (status == 0) {
      return "the source says nothing";
    }
    return "the source says nothing; errcat's rule for HTTP " + status + ": "
        + (RetryHint.forStatus(status).retryable() ? "retryable" : "do not retry");
  }

  /** One line; multi-line catalog texts stay one block, each line made terminal-safe. */
  private static void line(StringBuilder out, String text) {
    for (String l : text.split("\r\n|\r|\n|\u2028|\u2029", -1)) {
      out.append(LogSafe.text(l)).append('\n');
    }
  }
}
