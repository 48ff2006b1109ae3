package io.errcat.catalog.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the error tables of the five seed documents (test resources {@code /seeds/}) straight from
 * their text, independently of the catalogs, so that tests can compare every row with the bundled
 * entries. Each parser asserts the layout it expects and fails loudly when a document does not match.
 */
final class SeedTables {
  static final String FAAS = "000_411fc1c005104528.txt";
  static final String YUANRONG = "001_3e9193a07ec53bf6.txt";
  static final String IMAGE_SEARCH = "002_ef4b1cbd1c2a64a9.txt";
  static final String FC_ERRORS = "003_7c922f9710c17b82.txt";
  static final String FC_REFERENCE = "004_f745180b8a5e963d.txt";

  /**
   * One table row as the document writes it. Absent columns are null; {@code operations} is the
   * FaaS scope (empty for "all"), null for other documents.
   */
  record Row(String code, Integer status, String message, String description, String solution,
      List<String> operations) {}

  /** One region of 004's endpoint tables. */
  record Region(String name, String publicEndpoint, String internalEndpoint) {}

  private SeedTables() {}

  static String read(String document) {
    try (InputStream in = SeedTables.class.getResourceAsStream("/seeds/" + document)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /seeds/" + document);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collapses every run of whitespace to one space: how table cells are compared. */
  static String norm(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }

  /**
   * Normalises each paragraph (blank-line separated) on its own and keeps the paragraph breaks:
   * how multi-paragraph cells are compared.
   */
  static String paragraphs(String s) {
    if (s == null) {
      return null;
    }
    return Arrays.stream(s.strip().split("\\n\\s*\\n"))
        .map(SeedTables::norm)
        .reduce((a, b) -> a + "\n\n" + b)
        .orElse("");
  }

  // ---- 000: a Markdown pipe table whose last column spans rows ----

  static List<Row> faas() {
    String text = read(FAAS);
    int start = text.indexOf("|HTTP status code|Error code|Error message|Description|Application scope|");
    check(start >= 0, "000: error table header");
    String[] lines = text.substring(start).split("\n");
    check(lines[1].startsWith("|---"), "000: separator row");
    List<String> rows = new ArrayList<>();
    for (int i = 2; i < lines.length; i++) {
      if (lines[i].startsWith("|")) {
        rows.add(lines[i]);
      } else if (!lines[i].isBlank()) {
        check(!rows.isEmpty(), "000: continuation before the first row");
        rows.set(rows.size() - 1, rows.get(rows.size() - 1) + "\n" + lines[i]);
      }
    }
    List<Row> out = new ArrayList<>();
    List<String> scope = null;
    for (String row : rows) {
      String body = row.strip();
      check(body.startsWith("|") && body.endsWith("|"), "000: row is not closed: " + row);
      String[] cells = body.substring(1, body.length() - 1).split("\\|", -1);
      check(cells.length == 4 || cells.length == 5, "000: cell count of " + row);
      if (cells.length == 5) {
        scope = scope(cells[4]);
      }
      check(scope != null, "000: first row has no scope");
      out.add(new Row(cells[1].strip(), Integer.valueOf(cells[0].strip()), norm(cells[2]),
          norm(cells[3]), null, scope));
    }
    return out;
  }

  /** "All API operations" → empty; otherwise the names listed after "API operation(s):". */
  private static List<String> scope(String cell) {
    if (cell.contains("All API operations")) {
      return List.of();
    }
    Matcher m = Pattern.compile("API operations?:(.*)", Pattern.DOTALL).matcher(cell);
    check(m.find(), "000: scope without API operations: " + cell);
    return Arrays.stream(m.group(1).split("\\n"))
        .map(s -> s.strip().replaceFirst("^-\\s*", "").strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  // ---- 001: one cell per line, blank lines between ----

  static List<Row> yuanrongSdk() {
    List<String> cells = nonBlankLines(read(YUANRONG));
    int from = expectHeader(cells, "SDK Error Codes#", "Error Code", "Description", "Solution");
    int to = cells.indexOf("Note");
    check(to > from && (to - from) % 3 == 0, "001: SDK table shape");
    List<Row> out = new ArrayList<>();
    for (int i = from; i < to; i += 3) {
      check(cells.get(i).matches("\\d{4}"), "001: SDK code " + cells.get(i));
      out.add(new Row(cells.get(i), null, null, cells.get(i + 1), cells.get(i + 2), null));
    }
    return out;
  }

  static List<Row> yuanrongRest() {
    List<String> cells = nonBlankLines(read(YUANRONG));
    int from = expectHeader(cells, "REST API Error Codes#", "Error Code", "Error Message", "Description");
    check((cells.size() - from) % 3 == 0, "001: REST table shape");
    List<Row> out = new ArrayList<>();
    for (int i = from; i < cells.size(); i += 3) {
      check(cells.get(i).matches("\\d{4,6}"), "001: REST code " + cells.get(i));
      out.add(new Row(cells.get(i), null, cells.get(i + 1), cells.get(i + 2), null, null));
    }
    return out;
  }

  // ---- 002: one paragraph per cell; APIG.0301's cells have three paragraphs each ----

  private static final Pattern IS_CODE = Pattern.compile("(IS|APIG|ModelArts)\\.\\d{4}|Others");

  /** Every row of Table 1, "Others" included (with only a message: its advice). */
  static List<Row> imageSearch() {
    List<String> cells = nonBlankLines(read(IMAGE_SEARCH));
    int from = expectHeader(cells, "Table 1 Error codes", "Status Code", "Error Code",
        "Error Message", "Description", "Solution");
    List<Row> out = new ArrayList<>();
    int i = from;
    while (i < cells.size()) {
      check(cells.get(i).equals("400") && IS_CODE.matcher(cells.get(i + 1)).matches(),
          "002: row start at " + cells.get(i));
      int end = i + 2;
      while (end < cells.size()
          && !(cells.get(end).equals("400") && end + 1 < cells.size()
              && IS_CODE.matcher(cells.get(end + 1)).matches())) {
        end++;
      }
      List<String> texts = cells.subList(i + 2, end);
      String code = cells.get(i + 1);
      if (code.equals("Others")) {
        check(texts.size() == 1, "002: Others row");
        out.add(new Row(code, 400, texts.get(0), null, null, null));
      } else {
        check(texts.size() % 3 == 0, "002: cells of " + code);
        int n = texts.size() / 3;
        out.add(new Row(code, 400, String.join("\n\n", texts.subList(0, n)),
            String.join("\n\n", texts.subList(n, 2 * n)), String.join("\n\n", texts.subList(2 * n, 3 * n)),
            null));
      }
      i = end;
    }
    return out;
  }

  // ---- 003: space-separated rows; the description is the one sentence starting "The error message returned" ----

  static List<Row> functionComputeErrors() {
    String[] lines = read(FC_ERRORS).split("\n");
    int h = List.of(lines).indexOf("HTTP status code Error code Error message Description Solution");
    check(h >= 0, "003: table header");
    Pattern row = Pattern.compile("(\\d{3}) (\\S+) (.*?) ?(The error message returned because [^.]*\\.) (.*)");
    List<Row> out = new ArrayList<>();
    for (int i = h + 1; i < lines.length && !lines[i].isBlank(); i++) {
      Matcher m = row.matcher(lines[i].strip());
      check(m.matches(), "003: row " + lines[i]);
      out.add(new Row(m.group(2), Integer.valueOf(m.group(1)), m.group(3), m.group(4), m.group(5), null));
    }
    return out;
  }

  // ---- 004: tab-separated rows (cause in the description column) and endpoint tables ----

  static List<Row> functionComputeReference() {
    List<Row> out = new ArrayList<>();
    for (String line : read(FC_REFERENCE).split("\n")) {
      String[] c = line.split("\t");
      if (c.length == 4 && c[0].matches("\\d{3}")) {
        out.add(new Row(c[1].strip(), Integer.valueOf(c[0]), null, norm(c[2]), norm(c[3]), null));
      }
    }
    return out;
  }

  static List<Region> functionComputeRegions() {
    String text = read(FC_REFERENCE);
    int pub = text.indexOf("- Public endpoints");
    int internal = text.indexOf("- **Internal endpoints**");
    int end = text.indexOf("## References");
    check(pub > 0 && internal > pub && end > internal, "004: endpoint sections");
    List<String[]> publicRows = regionRows(text.substring(pub, internal));
    List<String[]> internalRows = regionRows(text.substring(internal, end));
    check(publicRows.size() == internalRows.size(), "004: public and internal tables differ in size");
    List<Region> out = new ArrayList<>();
    for (String[] p : publicRows) {
      String internalEndpoint = internalRows.stream().filter(r -> r[0].equals(p[0])).map(r -> r[1])
          .findFirst().orElseThrow(() -> new IllegalStateException("004: no internal endpoint for " + p[0]));
      out.add(new Region(p[0], p[1], internalEndpoint));
    }
    return out;
  }

  private static List<String[]> regionRows(String section) {
    List<String[]> rows = new ArrayList<>();
    for (String line : section.split("\n")) {
      String[] c = line.split("\t");
      if (c.length == 2 && !c[0].equals("Region")) {
        rows.add(new String[] {c[0].strip(), c[1].strip()});
      }
    }
    return rows;
  }

  // ---- helpers ----

  private static List<String> nonBlankLines(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The index just after a heading followed by the given column titles. */
  private static int expectHeader(List<String> cells, String heading, String... columns) {
    int at = cells.indexOf(heading);
    check(at >= 0, "heading " + heading);
    for (int i = 0; i < columns.length; i++) {
      check(cells.get(at + 1 + i).equals(columns[i]), heading + ": column " + columns[i]);
    }
    return at + 1 + columns.length;
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("seed document layout not as expected: " + what);
    }
  }
}
