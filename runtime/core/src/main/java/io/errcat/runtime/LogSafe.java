package io.errcat.runtime;

/**
 * Untrusted text made safe for one line of a log or a terminal: what a server sent (a decoded
 * code, message, request id) or what a catalog says, quoted in a message. Every control character
 * (C0, DEL, C1: a line break that would forge a log line, an escape sequence that would drive a
 * terminal, NUL), the Unicode line and paragraph separators, the bidirectional overrides and
 * isolates, and lone surrogates become a visible escape ({@code \n}, {@code \r}, {@code \t},
 * else {@code \}{@code uXXXX}); all else is kept. The one escaping errcat applies, in {@code
 * getMessage()}, {@code toString()} and the engine's problem lines.
 */
public final class LogSafe {
  private LogSafe() {}

  /**
   * The text, escaped.
   *
   * @param s the text, or {@code null}
   * @return the escaped text ({@code s} itself when nothing needed escaping), or {@code null}
   */
  public static String text(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !escaped(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!escaped(s, i)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append("\\u").append(Character.forDigit(c >> 12 & 0xF, 16))
            .append(Character.forDigit(c >> 8 & 0xF, 16))
            .append(Character.forDigit(c >> 4 & 0xF, 16))
            .append(Character.forDigit(c & 0xF, 16));
      }
    }
    return b.toString();
  }

  private static boolean escaped(String s, int i) {
    char c = s.charAt(i);
    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
