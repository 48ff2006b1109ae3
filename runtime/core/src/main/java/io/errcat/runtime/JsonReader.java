package io.errcat.runtime;

import java.nio.charset.StandardCharsets;

/**
 * A strict RFC 8259 reader over a byte array, made for error bodies: a cursor that reads the
 * members of objects, decodes only the values it is asked to keep, and validates everything it
 * skips (escapes, numbers, literals, UTF-8). Limits: nesting {@value Json#MAX_DEPTH}, names of
 * {@value Json#MAX_NAME} bytes, {@value Json#MAX_TOKENS} tokens, numbers of {@value #MAX_NUMBER}
 * characters; kept strings are decoded up to what {@link Json#MAX_VALUE_CHARS} needs.
 *
 * <p>Why not jackson's streaming parser, which errcat used before: creating one costs 640 bytes
 * and its member texts another 400 for a five-member POP body, 0.66x of what jackson-databind's
 * {@code readTree} allocates for the same body, so errcat could not decode in half of what the
 * code it replaces costs (benchmarks/RESULTS.md). This reader allocates only the strings it
 * returns. jackson stays the oracle: a differential test compares both on mutated bodies.
 *
 * <p>A problem stops the read with {@link Stop}, which carries its {@link DecodeFailure.Reason}
 * and has no stack trace (it is how the reader returns, not a bug).
 */
final class JsonReader {
  /** Longest number read (jackson's default limit, kept). */
  static final int MAX_NUMBER = 1000;

  /** The bytes a string holds as they are: printable ASCII but the quote and the backslash. */
  private static final boolean[] PLAIN = new boolean[256];

  static {
    for (int c = 0x20; c < 0x80; c++) {
      PLAIN[c] = c != '"' && c != '\\';
    }
  }

  /** Why reading stopped. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The failure this stop is. */
    final transient DecodeFailure.Reason reason;

