package io.errcat.catalog.learn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the JSON Lines the runtime's {@code JsonLinesSink} writes, in bounded memory whatever the
 * input: lines are read one at a time and cut at {@value #MAX_LINE} characters (the rest of such a
 * line is skipped, not kept), sightings are summed by (catalog, kind, status, code) up to
 * {@value #MAX_KEYS} keys, and a bad line — not JSON, truncated, a wrong type, an unknown kind, a
 * negative count — is reported with its number and skipped. Every good line is counted.
 */
public final class TrafficReader {
  /** Characters of one line read; a longer line is reported and skipped. */
  public static final int MAX_LINE = 64 * 1024;
  /** Distinct (catalog, kind, status, code) kept; more are counted as dropped. */
  public static final int MAX_KEYS = 50_000;
  /** Problems listed one by one; beyond, only counted. */
  public static final int MAX_PROBLEMS = 100;

  private static final Set<String> KINDS =
      Set.of("UNKNOWN_CODE", "RETIRED_CODE", "UNEXPECTED_STATUS", "NOT_PRODUCT_FORMAT");
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8)
          .maxStringLength(MAX_LINE).build())
      .build();

  private record Key(String catalog, String kind, int status, String code) {}

  private final Map<Key, Observation> seen = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private long problemCount;
  private long goodLines;
  private long droppedKeys;
  private long droppedBySink;

  /** What was read from every file given so far. */
  public record Result(List<Observation> observations, long goodLines, List<String> problems,
      long problemCount, long droppedKeys, long droppedBySink) {}

  /**
   * The traffic files a path names, for every front end alike: a file as it is; a directory's
   * {@code *.jsonl} files directly in it, sorted by name (the runtime's {@code JsonLinesSink}
   * writes one per process), so every machine reads them in the same order.
   *
   * @param path a file or a directory
   * @return the files to read
   * @throws IOException when the directory cannot be listed
   */
  public static List<Path> files(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> list = Files.list(path)) {
      return list.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /**
   * Reads one file's lines.
   *
   * @param name the file's name, for problems ({@code name:line: why})
   * @param in its bytes; read to the end, not closed
   * @throws IOException when reading fails
   */
  public void read(String name, InputStream in) throws IOException {
    Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    char[] buf = new char[8192];
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    long number = 1;
    int n;
    while ((n = r.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        char c = buf[i];
        if (c == '\n') {
          finish(name, number++, line, tooLong);
          line.setLength(0);
          tooLong = false;
        } else if (!tooLong) {
          if (line.length() >= MAX_LINE) {
            tooLong = true;
          } else {
            line.append(c);
          }
        }
      }
    }
    if (line.length() > 0 || tooLong) {
      finish(name, number, line, tooLong);
    }
  }

  /** Everything read so far, in order of first sighting. */
  public Result result() {
    return new Result(List.copyOf(seen.values()), goodLines, List.copyOf(problems), problemCount,
        droppedKeys, droppedBySink);
  }

  private void finish(String name, long number, StringBuilder line, boolean tooLong) {
    if (tooLong) {
      problem(name, number, "longer than " + MAX_LINE + " characters, skipped");
      return;
    }
    String text = line.toString().strip();
    if (text.isEmpty()) {
      return;
    }
    try {
      parse(text);
      goodLines++;
    } catch (BadLine e) {
      problem(name, number, e.getMessage());
    } catch (IOException | RuntimeException e) {
      String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      problem(name, number, "not a JSON object (" + (m.length() > 120 ? m.substring(0, 120) + "..."
          : m) + ")");
    }
  }

  private void problem(String name, long number, String why) {
    problemCount++;
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(name + ":" + number + ": " + why);
    }
  }

  /** A line that is JSON but not a sighting. */
  private static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;

    BadLine(String message) {
      super(message, null, false, false);
    }
  }

  private void parse(String text) throws IOException, BadLine {
    Map<String, Object> f = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadLine("not a JSON object");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        if (t != JsonToken.FIELD_NAME) {
          throw new BadLine("not a JSON object");
        }
        String field = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.VALUE_STRING) {
          f.put(field, p.getText());
        } else if (v == JsonToken.VALUE_NUMBER_INT) {
          f.put(field, p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? null
              : p.getLongValue());
        } else {
          p.skipChildren();
          f.put(field, v.isScalarValue() ? Boolean.FALSE : List.of());
        }
      }
      if (p.nextToken() != null) {
        throw new BadLine("more than one JSON value on the line");
      }
    }
    if (f.containsKey("dropped") && !f.containsKey("kind")) {
      droppedBySink += number(f, "dropped", 0, Long.MAX_VALUE);
      return;
    }
    String kind = text(f, "kind", true);
    if (!KINDS.contains(kind)) {
      throw new BadLine("'kind' is " + shorten(kind) + ", not one of " + String.join(", ",
          KINDS.stream().sorted().toList()));
    }
    int status = (int) number(f, "status", 0, 599);
    long count = number(f, "count", 1, Long.MAX_VALUE);
    Instant first = instant(f, "firstSeen");
    Instant last = instant(f, "lastSeen");
    if (last.isBefore(first)) {
      throw new BadLine("'lastSeen' is before 'firstSeen'");
    }
    Observation o = new Observation(text(f, "catalog", false), kind, status, text(f, "code", false),
        text(f, "message", false), text(f, "operation", false), count, first, last);
    Key key = new Key(o.catalog(), kind, status, o.code());
    Observation before = seen.get(key);
    if (before != null) {
      seen.put(key, before.plus(o));
    } else if (seen.size() >= MAX_KEYS) {
      droppedKeys++;
    } else {
      seen.put(key, o);
    }
  }

  private static String text(Map<String, Object> f, String name, boolean required) throws BadLine {
    Object v = f.get(name);
    if (v == null && !f.containsKey(name)) {
      if (required) {
        throw new BadLine("no '" + name + "'");
      }
      return null;
    }
    if (!(v instanceof String s)) {
      throw new BadLine("'" + name + "' is not a string");
    }
    return s;
  }

  private static long number(Map<String, Object> f, String name, long min, long max)
      throws BadLine {
    Object v = f.get(name);
    if (!(v instanceof Long n)) {
      throw new BadLine(f.containsKey(name) ? "'" + name + "' is not a whole number"
          : "no '" + name + "'");
    }
    if (n < min || n > max) {
      throw new BadLine("'" + name + "' is " + n + ", not between " + min + " and " + max);
    }
    return n;
  }

  private static Instant instant(Map<String, Object> f, String name) throws BadLine {
    String s = text(f, name, true);
    try {
      return Instant.parse(s.length() > 64 ? "" : s);
    } catch (DateTimeParseException e) {
      throw new BadLine("'" + name + "' is " + shorten(s) + ", not an ISO-8601 instant");
    }
  }

  private static String shorten(String s) {
    return "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
  }
}
