package io.errcat.samples.faas.cli;

import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.LogSafe;

/**
 * An error as the faascmd FAQ quotes it: {@code HTTP Status:404 Error:SHELL NOT MATCH. The
 * imageShell is not match with fpgaShell. Request ID:D7D1AB1E-…}. Texts from the wire are made
 * safe for a terminal first ({@link LogSafe}): an escape sequence or a line break is shown, never
 * sent to it.
 */
final class FaqText {
  private FaqText() {}

  static String of(ErrcatException e) {
    String code = e.code() != null ? e.code() : "(no code)";
    String message = e.details().message() != null ? e.details().message()
        : e.decodeFailure().map(f -> f.detail()).orElse("");
    return LogSafe.text("HTTP Status:" + e.httpStatus() + " Error:" + code + ". " + message
        + " Request ID:" + (e.requestId() == null ? "" : e.requestId()));
  }
}
