package io.errcat.runtime;

import java.nio.charset.StandardCharsets;

/** Bounded, log-safe text from untrusted bytes and strings. */
final class Excerpts {
  private static final char REPLACEMENT = '\uFFFD';

  private Excerpts() {}

  /**
   * The start of {@code body} as text: at most {@code maxChars} chars, decoded as UTF-8 with
   * malformed bytes replaced, never ending inside a UTF-8 sequence or a surrogate pair, control
   * characters other than tab, CR and LF replaced by U+FFFD.
   */
  static String of(byte[] body, int maxChars) {
    if (body == null || body.length == 0 || maxChars <= 0) {
      return "";
    }
    int n = (int) Math.min(body.length, 4L * maxChars);
    if (n < body.length) {
      n = utf8Boundary(body, n);
    }
    // String's decoder replaces malformed input with U+FFFD
    String text = new String(body, 0, n, StandardCharsets.UTF_8);
    return clean(text, maxChars, true);
  }

  /** {@code s} cut to at most {@code max} chars without splitting a surrogate pair. */
  static String truncate(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int end = max;
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Moves a cut back to the start of the UTF-8 sequence it falls in. */
  private static int utf8Boundary(byte[] b, int cut) {
    int i = cut;
    while (i > 0 && cut - i < 4 && (b[i] & 0xC0) == 0x80) {
      i--;
    }
    return cut - i < 4 ? i : cut;
  }

  /**
   * At most {@code maxChars} chars of {@code cs}, not ending inside a surrogate pair, control
   * characters replaced by U+FFFD (but tab, CR and LF when {@code keepLines}).
   */
  static String clean(String s, int maxChars, boolean keepLines) {
    String cut = truncate(s, maxChars);
    char[] chars = null;
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (Character.isISOControl(c) && !(keepLines && (c == '\t' || c == '\n' || c == '\r'))) {
        if (chars == null) {
          chars = cut.toCharArray();
        }
        chars[i] = REPLACEMENT;
      }
    }
    return chars == null ? cut : new String(chars);
  }
}