    Stop(DecodeFailure.Reason reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
    }
  }

  private final byte[] b;
  private final int end;
  private int pos;
  private int depth;
  private int tokens;
  /** The last member name read: its bytes, whether it holds escapes, and whether it is ASCII. */
  private int nameStart;
  private int nameEnd;
  private boolean nameEscaped;
  private boolean nameAscii;
  /** Whether the open object has had no member yet. */
  private boolean afterOpen;
  /** Whether the last string scanned held escapes, and bytes beyond ASCII. */
  private boolean escaped;
  private boolean nonAscii;
  /** Where the last value read is. */
  private int valueStart;
  private int valueEnd;
  private boolean valueEscaped;
  private boolean valueAscii;

  JsonReader(byte[] b, int length) {
    this.b = b;
    this.end = length;
  }

  /**
   * Skips a UTF-8 byte-order mark and white space; the kind of the document's value (a number or
   * literal is read, so a malformed one stops here), or null when the document is empty.
   */
  JsonKind first() {
    if (end >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      pos = 3;
    }
    skipSpace();
    if (pos == end) {
      return null;
    }
    JsonKind k = peek();
    if (k.isContainer() || k == JsonKind.STRING) {
      return k;
    }
    k = value();
    if (k.isText() && pos < end && b[pos] != ' ' && b[pos] != '\t' && b[pos] != '\r'
        && b[pos] != '\n') {
      throw unexpected("expected white space after a number at the top level");
    }
    return k;
  }

  /** The kind of the value at the cursor (a number is {@link JsonKind#INTEGER} until read). */
  JsonKind peek() {
    skipSpace();
    if (pos == end) {
      throw truncated();
    }
    switch (b[pos]) {
      case '{':
        return JsonKind.OBJECT;
      case '[':
        return JsonKind.ARRAY;
      case '"':
        return JsonKind.STRING;
      case 't':
        return JsonKind.TRUE;
      case 'f':
        return JsonKind.FALSE;
      case 'n':
        return JsonKind.NULL;
      default:
        if (b[pos] == '-' || b[pos] >= '0' && b[pos] <= '9') {
          return JsonKind.INTEGER;
        }
        throw unexpected("expected a value");
    }
  }

  /** Consumes the {@code {} of the object at the cursor. */
  void openObject() {
    open();
    afterOpen = true;
  }

  /**
   * Moves to the next member of the open object: true with its name read and the cursor on its
   * value; false when the object has ended (its {@code }} consumed).
   */
  boolean nextMember() {
    skipSpace();
    if (pos == end) {
      throw truncated();
    }
    if (b[pos] == '}') {
      pos++;
      close();
      afterOpen = false;
      return false;
    }
    if (!afterOpen) {
      if (b[pos] != ',') {
        throw unexpected("expected ',' or '}'");
      }
      pos++;
      skipSpace();
      if (pos == end) {
        throw truncated();
      }
    }
    afterOpen = false;
    if (b[pos] != '"') {
      throw unexpected("expected a member name in double quotes");
    }
    count();
    nameStart = pos + 1;
    int close = scanString();
    nameEnd = close;
    nameEscaped = escaped;
    nameAscii = !nonAscii;
    if (nameEnd - nameStart > Json.MAX_NAME) {
      throw new Stop(DecodeFailure.Reason.TOO_COMPLEX,
          "member name longer than " + Json.MAX_NAME + " bytes");
    }
    pos = close + 1;
    skipSpace();
    if (pos == end) {
      throw truncated();
    }
    if (b[pos] != ':') {
      throw unexpected("expected ':' after a member name");
    }
    pos++;
    return true;
  }

  /** Whether the current name is {@code prefix} (may be null) then {@code spelling}'s rest. */
  boolean nameIs(String prefix, String spelling, boolean ignoreCase) {
    int p = prefix == null ? 0 : prefix.length();
    int n = nameEnd - nameStart;
    if (nameEscaped || spelling.length() != p + n
        || p > 0 && !spelling.regionMatches(ignoreCase, 0, prefix, 0, p)) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      int c = b[nameStart + i];
      char s = spelling.charAt(p + i);
      if (c != s && (!ignoreCase || c < 0 || lower(c) != lower(s))) {
        return false;
      }
    }
    return true;
  }

  /** The current name's length in bytes. */
  int nameLength() {
    return nameEnd - nameStart;
  }

  /** Whether the current name holds escapes or bytes beyond ASCII (compare it as a string). */
  boolean nameNeedsString() {
    if (nameEscaped) {
      return true;
    }
    for (int i = nameStart; i < nameEnd; i++) {
      if (b[i] < 0) {
        return true;
      }
    }
    return false;
  }

  /** The current member name as a string. */
  String name() {
    return text(b, JsonKind.STRING, nameStart, nameEnd, nameEscaped, nameAscii);
  }

  /**
   * Reads the value at the cursor: a scalar's kind, or a container's kind, skipped whole. A
   * string's or number's text is not made; {@link #valueStart()}, {@link #valueEnd()} and {@link
   * #valueEscaped()} say where it is, for {@link #text} to make it when it is asked for.
   */
  JsonKind value() {
    JsonKind k = peek();
    count();
    switch (k) {
      case OBJECT:
      case ARRAY:
        skipContainer();
        return k;
      case STRING:
        valueStart = pos + 1;
        valueEnd = scanString();
        valueEscaped = escaped;
        valueAscii = !nonAscii && !escaped;
        pos = valueEnd + 1;
        return k;
      case TRUE:
        literal("true");
        return k;
      case FALSE:
        literal("false");
        return k;
      case NULL:
        literal("null");
        return k;
      default:
        valueStart = pos;
        JsonKind number = number();
        valueEnd = pos;
        return number;
    }
  }

  /** Where the last string's content (inside its quotes) or number read by {@link #value} starts. */
  int valueStart() {
    return valueStart;
  }

  /** Where it ends (exclusive). */
  int valueEnd() {
    return valueEnd;
  }

  /** Whether the last string read by {@link #value} was all ASCII without escapes. */
  boolean valueAscii() {
    return valueAscii;
  }

  /** Whether the last string read by {@link #value} held escapes. */
  boolean valueEscaped() {
    return valueEscaped;
  }

  /**
   * The text of a scalar read by {@link #value} from {@code b}: a string decoded (cut near {@link
   * Json#MAX_VALUE_CHARS}), a number as written, a literal's word; null for JSON null.
   */
  static String text(byte[] b, JsonKind kind, int start, int end, boolean escaped,
      boolean ascii) {
    switch (kind) {
      case STRING:
        return escaped ? unescape(b, start, end)
            : new String(b, start, Math.min(end - start, 4 * Json.MAX_VALUE_CHARS + 4),
                ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      case INTEGER:
      case FLOAT:
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      default:
        return null;
    }
  }

  /** Decodes a validated string with escapes, up to {@link Json#MAX_VALUE_CHARS} and one more. */
  private static String unescape(byte[] b, int start, int end) {
    int cap = Json.MAX_VALUE_CHARS + 1;
    StringBuilder out = new StringBuilder(Math.min(end - start, cap));
    int i = start;
    while (i < end && out.length() < cap) {
      int run = i;
      while (i < end && b[i] != '\\') {
        i++;
      }
      if (i > run) {
        out.append(new String(b, run, i - run, StandardCharsets.UTF_8));
      }
      if (i < end) {
        i = escape(b, end, i, out);
      }
    }
    return out.toString();
  }

  private void open() {
    count();
    if (++depth > Json.MAX_DEPTH) {
      throw new Stop(DecodeFailure.Reason.TOO_COMPLEX,
          "nesting deeper than " + Json.MAX_DEPTH + " levels");
    }
    pos++;
  }

  private void close() {
    count();
    depth--;
  }

  private void count() {
    if (++tokens > Json.MAX_TOKENS) {
      throw new Stop(DecodeFailure.Reason.TOO_COMPLEX, "more than " + Json.MAX_TOKENS + " tokens");
    }
  }

  /** Skips the object or array at the cursor, validating it. */
  private void skipContainer() {
    boolean object = b[pos] == '{';
    tokens--; // counted by value(); open() counts it again
    if (object) {
      openObject();
      while (nextMember()) {
        value();
      }
      return;
    }
    open();
    skipSpace();
    if (pos < end && b[pos] == ']') {
      pos++;
      close();
      return;
    }
    while (true) {
      value();
      skipSpace();
      if (pos == end) {
        throw truncated();
      }
      if (b[pos] == ']') {
        pos++;
        close();
        return;
      }
      if (b[pos] != ',') {
        throw unexpected("expected ',' or ']'");
      }
      pos++;
    }
  }

  private void literal(String word) {
    int n = word.length();
    for (int i = 0; i < n; i++) {
      if (pos + i == end) {
        throw truncated();
      }
      if (b[pos + i] != word.charAt(i)) {
        throw new Stop(DecodeFailure.Reason.MALFORMED_JSON, "unrecognized token");
      }
    }
    pos += n;
    if (pos < end && isWordByte(b[pos])) {
      throw new Stop(DecodeFailure.Reason.MALFORMED_JSON, "unrecognized token");
    }
  }

  private JsonKind number() {
    int start = pos;
    boolean integral = true;
    if (b[pos] == '-') {
      pos++;
    }
    int intStart = pos;
    int n = digits();
    if (n > 1 && b[intStart] == '0') {
      throw new Stop(DecodeFailure.Reason.MALFORMED_JSON, "leading zeroes are not allowed");
    }
    if (pos < end && b[pos] == '.') {
      integral = false;
      pos++;
      digits();
    }
    if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
      integral = false;
      pos++;
      if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
        pos++;
      }
      digits();
    }
    if (pos - start > MAX_NUMBER) {
      throw new Stop(DecodeFailure.Reason.TOO_COMPLEX,
          "number longer than " + MAX_NUMBER + " characters");
    }
    if (pos < end && isWordByte(b[pos])) {
      throw malformedNumber();
    }
    return integral ? JsonKind.INTEGER : JsonKind.FLOAT;
  }

  /** Consumes digits, at least one; how many. */
  private int digits() {
    int start = pos;
    while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
      pos++;
    }
    if (pos == start) {
      throw pos == end ? truncated() : malformedNumber();
    }
    return pos - start;
  }

  private Stop malformedNumber() {
    return new Stop(DecodeFailure.Reason.MALFORMED_JSON, "malformed number");
  }

  /**
   * Scans the string whose opening quote is at the cursor, validating it; returns the index of its
   * closing quote. {@link #escaped} and {@link #nonAscii} say what it held; {@link #text} makes it
   * a string when asked for.
   */
  private int scanString() {
    int i = pos + 1;
    boolean ascii = true;
    while (true) {
      // the common bytes with one table look-up each: jackson's way, and most of the speed
      while (i < end && PLAIN[b[i] & 0xFF]) {
        i++;
      }
      if (i >= end) {
        throw truncated();
      }
      int c = b[i];
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        return escapedString(i);
      }
      if (c >= 0) {
        throw new Stop(DecodeFailure.Reason.MALFORMED_JSON,
            "control character " + c + " in a string: it has to be escaped");
      }
      ascii = false;
      i += utf8Sequence(i);
    }
    escaped = false;
    nonAscii = !ascii;
    return i;
  }


  /** The slow path of {@link #scanString}, from the first backslash at {@code i}: validates. */
  private int escapedString(int i) {
    while (true) {
      if (i >= end) {
        throw truncated();
      }
      int c = b[i];
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        i = escape(b, end, i, null);
      } else if (c >= 0 && c < 0x20) {
        throw new Stop(DecodeFailure.Reason.MALFORMED_JSON,
            "control character " + c + " in a string: it has to be escaped");
      } else {
        i += c < 0 ? utf8Sequence(i) : 1;
      }
    }
    escaped = true;
    nonAscii = true; // not known without a second look; only decides the charset of the copy
    return i;
  }

  /**
   * Validates the escape at {@code i} (its backslash) and decodes it into {@code out} (when not
   * null); returns the index after it.
   */
  private static int escape(byte[] b, int end, int i, StringBuilder out) {
    if (i + 1 >= end) {
      throw truncated();
    }
    char ch;
    switch (b[i + 1]) {
      case '"':
        ch = '"';
        break;
      case '\\':
        ch = '\\';
        break;
      case '/':
        ch = '/';
        break;
      case 'b':
        ch = '\b';
        break;
      case 'f':
        ch = '\f';
        break;
      case 'n':
        ch = '\n';
        break;
      case 'r':
        ch = '\r';
        break;
      case 't':
        ch = '\t';
        break;
      case 'u': {
        if (i + 6 > end) {
          throw truncated();
        }
        int v = 0;
        for (int k = i + 2; k < i + 6; k++) {
          int d = Character.digit(b[k], 16);
          if (d < 0 || b[k] < 0) {
            throw new Stop(DecodeFailure.Reason.MALFORMED_JSON, "bad \\u escape");
          }
          v = v << 4 | d;
        }
        if (out != null) {
          out.append((char) v);
        }
        return i + 6;
      }
      default:
        throw new Stop(DecodeFailure.Reason.MALFORMED_JSON, "unrecognized character escape");
    }
    if (out != null) {
      out.append(ch);
    }
    return i + 2;
  }

  /** The length of the well-formed UTF-8 sequence starting at {@code i} (RFC 3629). */
  private int utf8Sequence(int i) {
    int c = b[i] & 0xFF;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      throw invalidUtf8();
    }
    for (int k = 1; k < n; k++) {
      if (i + k >= end) {
        throw truncated();
      }
      int d = b[i + k] & 0xFF;
      if (k == 1 ? d < lo || d > hi : (d & 0xC0) != 0x80) {
        throw invalidUtf8();
      }
    }
    return n;
  }

  private static Stop invalidUtf8() {
    return new Stop(DecodeFailure.Reason.MALFORMED_JSON, "invalid UTF-8");
  }

  private void skipSpace() {
    while (pos < end) {
      byte c = b[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  private static Stop truncated() {
    return new Stop(DecodeFailure.Reason.TRUNCATED, "unexpected end of input");
  }

  private Stop unexpected(String expected) {
    int c = b[pos] & 0xFF;
    String shown = c >= 0x20 && c < 0x7F ? "'" + (char) c + "' " : "";
    return new Stop(DecodeFailure.Reason.MALFORMED_JSON,
        "unexpected character " + shown + "(code " + c + ") at byte " + pos + ": " + expected);
  }

  /** A byte that may not follow a number or literal directly ({@code 12x}, {@code truex}). */
  private static boolean isWordByte(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
        || c == '.' || c == '-' || c == '+' || c < 0;
  }

  private static int lower(int c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }
}
