package io.errcat.runtime;

/**
 * The byte sink of {@link JsonWriter} and {@link XmlWriter}: the same calls run twice, first only
 * counting bytes, then filling an array of exactly that size, so a body costs one allocation.
 */
abstract class TwoPassBytes {
  /** Null while measuring. */
  byte[] out;
  int n;

  /** Ends the measuring pass: the next calls write into an array of the measured size. */
  final void startWriting() {
    out = new byte[n];
    n = 0;
  }

  final void put(byte c) {
    if (out != null) {
      out[n] = c;
    }
    n++;
  }

  final void ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      put((byte) s.charAt(i));
    }
  }

  /** A code point of two bytes or more (0x80 and up), as UTF-8. */
  final void utf8(int cp) {
    if (cp < 0x800) {
      put((byte) (0xC0 | cp >> 6));
    } else if (cp < 0x10000) {
      put((byte) (0xE0 | cp >> 12));
      put((byte) (0x80 | cp >> 6 & 0x3F));
    } else {
      put((byte) (0xF0 | cp >> 18));
      put((byte) (0x80 | cp >> 12 & 0x3F));
      put((byte) (0x80 | cp >> 6 & 0x3F));
    }
    put((byte) (0x80 | cp & 0x3F));
  }
}
