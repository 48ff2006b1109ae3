package io.errcat.runtime;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * Which language an answer speaks: the one rule for every server adapter and generated mapper.
 * A request's {@code Accept-Language} (RFC 9110) is read as language ranges by quality, and the
 * first range the error has texts for wins, by RFC 4647 lookup ({@code zh-Hant-TW}, then {@code
 * zh-Hant}, then {@code zh}), then by its primary language alone ({@code zh} finds {@code zh-CN}:
 * a Chinese reader is better served in Chinese than in the catalog's own language). Without a
 * match, the catalog's own language.
 *
 * <p>Bounded for hostile headers: at most {@value #MAX_HEADER} characters and {@value #MAX_RANGES}
 * ranges are read, a malformed range is skipped, never an exception.
 */
public final class Languages {
  /** Longer headers are read up to here: no browser sends more than a few dozen characters. */
  static final int MAX_HEADER = 4096;
  /** Ranges read from one header. */
  static final int MAX_RANGES = 32;
  /** A tag longer than this is no language tag a catalog holds (RFC 5646 asks for 35 at least). */
  static final int MAX_TAG = 64;

  private Languages() {}

  /**
   * The language ranges of {@code Accept-Language} values, best first (equal qualities keep
   * their order); ranges with quality 0 and malformed ones are left out.
   *
   * @param acceptLanguage the header's values joined by commas, or {@code null}
   * @return the ranges, lower case, e.g. {@code [zh-hant-tw, zh, en]}; empty when none
   */
  public static List<String> ranges(String acceptLanguage) {
    List<Weighted> read = new ArrayList<>();
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return List.of();
    }
    String header = acceptLanguage.length() > MAX_HEADER
        ? acceptLanguage.substring(0, MAX_HEADER) : acceptLanguage;
    int start = 0;
    while (start <= header.length() && read.size() < MAX_RANGES) {
      int comma = header.indexOf(',', start);
      int end = comma < 0 ? header.length() : comma;
      String part = header.substring(start, end).strip();
      start = end + 1;
      int semi = part.indexOf(';');
      String range = (semi < 0 ? part : part.substring(0, semi)).strip();
      double quality = semi < 0 ? 1 : quality(part.substring(semi + 1));
      if (quality > 0 && range.length() <= MAX_TAG && wellFormedRange(range)) {
        read.add(new Weighted(range.toLowerCase(Locale.ROOT), quality));
      }
      if (comma < 0) {
        break;
      }
    }
    // a stable sort: equal qualities keep the header's order
    read.sort((a, b) -> Double.compare(b.quality(), a.quality()));
    List<String> out = new ArrayList<>(read.size());
    for (Weighted w : read) {
      out.add(w.range());
    }
    return out;
  }

  /** A range and its quality. */
  private record Weighted(String range, double quality) {}

  /**
   * The range for one locale, as a server's {@code LocaleResolver} decides it.
   *
   * @param locale the locale, or {@code null}
   * @return its tag as the single range, or empty for none or {@link Locale#ROOT}
   */
  public static List<String> ranges(Locale locale) {
    if (locale == null || locale.getLanguage().isEmpty()) {
      return List.of();
    }
    return List.of(locale.toLanguageTag().toLowerCase(Locale.ROOT));
  }

  /**
   * The language to answer in.
   *
   * @param ranges the caller's ranges, best first ({@link #ranges(String)})
   * @param available the tags the error has translations in
   * @param own the tag of the catalog's own texts
   * @return one of {@code available}, or {@code own}
   */
  public static String choose(List<String> ranges, List<String> available, String own) {
    for (String range : ranges) {
      if (range.equals("*")) {
        return own;
      }
      // RFC 4647 lookup: the range, then with its last subtag cut off, down to the language
      for (String r = range; !r.isEmpty(); r = truncate(r)) {
        if (r.equalsIgnoreCase(own)) {
          return own;
        }
        for (String tag : available) {
          if (r.equalsIgnoreCase(tag)) {
            return tag;
          }
        }
      }
      String language = primary(range);
      if (language.equalsIgnoreCase(primary(own))) {
        return own;
      }
      for (String tag : available) {
        if (language.equalsIgnoreCase(primary(tag))) {
          return tag;
        }
      }
    }
    return own;
  }

  /**
   * A {@code Content-Language} value as a client reads it: the first tag, when well-formed.
   *
   * @param header the header's value, or {@code null}
   * @return the tag as sent, or {@code null}
   */
  public static String contentLanguage(String header) {
    if (header == null) {
      return null;
    }
    int comma = header.indexOf(',');
    String tag = (comma < 0 ? header : header.substring(0, comma)).trim();
    if (tag.isEmpty() || tag.length() > MAX_TAG) {
      return null;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
      return tag;
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  private static String truncate(String range) {
    int dash = range.lastIndexOf('-');
    if (dash < 0) {
      return "";
    }
    String cut = range.substring(0, dash);
    // a single-letter subtag (an extension or private-use singleton) goes with what follows it
    int before = cut.lastIndexOf('-');
    return before >= 0 && cut.length() - before == 2 ? cut.substring(0, before) : cut;
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  private static boolean wellFormedRange(String range) {
    if (range.equals("*")) {
      return true;
    }
    try {
      new Locale.LanguageRange(range);
      return !range.startsWith("*");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static double quality(String params) {
    for (String p : params.split(";", 8)) {
      String t = p.trim();
      if (t.length() > 2 && (t.startsWith("q=") || t.startsWith("Q="))) {
        String v = t.substring(2).trim();
        // RFC 9110 qvalue: 0, 0.x to three digits, 1, 1.000
        if (v.length() > 5) {
          return 0;
        }
        try {
          double q = Double.parseDouble(v);
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
