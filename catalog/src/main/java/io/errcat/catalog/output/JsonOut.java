package io.errcat.catalog.output;

import java.util.Arrays;

/**
 * Writes one JSON document as text, in the layout jackson-core's {@code DefaultPrettyPrinter} gives
 * it with two-space indents and {@code "name": value} (or compact), and with jackson's escaping:
 * the quote and the backslash escaped, backspace, tab, line feed, form feed and carriage return in
 * their short forms, other control characters as upper-case six-character escapes
 * ({@code &#92;u001F}), everything else as it is. Its own rather than jackson's generator because
 * the annotation processor runs it in a cold JVM for each interface, where loading and starting
 * jackson cost more than the document (benchmarks/RESULTS.md); {@code JsonOutTest} holds it to
 * jackson's output.
 *
 * <p>The calls must make one well-formed document (a name before each member value, ends matching
 * starts); it is the emitters' own code that calls it, so a misuse is a bug and fails loudly.
 */
public final class JsonOut {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final StringBuilder out = new StringBuilder(1024);
  private final boolean pretty;
  /** Per open object or array, from the root (index 1): entries written so far. */
  private int[] entries = new int[16];
  /** Per open level: true for an object, false for an array. */
  private boolean[] objects = new boolean[16];
  private int depth;
  /** A member name was written and its value is next. */
  private boolean named;

  JsonOut(boolean pretty) {
    this.pretty = pretty;
  }

  /** Starts an object (as a value: at the root, in an array, or after a member name). */
  public void writeStartObject() {
    open('{', true);
  }

  /** Ends the innermost object. */
  public void writeEndObject() {
    close('}', true);
  }

  /** Starts an array (as a value). */
  public void writeStartArray() {
    open('[', false);
  }

  /** Ends the innermost array. */
  public void writeEndArray() {
    close(']', false);
  }

  /** Writes the name of the next member of the innermost object. */
  public void writeFieldName(String name) {
    if (depth == 0 || !objects[depth] || named) {
      throw new IllegalStateException("a member name outside an object: " + name);
    }
    if (entries[depth]++ > 0) {
      out.append(',');
    }
    indent(depth);
    quote(name);
    out.append(pretty ? ": " : ":");
    named = true;
  }

  /** A member whose value is an object, started. */
  public void writeObjectFieldStart(String name) {
    writeFieldName(name);
    writeStartObject();
  }

  /** A member whose value is an array, started. */
  public void writeArrayFieldStart(String name) {
    writeFieldName(name);
    writeStartArray();
  }

  /** A string value; {@code null} is written as JSON null. */
  public void writeString(String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      quote(value);
    }
  }

  /** A number value. */
  public void writeNumber(long value) {
    beforeValue();
    out.append(value);
  }

  /** A value given as JSON text, written as it is. */
  public void writeRawValue(String json) {
    beforeValue();
    out.append(json);
  }

  /** A member whose value is a string ({@code null}: JSON null). */
  public void writeStringField(String name, String value) {
    writeFieldName(name);
    writeString(value);
  }

  /** A member whose value is a number. */
  public void writeNumberField(String name, long value) {
    writeFieldName(name);
    writeNumber(value);
  }

  /** A member whose value is a boolean. */
  public void writeBooleanField(String name, boolean value) {
    writeFieldName(name);
    beforeValue();
    out.append(value);
  }

  String text() {
    if (depth != 0) {
      throw new IllegalStateException(depth + " objects or arrays left open");
    }
    return out.toString();
  }

  private void open(char bracket, boolean object) {
    beforeValue();
    out.append(bracket);
    if (++depth == entries.length) {
      entries = Arrays.copyOf(entries, depth * 2);
      objects = Arrays.copyOf(objects, depth * 2);
    }
    entries[depth] = 0;
    objects[depth] = object;
  }

  private void close(char bracket, boolean object) {
    if (depth == 0 || objects[depth] != object || named) {
      throw new IllegalStateException("'" + bracket + "' does not close what is open");
    }
    int n = entries[depth--];
    if (!pretty) {
      out.append(bracket);
    } else if (n == 0) {
      out.append(' ').append(bracket);
    } else {
      indent(depth);
      out.append(bracket);
    }
  }

  /** The separator and indent before a value; after a member name there is none. */
  private void beforeValue() {
    if (named) {
      named = false;
      return;
    }
    if (depth == 0) {
      if (!out.isEmpty()) {
        throw new IllegalStateException("a second root value");
      }
      return;
    }
    if (objects[depth]) {
      throw new IllegalStateException("a value without a member name in an object");
    }
    if (entries[depth]++ > 0) {
      out.append(',');
    }
    indent(depth);
  }

  private void indent(int level) {
    if (pretty) {
      out.append('\n');
      for (int i = 0; i < level; i++) {
        out.append("  ");
      }
    }
  }

  private void quote(String s) {
    out.append('"');
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(s, from, i).append('\\');
      switch (c) {
        case '"', '\\' -> out.append(c);
        case '\b' -> out.append('b');
        case '\t' -> out.append('t');
        case '\n' -> out.append('n');
        case '\f' -> out.append('f');
        case '\r' -> out.append('r');
        default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
      from = i + 1;
    }
    out.append(s, from, s.length()).append('"');
  }
}
