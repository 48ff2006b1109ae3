package io.errcat.runtime;

/** Which body an error response is written in. */
public enum BodyForm {
  /** The product's own JSON (its wire format). */
  JSON,
  /**
   * The product's own XML (POP's {@code Format=XML}); the product's JSON when its wire format has
   * no XML form.
   */
  XML,
  /** RFC 9457 {@code application/problem+json}. */
  PROBLEM
}
