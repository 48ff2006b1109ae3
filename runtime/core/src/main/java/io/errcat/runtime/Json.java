package io.errcat.runtime;

/**
 * The bounds on reading an error body, shared by the JSON reader ({@link JsonReader}) and the XML
 * one ({@link XmlBody}).
 */
final class Json {
  /** Nesting deeper than this is garbage for an error body; reading stops there. */
  static final int MAX_DEPTH = 32;
  /** Tokens (XML events) read before giving up (an error body has a handful). */
  static final long MAX_TOKENS = 100_000;
  /** Longest member name read, in bytes. */
  static final int MAX_NAME = 1024;
  /** Longest kept text of a member value (longer values are cut). */
  static final int MAX_VALUE_CHARS = 8192;

  private Json() {}
}
