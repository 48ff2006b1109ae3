package io.errcat.runtime;

/**
 * One member of an error body (a JSON member, or an XML child element): its name as written, its
 * kind, its text — a JSON member's is made from the body's bytes when first asked for, so members
 * nobody reads cost no string — and the next member of the same name in any case (duplicates are
 * rare: a link, not a list).
 */
final class BodyMember {
  private final String name;
  private final JsonKind kind;
  /** The known text (XML), or null when it is made from {@code src}. */
  private final String text;
  private final byte[] src;
  /** Where the text lies in {@code src}: {@code [start, end)}. */
  private final int start;
  private final int end;
  /** Whether the JSON string holds escapes (its text is not its bytes). */
  private final boolean escaped;
  /** Whether those bytes are all ASCII (each byte is one character). */
  private final boolean ascii;
  private BodyMember next;

  /** A member whose text is known (XML, or a structure's null). */
  BodyMember(String name, JsonKind kind, String text) {
    this(name, kind, text, null, 0, 0, false, false);
  }

  private BodyMember(String name, JsonKind kind, String text, byte[] src, int start, int end,
      boolean escaped, boolean ascii) {
    this.name = name;
    this.kind = kind;
    this.text = text;
    this.src = src;
    this.start = start;
    this.end = end;
    this.escaped = escaped;
    this.ascii = ascii;
  }

  /** A JSON member whose text is made from {@code src[start..end)} when asked for. */
  static BodyMember json(String name, JsonKind kind, byte[] src, int start, int end,
      boolean escaped, boolean ascii) {
    return new BodyMember(name, kind, null, src, start, end, escaped, ascii);
  }

  String name() {
    return name;
  }

  JsonKind kind() {
    return kind;
  }

  /** The next member of the same name in any case, or null. */
  BodyMember next() {
    return next;
  }

  /** Links a later member of the same name in any case. */
  void link(BodyMember later) {
    next = later;
  }

  /** The text of a scalar (cut to {@link Json#MAX_VALUE_CHARS}), null for others. */
  String text() {
    if (src == null || kind.isContainer()) {
      return text;
    }
    return Excerpts.truncate(JsonReader.text(src, kind, start, end, escaped, ascii),
        Json.MAX_VALUE_CHARS);
  }

  /**
   * {@code known} when this member's text equals it, else the text: a server that sends the
   * catalog's own message costs no copy of it.
   */
  String textOr(String known) {
    if (known != null && src != null && kind == JsonKind.STRING && !escaped
        && end - start == known.length()) {
      int i = 0;
      while (i < known.length() && src[start + i] == known.charAt(i)) {
        i++;
      }
      if (i == known.length()) {
        return known;
      }
    }
    return text();
  }

  boolean isText() {
    return kind.isText();
  }
}
