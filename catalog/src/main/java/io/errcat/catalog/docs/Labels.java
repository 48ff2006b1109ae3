package io.errcat.catalog.docs;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Retry;
import io.errcat.catalog.model.Source;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Human-readable labels shared by the HTML and Markdown pages. */
final class Labels {
  private Labels() {}

  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
      Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"),
      Map.entry(410, "Gone"), Map.entry(412, "Precondition Failed"),
      Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"),
      Map.entry(429, "Too Many Requests"), Map.entry(499, "Client Closed Request"),
      Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
      Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"));

  /** {@code 503 Service Unavailable}, or just the number for statuses without a common phrase. */
  static String status(int status) {
    String reason = REASONS.get(status);
    return reason == null ? Integer.toString(status) : status + " " + reason;
  }

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
   * The title of an entry's source document ({@code 000_x.txt#faq} → "faascmd FAQ — Error codes"),
   * when the catalog's {@code product.sources} names that document. When several sources name the
   * same document (sections of one file), only the shared title is given.
   */
  static Optional<String> sourceTitle(Catalog catalog, String source) {
    String doc = source.contains("#") ? source.substring(0, source.indexOf('#')) : source;
    List<Source> matches = catalog.product().sources().stream()
        .filter(s -> s.document().equals(doc) && s.title() != null).toList();
    if (matches.isEmpty()) {
      return Optional.empty();
    }
    Source s = matches.get(0);
    if (matches.size() == 1) {
      return Optional.of(s.section() == null ? s.title() : s.title() + " \u2014 " + s.section());
    }
    boolean sameTitle = matches.stream().allMatch(m -> m.title().equals(s.title()));
    return sameTitle ? Optional.of(s.title()) : Optional.empty();
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
