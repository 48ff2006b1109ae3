package io.errcat.runtime;

import java.util.Objects;

/**
 * A response a client's catalog could not explain: what {@link Traffic} tells its listeners, so
 * that codes the documents forgot are counted instead of forgotten. Every text is bounded.
 *
 * @param catalog the id of the catalog that decoded it, or {@code null} when the codec was built
 *     without one
 * @param kind why it is unexplained
 * @param status the HTTP status
 * @param code the code the response carried (at most {@value #MAX_TEXT} characters), or {@code
 *     null}
 * @param message the message it carried (at most {@value #MAX_TEXT} characters), or {@code null}
 * @param operation the operation the request was for, or {@code null}
 * @param excerpt a bounded excerpt of the body (the codec's excerpt bound), never {@code null}
 */
public record Unexplained(String catalog, Kind kind, int status, String code, String message,
    String operation, String excerpt) {

  /** Bound on the code and message an event carries. */
  public static final int MAX_TEXT = 256;

  /**
   * Checks the kind and bounds the texts.
   *
   * @param catalog see the record component
   * @param kind see the record component
   * @param status see the record component
   * @param code see the record component
   * @param message see the record component
   * @param operation see the record component
   * @param excerpt see the record component
   */
  public Unexplained {
    Objects.requireNonNull(kind, "kind");
    code = Excerpts.truncate(code, MAX_TEXT);
    message = Excerpts.truncate(message, MAX_TEXT);
    operation = Excerpts.truncate(operation, MAX_TEXT);
    excerpt = excerpt == null ? "" : excerpt;
  }

  /** Why a response is unexplained. */
  public enum Kind {
    /** A code the catalog does not list. */
    UNKNOWN_CODE,
    /** A code the catalog retired. */
    RETIRED_CODE,
    /** A code the catalog lists, with a status it does not give that code. */
    UNEXPECTED_STATUS,
    /** No code at all: not the product's format (a proxy's page, an empty or broken body). */
    NOT_PRODUCT_FORMAT
  }
}
