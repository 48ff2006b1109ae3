package io.errcat.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Writes the XML form of an error body as UTF-8: the declaration, the root and one child element
 * per member, in two passes over the same calls (measure, then fill an array of exactly that
 * size), byte for byte what the JDK's StAX writer wrote before at a tenth of its cost
 * (benchmarks/RESULTS.md). Text escapes {@code & < >}; characters XML 1.0 cannot carry (most
 * control characters, unpaired surrogates) become U+FFFD. Names are the format's, checked when
 * the catalog was.
 */
final class XmlWriter extends TwoPassBytes {
  private static final byte[] DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.US_ASCII);

  /** The members of one body, written through an {@link XmlWriter}. */
  @FunctionalInterface
  interface Members {
    void write(XmlWriter w);
  }

  private XmlWriter() {}

  /** The document {@code members} writes under {@code root}. */
  static byte[] write(String root, Members members) {
    XmlWriter w = new XmlWriter();
    w.document(root, members);
    w.startWriting();
    w.document(root, members);
    return w.out;
  }

  private void document(String root, Members members) {
    for (byte b : DECLARATION) {
      put(b);
    }
    tag(root, false);
    members.write(this);
    tag(root, true);
  }

  /** Writes one member element. */
  void element(String name, String value) {
    tag(name, false);
    text(value);
    tag(name, true);
  }

  private void tag(String name, boolean close) {
    put((byte) '<');
    if (close) {
      put((byte) '/');
    }
    text(name);
    put((byte) '>');
  }

  private void text(String s) {
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c == '&') {
          ascii("&amp;");
        } else if (c == '<') {
          ascii("&lt;");
        } else if (c == '>') {
          ascii("&gt;");
        } else if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
          put((byte) c);
        } else {
          utf8(0xFFFD);
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < len
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        utf8(Character.toCodePoint(c, s.charAt(++i)));
      } else if (Character.isSurrogate(c) || c > 0xFFFD) {
        utf8(0xFFFD);
      } else {
        utf8(c);
      }
    }
  }
}
