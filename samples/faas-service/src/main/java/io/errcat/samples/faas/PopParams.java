package io.errcat.samples.faas;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a POP request, from its query string and its form body, decoded strictly: a
 * malformed percent escape, bytes that are not UTF-8, a control character or U+FFFE/U+FFFF (which
 * XML 1.0 cannot hold, so a stored value would break every later XML answer), a name given twice,
 * too many or too long parameters make the whole request {@code PARAMETER INVALIDATE} (empty
 * here), never a guess.
 */
final class PopParams {
  /** Most parameters in one request. */
  static final int MAX_PARAMS = 64;
  /** Longest name or value, in characters. */
  static final int MAX_LENGTH = 4096;

  private PopParams() {}

  /**
   * Parses {@code a=1&b=2} forms, each part in turn.
   *
   * @param parts raw query string and raw form body (either may be {@code null})
   * @return the parameters in order, or empty when any part is malformed
   */
  static Optional<Map<String, String>> parse(String... parts) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String raw : parts) {
      if (raw == null || raw.isEmpty()) {
        continue;
      }
      for (String pair : raw.split("&", -1)) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        Optional<String> name = decode(eq < 0 ? pair : pair.substring(0, eq));
        Optional<String> value = decode(eq < 0 ? "" : pair.substring(eq + 1));
        if (name.isEmpty() || value.isEmpty() || name.get().isEmpty()
            || out.containsKey(name.get()) || out.size() >= MAX_PARAMS) {
          return Optional.empty();
        }
        out.put(name.get(), value.get());
      }
    }
    return Optional.of(out);
  }

  /** One form-encoded token: {@code +} is a space, {@code %XX} a byte; UTF-8 or nothing. */
  private static Optional<String> decode(String s) {
    if (s.length() > 3 * MAX_LENGTH) {
      return Optional.empty();
    }
    ByteBuffer bytes = ByteBuffer.allocate(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        bytes.put((byte) ' ');
      } else if (c == '%') {
        if (i + 2 >= s.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.put((byte) (hi << 4 | lo));
        i += 2;
      } else if (c < 0x21 || c > 0x7E) {
        return Optional.empty(); // raw bytes or controls have no place in a form
      } else {
        bytes.put((byte) c);
      }
    }
    bytes.flip();
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes).toString();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
          return Optional.empty(); // no XML answer could carry it back
        }
      }
      return text.length() > MAX_LENGTH ? Optional.empty() : Optional.of(text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
