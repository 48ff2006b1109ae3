package io.errcat.runtime;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The base of every generated {@code <Prefix>Exception}: an error from a catalog (or a response the
 * catalog could not explain), with the code, operation, request id, HTTP status and retry hint.
 *
 * <p>{@link #getMessage()} is the occurrence's message as raised or received; when there is none
 * it describes the status and why decoding fell short. {@link #toString()} adds the code, status
 * and request id, so a logged stack trace says which error it was. Both are one line, made safe
 * by {@link LogSafe}: a server's line breaks or escape sequences cannot forge log lines or drive a
 * terminal. The raw texts stay in {@link #details()}.
 */
public abstract class ErrcatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The details; records are serializable, as are all their parts. */
  private final ErrorDetails details;

  /**
   * Creates the exception.
   *
   * @param details what happened
   */
  protected ErrcatException(ErrorDetails details) {
    // not this(details, null): one constructor frame less for the stack walk every exception pays
    super(describe(Objects.requireNonNull(details, "details")));
    this.details = details;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param details what happened
   * @param cause the underlying exception, or {@code null}
   */
  protected ErrcatException(ErrorDetails details, Throwable cause) {
    super(describe(Objects.requireNonNull(details, "details")), cause);
    this.details = details;
  }

  /**
   * Everything this exception carries, as one value (e.g. to re-raise it with another request id
   * via {@link ErrorDetails#toBuilder()}).
   *
   * @return the details
   */
  public ErrorDetails details() {
    return details;
  }

  /**
   * The catalog error. Generated subclasses narrow the type to their own enum.
   *
   * @return the error, or {@code null} when the code is not in the catalog (see {@link #code()})
   */
  public ErrorCode error() {
    return details.error();
  }

  /**
   * Whether the code is one the catalog knows.
   *
   * @return {@code error() != null}
   */
  public boolean isKnown() {
    return details.error() != null;
  }

  /**
   * The code as raised or received, even when the catalog does not know it.
   *
   * @return the code, or {@code null} when the response carried none
   */
  public String code() {
    return details.code();
  }

  /**
   * The id of the operation the error arose in.
   *
   * @return the operation id, or {@code null} when not known
   */
  public String operationId() {
    return details.operation();
  }

  /**
   * The request id the server gave.
   *
   * @return the request id, or {@code null}
   */
  public String requestId() {
    return details.requestId();
  }

  /**
   * The HTTP status.
   *
   * @return the status, or {@code 0} for an in-process error
   */
  public int httpStatus() {
    return details.httpStatus();
  }

  /**
   * Whether and when to retry.
   *
   * @return the retry hint, never {@code null}
   */
  public RetryHint retry() {
    return details.retry();
  }

  /**
   * Further members the wire format carries (e.g. FaaS {@code HostId}).
   *
   * @return the members in wire order, immutable
   */
  public Map<String, String> extras() {
    return details.extras();
  }

  /**
   * Why the response could not be fully decoded, with a bounded excerpt of the body.
   *
   * @return the failure, or empty when decoding succeeded
   */
  public Optional<DecodeFailure> decodeFailure() {
    return Optional.ofNullable(details.failure());
  }

  /**
   * The message in a language: the catalog's text for this code in the translation {@code locale}
   * reads best ({@link Languages}), filled with the same arguments, else in the catalog's own
   * language. A message set by hand or received from a server is returned as it is: a client
   * keeps the language it was answered in ({@link ErrorDetails#language()}).
   *
   * @param locale the reader's locale, or {@code null} for the catalog's own language
   * @return the message as {@link ErrorDetails#message()} is (raw, not made log-safe), or {@code
   *     null}
   */
  public String message(java.util.Locale locale) {
    return details.inLanguage(locale).message();
  }

  /**
   * The class name, code, message, status and request id on one line.
   *
   * @return a description for logs
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(getClass().getName()).append(": ");
    if (details.code() != null) {
      b.append('[').append(LogSafe.text(details.code())).append("] ");
    }
    b.append(getMessage());
    if (details.httpStatus() != 0 || details.requestId() != null) {
      b.append(" (");
      if (details.httpStatus() != 0) {
        b.append("HTTP ").append(details.httpStatus());
      }
      if (details.requestId() != null) {
        b.append(details.httpStatus() != 0 ? ", " : "").append("request id ")
            .append(LogSafe.text(details.requestId()));
      }
      b.append(')');
    }
    return b.toString();
  }

  private static String describe(ErrorDetails d) {
    if (d.message() != null) {
      return LogSafe.text(d.message());
    }
    StringBuilder b = new StringBuilder();
    b.append(d.httpStatus() != 0 ? "HTTP " + d.httpStatus() : "error");
    if (d.failure() != null) {
      b.append(": ").append(LogSafe.text(d.failure().detail()));
    } else if (d.error() != null) {
      b.append(": ").append(d.error().name());
    }
    return b.toString();
  }
}
