package io.errcat.catalog.docs;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Retry;
import io.errcat.catalog.model.Source;
import io.errcat.catalog.model.Symbols;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Human-readable labels shared by the HTML and Markdown pages. */
final class Labels {
  private Labels() {}

  /** What a document says about retrying, e.g. "Retry after 10 min". */
  static String retry(Retry r) {
    if (!r.retryable()) {
      return "Do not retry";
    }
    return r.after() == null ? "Retryable" : "Retry after " + duration(r.after());
  }

  /** {@code PT10M} → {@code 10 min}; {@code PT1H30M} → {@code 1 h 30 min}. */
  static String duration(Duration d) {
    long s = d.getSeconds();
    StringBuilder out = new StringBuilder();
    long h = s / 3600;
    long m = s % 3600 / 60;
    long sec = s % 60;
    if (h > 0) out.append(h).append(" h");
    if (m > 0) out.append(out.length() > 0 ? " " : "").append(m).append(" min");
    if (sec > 0 || out.length() == 0) out.append(out.length() > 0 ? " " : "").append(sec).append(" s");
    return out.toString();
  }

  /**
   * An entry's source as a reader names it: the document's title and section from
   * {@code product.sources} ({@code 000_x.txt#error-codes} → "faascmd FAQ — Error codes"). The
   * fragment picks the section whose name it is a slug of; a fragment naming no section gives the
   * title alone, and a document the catalog does not describe gives nothing.
   */
  static Optional<String> sourceTitle(Catalog catalog, String source) {
    int hash = source.indexOf('#');
    String doc = hash < 0 ? source : source.substring(0, hash);
    String fragment = hash < 0 ? null : source.substring(hash + 1);
    List<Source> matches = catalog.product().sources().stream()
        .filter(s -> s.document().equals(doc) && s.title() != null).toList();
    for (Source s : matches) {
      if (s.section() != null && fragment != null && slug(s.section()).equals(slug(fragment))) {
        return Optional.of(s.title() + " \u2014 " + s.section());
      }
    }
    if (matches.size() == 1 && fragment == null) {
      Source s = matches.get(0);
      return Optional.of(s.section() == null ? s.title() : s.title() + " \u2014 " + s.section());
    }
    return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0).title());
  }

  /** An entry's source in HTML: its title as a citation (the reference in its tooltip), else code. */
  static String sourceHtml(Catalog catalog, String source) {
    return sourceTitle(catalog, source)
        .map(t -> "<cite title=\"" + Escape.attr(source) + "\">" + Escape.html(t) + "</cite>")
        .orElse("<code>" + Escape.html(source) + "</code>");
  }

  /** "Common error codes" and "common-error-codes" → "common-error-codes". */
  private static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{Alnum}]+", "-").replaceAll("^-|-$", "");
  }

  /** "since 2.0; use OTHER. note" — what a deprecation says, in words. */
  static String deprecation(io.errcat.catalog.model.Deprecation d) {
    StringBuilder b = new StringBuilder(d.since() == null ? "yes" : "since " + d.since());
    if (d.replacedBy() != null) {
      b.append("; use ").append(d.replacedBy());
    }
    b.append('.');
    if (d.note() != null) {
      b.append(' ').append(d.note().strip());
    }
    return b.toString();
  }

  /**
   * The anchor of each retired code's tombstone: its Java name, as its card had, unless that is
   * now a page id or a live card's anchor (then {@code retired-<NAME>}). One rule for the page
   * and for {@code explain}'s link.
   */
  static java.util.Map<io.errcat.catalog.model.Retired, String> retiredAnchors(Catalog catalog) {
    java.util.Set<String> taken = new java.util.HashSet<>(Symbols.PAGE_IDS);
    Symbols.of(catalog).all().forEach(s -> taken.add(s.anchor()));
    java.util.Map<io.errcat.catalog.model.Retired, String> out = new java.util.LinkedHashMap<>();
    for (var r : catalog.retired()) {
      String anchor = io.errcat.catalog.model.Naming.constantName(r.code());
      if (!taken.add(anchor)) {
        anchor = "retired-" + anchor;
        taken.add(anchor);
      }
      out.put(r, anchor);
    }
    return out;
  }

  /** The product's display name, falling back to its id. */
  static String productName(Catalog catalog) {
    String name = catalog.product().name();
    return name == null || name.isBlank() ? catalog.product().id() : name;
  }

  static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
