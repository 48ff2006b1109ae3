package io.errcat.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate(n + 1);
    dec.decode(ByteBuffer.wrap(body, 0, n), out, true);
    dec.flush(out);
    out.flip();
    return clean(out, maxChars, true);
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
  static String clean(CharSequence cs, int maxChars, boolean keepLines) {
    int end = Math.min(cs.length(), maxChars);
    if (end < cs.length() && end > 0 && Character.isHighSurrogate(cs.charAt(end - 1))) {
      end--;
    }
    StringBuilder b = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      char c = cs.charAt(i);
      boolean control = Character.isISOControl(c)
          && !(keepLines && (c == '\t' || c == '\n' || c == '\r'));
      b.append(control ? REPLACEMENT : c);
    }
    return b.toString();
  }
}
