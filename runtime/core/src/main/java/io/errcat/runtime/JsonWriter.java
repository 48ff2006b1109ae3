package io.errcat.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Writes one flat JSON object of string and number members as UTF-8, in two passes over the same
 * member calls: the first measures, the second fills an array of exactly that size, so a body costs
 * one allocation (jackson's generator cost more than the body it wrote; benchmarks/RESULTS.md).
 *
 * <p>Escaping is jackson's: quote and backslash escaped, backspace, tab, line feed, form feed and
 * carriage return in their short forms, other control characters as upper-case six-character
 * escapes; everything else is written as UTF-8, a surrogate pair as one 4-byte sequence. A
 * surrogate without its pair, which UTF-8 cannot carry, is written as its six-character escape, so
 * the text survives a round trip.
 */
final class JsonWriter extends TwoPassBytes {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  /** The members of one object, written through a {@link JsonWriter}. */
  @FunctionalInterface
  interface Members {
    void write(JsonWriter w);
  }

  /** Characters written as they are: printable ASCII but the quote and the backslash. */
  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (int c = 0x20; c < 0x7F; c++) {
      PLAIN[c] = c != '"' && c != '\\';
    }
    PLAIN[0x7F] = true;
  }

  private boolean first = true;
  /** Bit k: the k-th string measured was plain, so the writing pass copies it whole. */
  private long plain;
  private int strings;

  private JsonWriter() {}

  /** The object {@code members} writes, as UTF-8 bytes. */
  static byte[] write(Members members) {
    JsonWriter w = new JsonWriter();
    w.object(members);
    w.startWriting();
    w.first = true;
    w.strings = 0;
    w.object(members);
    return w.out;
  }

  private void object(Members members) {
    put((byte) '{');
    members.write(this);
    put((byte) '}');
  }

  /** Writes a member whose value is a string. */
  JsonWriter string(String name, String value) {
    separator();
    quoted(name);
    colon();
    quoted(value);
    return this;
  }

  /** Writes a member whose value is a number, given as its JSON text (digits, as written). */
  JsonWriter number(String name, String digits) {
    separator();
    quoted(name);
    colon();
    ascii(digits);
    return this;
  }

  private void separator() {
    if (!first) {
      put((byte) ',');
    }
    first = false;
  }

  private void colon() {
    put((byte) ':');
  }

  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): ASCII copied whole
  private void quoted(String s) {
    int k = strings++;
    int len = s.length();
    if (out == null) {
      int i = 0;
      while (i < len && s.charAt(i) < 0x80 && PLAIN[s.charAt(i)]) {
        i++;
      }
      if (i == len && k < 64) {
        plain |= 1L << k;
        n += len + 2;
        return;
      }
    } else if (k < 64 && (plain & 1L << k) != 0) {
      out[n++] = '"';
      s.getBytes(0, len, out, n);
      n += len;
      out[n++] = '"';
      return;
    }
    put((byte) '"');
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          put((byte) c);
        } else {
          escape(c);
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < len
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        utf8(Character.toCodePoint(c, s.charAt(++i)));
      } else if (Character.isSurrogate(c)) {
        unicodeEscape(c);
      } else {
        utf8(c);
      }
    }
    put((byte) '"');
  }

  private void escape(char c) {
    char shortForm;
    switch (c) {
      case '"':
        shortForm = '"';
        break;
      case '\\':
        shortForm = '\\';
        break;
      case '\b':
        shortForm = 'b';
        break;
      case '\t':
        shortForm = 't';
        break;
      case '\n':
        shortForm = 'n';
        break;
      case '\f':
        shortForm = 'f';
        break;
      case '\r':
        shortForm = 'r';
        break;
      default:
        unicodeEscape(c);
        return;
    }
    put((byte) '\\');
    put((byte) shortForm);
  }

  private void unicodeEscape(char c) {
    put((byte) '\\');
    put((byte) 'u');
    put(HEX[c >> 12 & 0xF]);
    put(HEX[c >> 8 & 0xF]);
    put(HEX[c >> 4 & 0xF]);
    put(HEX[c & 0xF]);
  }
}
