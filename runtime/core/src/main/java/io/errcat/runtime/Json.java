package io.errcat.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The jackson factories errcat reads and writes with, configured once. */
final class Json {
  /** Nesting deeper than this is garbage for an error body; jackson stops there. */
  static final int MAX_DEPTH = 32;
  /** Tokens read before giving up (an error body has a handful). */
  static final long MAX_TOKENS = 100_000;
  /** Longest member name read. */
  static final int MAX_NAME = 1024;
  /** Longest kept text of a member value (longer values are cut). */
  static final int MAX_VALUE_CHARS = 8192;

  /** Reading: bounded depth, names, tokens; names not interned (they come from strangers). */
  static final JsonFactory READ = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxNameLength(MAX_NAME)
          .maxTokenCount(MAX_TOKENS)
          .build())
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build();

  /** Writing: UTF-8 as is, supplementary characters as 4-byte sequences rather than escapes. */
  private static final JsonFactory WRITE = JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  /**
   * Writing text that has unpaired surrogates: UTF-8 cannot carry them, a {@code \\uD800} escape
   * can, so such documents are written all-ASCII.
   */
  private static final JsonFactory WRITE_ASCII = JsonFactory.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();

  private Json() {}

  /** Writes one document; {@code needsAscii} when any text has an unpaired surrogate. */
  static byte[] write(boolean needsAscii, Writer body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = (needsAscii ? WRITE_ASCII : WRITE).createGenerator(out)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  /** Whether {@code s} has a surrogate that is not part of a pair. */
  static boolean hasLoneSurrogate(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Writes members into an open object. */
  @FunctionalInterface
  interface Writer {
    void write(JsonGenerator g) throws IOException;
  }
}
