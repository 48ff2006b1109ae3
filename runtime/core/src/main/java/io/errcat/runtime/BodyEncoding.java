package io.errcat.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How an error body's bytes are encoded, as the decoders need to know it before reading: UTF-8,
 * or UTF-16/UTF-32 as RFC 4627 allowed JSON to be (and jackson still detects), and whether bytes
 * that claim UTF-8 really are.
 */
final class BodyEncoding {
  private BodyEncoding() {}

  /**
   * The encoding of a body in UTF-16 or UTF-32, told by its byte-order mark or, as RFC 4627 did,
   * by where the first characters' zero bytes are.
   *
   * @return the encoding, or null for UTF-8
   */
  static Charset otherThanUtf8(byte[] b, int n) {
    if (n < 2) {
      return null;
    }
    int b0 = b[0] & 0xFF;
    int b1 = b[1] & 0xFF;
    if (n >= 4) {
      int b2 = b[2] & 0xFF;
      int b3 = b[3] & 0xFF;
      if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 != 0)) {
        return Charset.forName("UTF-32BE");
      }
      if (b2 == 0 && b3 == 0 && (b0 == 0xFF && b1 == 0xFE || b0 != 0 && b1 == 0)) {
        return Charset.forName("UTF-32LE");
      }
    }
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 != 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (b0 == 0xFF && b1 == 0xFE || b0 != 0 && b1 == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Whether {@code body[0..length)} is valid UTF-8 (RFC 3629). */
  static boolean isUtf8(byte[] body, int length) {
    boolean ascii = true;
    for (int i = 0; i < length && ascii; i++) {
      ascii = body[i] >= 0;
    }
    if (ascii) {
      return true; // the usual proxy page: no need for a decoder
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
