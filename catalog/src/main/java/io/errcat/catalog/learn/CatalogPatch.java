package io.errcat.catalog.learn;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Retired;
import io.errcat.catalog.yaml.CatalogLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns what traffic showed into a proposed change of one catalog file: a draft entry for each
 * code the catalog does not list (its most frequent status, the message seen, under a {@code #
 * REVIEW} comment with the counts and first and last sightings), a review note above the entry of
 * a known code met with another status, a note for a retired code met again. Lines are only
 * added: every line of the file stays as it was, comments and layout included. What is no
 * catalog change (bodies not in the product's format) is only summarised.
 */
public final class CatalogPatch {
  /** What {@link #propose} gives. */
  public record Proposal(String text, boolean changed, List<String> summary, int drafts,
      int notes) {}

  private CatalogPatch() {}

  /**
   * The proposal for one catalog.
   *
   * @param catalog the catalog as loaded from {@code content}
   * @param displayName the file's name
   * @param content the file's bytes
   * @param traffic what was read ({@link TrafficReader}); sightings of other catalogs are left out
   * @return the file's text with the additions, and one summary line per proposal
   */
  public static Proposal propose(Catalog catalog, String displayName, byte[] content,
      List<Observation> traffic) {
    String id = catalog.product().id();
    String text = new String(content, StandardCharsets.UTF_8);
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    Map<String, List<ErrorEntry>> byCode = catalog.entriesByCode();
    Set<String> retired = new HashSet<>();
    for (Retired r : catalog.retired()) {
      retired.add(r.code());
    }
    // sightings of this catalog by code (unknown and retired codes), and notes by known code
    Map<String, List<Observation>> unknown = new TreeMap<>();
    Map<String, List<Observation>> otherStatus = new TreeMap<>();
    Map<Integer, List<Observation>> notProduct = new TreeMap<>();
    for (Observation o : traffic) {
      if (o.catalog() != null && !o.catalog().equals(id)) {
        continue;
      }
      if (o.kind().equals("NOT_PRODUCT_FORMAT") || o.code() == null) {
        notProduct.computeIfAbsent(o.status(), k -> new ArrayList<>()).add(o);
      } else if (byCode.containsKey(o.code())) {
        if (o.kind().equals("UNEXPECTED_STATUS") && !knownStatus(catalog, byCode.get(o.code()),
            o.status())) {
          otherStatus.computeIfAbsent(o.code(), k -> new ArrayList<>()).add(o);
        }
      } else {
        unknown.computeIfAbsent(o.code(), k -> new ArrayList<>()).add(o);
      }
    }
    List<String> summary = new ArrayList<>();
    Optional<CatalogLayout> layout = CatalogLayout.of(displayName, content);
    Map<Integer, List<String>> inserts = new TreeMap<>(Comparator.reverseOrder());
    String indent = " ".repeat(layout.map(CatalogLayout::dashColumn).orElse(2));
    int drafts = 0;
    int notes = 0;
    // notes above the first entry of each known code met with another status
    for (Map.Entry<String, List<Observation>> e : otherStatus.entrySet()) {
      ErrorEntry first = byCode.get(e.getKey()).get(0);
      Observation all = sum(e.getValue());
      String note = "'" + comment(e.getKey()) + "' met " + times(all.count()) + " with HTTP "
          + (e.getValue().size() > 1 ? statuses(e.getValue()) : all.status())
          + ", which the catalog does not give it (" + span(all) + ")";
      summary.add("note: " + note);
      int line = first.at().self().line() - 1;
      Optional<Integer> start = layout.flatMap(l -> l.itemStarts().stream()
          .filter(s -> s <= line).max(Integer::compare));
      if (layout.isPresent() && layout.get().block() && start.isPresent()) {
        inserts.computeIfAbsent(start.get(), k -> new ArrayList<>())
            .add(indent + "# REVIEW (errcat learn): " + comment(note) + ".");
        notes++;
      }
    }
    // drafts, most frequent first
    List<Map.Entry<String, List<Observation>>> codes = new ArrayList<>(unknown.entrySet());
    codes.sort(Comparator.comparingLong((Map.Entry<String, List<Observation>> e) ->
        sum(e.getValue()).count()).reversed().thenComparing(Map.Entry::getKey));
    List<String> block = new ArrayList<>();
    for (Map.Entry<String, List<Observation>> e : codes) {
      String code = e.getKey();
      Observation all = sum(e.getValue());
      if (retired.contains(code)) {
        String note = "retired code '" + comment(code) + "' met again " + times(all.count()) + " ("
            + span(all) + "): a retired code is never reused, so this is a server that still"
            + " sends it";
        summary.add("note: " + note);
        block.add(indent + "# REVIEW (errcat learn): " + comment(note) + ".");
        notes++;
        continue;
      }
      int status = mostFrequentStatus(e.getValue());
      String message = all.message();
      boolean literal = message != null && !message.matches("(?s).*%[sd].*");
      summary.add("draft: '" + comment(code) + "' HTTP " + status + ", met " + times(all.count()) + " ("
          + span(all) + ")");
      block.add(indent + "# REVIEW (errcat learn): met " + times(all.count()) + " in traffic, "
          + span(all) + (e.getValue().size() > 1 ? "; HTTP " + statuses(e.getValue()) : "")
          + (all.operation() != null ? "; in " + comment(all.operation()) : "")
          + (message != null && !literal ? "; message seen: " + comment(message) : "") + ".");
      block.add(indent + "# Not in the product's documents: check it, add description, solution"
          + " and source, then remove these comments.");
      block.add(indent + "- code: " + quoted(code));
      if (status > 0) {
        block.add(indent + "  httpStatus: " + status);
      }
      if (literal) {
        block.add(indent + "  message: " + quoted(message));
      }
      drafts++;
    }
    if (!block.isEmpty()) {
      if (layout.isPresent() && layout.get().block()) {
        inserts.computeIfAbsent(layout.get().end(), k -> new ArrayList<>()).addAll(block);
      } else {
        summary.add("the file's errors list is not a block list: the drafts are below, to add by"
            + " hand");
        block.forEach(l -> summary.add("  " + l.strip()));
      }
    }
    for (Map.Entry<Integer, List<Observation>> e : notProduct.entrySet()) {
      Observation all = sum(e.getValue());
      summary.add("not the product's format: HTTP " + e.getKey() + ", " + times(all.count())
          + " (" + span(all) + "), no catalog change");
    }
    for (Map.Entry<Integer, List<String>> e : inserts.entrySet()) {
      int at = Math.min(e.getKey(), lines.size());
      lines.addAll(at, e.getValue());
    }
    String patched = String.join(eol, lines);
    return new Proposal(patched, !inserts.isEmpty(), List.copyOf(summary), drafts, notes);
  }

  private static boolean knownStatus(Catalog c, List<ErrorEntry> entries, int status) {
    for (ErrorEntry e : entries) {
      if (c.statusOf(e).map(s -> s == status).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  private static Observation sum(List<Observation> os) {
    Observation all = os.get(0);
    for (int i = 1; i < os.size(); i++) {
      all = all.plus(os.get(i));
    }
    return all;
  }

  private static int mostFrequentStatus(List<Observation> os) {
    Map<Integer, Long> counts = new TreeMap<>();
    for (Observation o : os) {
      counts.merge(o.status(), o.count(), (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
    }
    return counts.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
  }

  private static String statuses(List<Observation> os) {
    Map<Integer, Long> counts = new TreeMap<>();
    for (Observation o : os) {
      counts.merge(o.status(), o.count(), (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((s, n) -> parts.add(s + " (" + times(n) + ")"));
    return String.join(", ", parts);
  }

  private static String times(long n) {
    return n == 1 ? "once" : String.format(java.util.Locale.ROOT, "%,d times", n);
  }

  private static String span(Observation o) {
    return o.firstSeen().equals(o.lastSeen()) ? "on " + o.firstSeen()
        : "from " + o.firstSeen() + " to " + o.lastSeen();
  }

  /** A text for a comment line: one line, no control characters, bounded. */
  private static String comment(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 200; i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    return b.length() < s.length() ? b + "..." : b.toString();
  }

  /** A YAML double-quoted scalar: any text, read back exactly. */
  static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c == '\u2028' || c == '\u2029'
              || c == '\ufeff') {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
