package io.errcat.runtime;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why an HTTP error response could not be decoded into a known catalog error, with a bounded
 * excerpt of the body for logs and support tickets.
 *
 * @param reason the stable reason
 * @param detail a short human explanation on one line (at most {@value #MAX_DETAIL} characters,
 *     control characters including line breaks replaced by U+FFFD: it may quote the body), never
 *     null
 * @param excerpt the start of the body as text (at most {@link HttpErrorCodec#DEFAULT_MAX_EXCERPT}
 *     characters unless configured, malformed bytes and control characters replaced by U+FFFD),
 *     never null
 * @param bodyLength the body's full length in bytes
 * @serial exclude
 */
public record DecodeFailure(Reason reason, String detail, String excerpt, int bodyLength)
    implements Serializable {

  /** Longest {@link #detail()} kept. */
  public static final int MAX_DETAIL = 200;

  /**
   * Checks and bounds the parts.
   *
   * @throws NullPointerException when {@code reason} is null
   *
   * @param reason see the record component
   * @param detail see the record component
   * @param excerpt see the record component
   * @param bodyLength see the record component
   */
  public DecodeFailure {
    Objects.requireNonNull(reason, "reason");
    detail = detail == null ? reason.describe() : Excerpts.clean(detail, MAX_DETAIL, false);
    excerpt = excerpt == null ? "" : excerpt;
  }

  /**
   * One log-safe line: the reason, the detail and the excerpt with their line breaks and control
   * characters escaped ({@link LogSafe}); the components keep the raw text.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return "DecodeFailure[" + reason + ": " + LogSafe.text(detail) + ", " + bodyLength
        + " bytes, excerpt \"" + LogSafe.text(excerpt) + "\"]";
  }

  /** The stable reasons a body did not decode into a known error. */
  public enum Reason {
    /** Reading the body failed part way (the connection broke); what was read is decoded. */
    READ_FAILED("reading the body failed"),
    /** The response had no body (or only whitespace). */
    EMPTY_BODY("empty body"),
    /** The body was larger than the decoder reads; only its start was looked at. */
    TOO_LARGE("body too large"),
    /**
     * The body did not arrive within the read's deadline (a server dripping it); what had arrived
     * is decoded.
     */
    TOO_SLOW("body not read within the deadline"),
    /** The body was not valid UTF-8; members were read with malformed bytes replaced. */
    INVALID_UTF8("body is not valid UTF-8"),
    /** The body is not JSON (for example a proxy's HTML page). */
    MALFORMED_JSON("body is not JSON"),
    /** The body claims XML but is not well-formed XML. */
    MALFORMED_XML("body is not well-formed XML"),
    /**
     * The XML has a DTD or refers to an entity: refused unread, so that nothing is fetched or
     * expanded.
     */
    XML_DTD("XML with a DTD or entity references is refused"),
    /** Well-formed XML that is not the product's error element (another root, mixed content). */
    UNEXPECTED_XML("XML is not the product's error document"),
    /** The JSON (or XML) ends before it is complete. */
    TRUNCATED("body is truncated JSON"),
    /** The JSON exceeds the decoder's limits (nesting depth, token count, name length). */
    TOO_COMPLEX("body exceeds the decoder's limits"),
    /** The JSON is an array, string, number or literal instead of an object. */
    NOT_AN_OBJECT("body is not a JSON object"),
    /** The object has no error code (neither in the body nor in the code header). */
    MISSING_CODE("no error code in the response"),
    /** The code member is an object, array, boolean or null. */
    BAD_CODE_TYPE("error code has the wrong JSON type"),
    /** The code is well-formed but the catalog does not know it. */
    UNKNOWN_CODE("error code not in the catalog"),
    /** The code is one the catalog retired: the product no longer returns it. */
    RETIRED_CODE("error code retired from the catalog"),
    /** A gRPC error without {@code google.rpc.Status} details to read the code from. */
    NO_DETAILS("gRPC error without error details"),
    /** A gRPC error whose {@code ErrorInfo} names another domain than the catalog's. */
    OTHER_DOMAIN("gRPC error of another domain"),
    /** A gRPC error whose details are not a well-formed {@code google.rpc.Status}. */
    MALFORMED_DETAILS("gRPC error details are malformed"),
    /** The decoder itself failed unexpectedly; reported rather than thrown. */
    INTERNAL_ERROR("decoder failed");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /**
     * A short phrase for messages.
     *
     * @return the phrase, e.g. {@code "body is not JSON"}
     */
    public String describe() {
      return text;
    }
  }
}
