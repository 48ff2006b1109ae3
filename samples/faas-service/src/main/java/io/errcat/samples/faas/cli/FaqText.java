package io.errcat.samples.faas.cli;

import io.errcat.runtime.ErrcatException;

/**
 * An error as the faascmd FAQ quotes it: {@code HTTP Status:404 Error:SHELL NOT MATCH. The
 * imageShell is not match with fpgaShell. Request ID:D7D1AB1E-…}. Texts from the wire are made
 * safe for a terminal first: a control character (an escape sequence, a line break) is shown as
 * {@code \\uXXXX}, never sent to it.
 */
final class FaqText {
  private FaqText() {}

  static String of(ErrcatException e) {
    String code = e.code() != null ? e.code() : "(no code)";
    String message = e.details().message() != null ? e.details().message()
        : e.decodeFailure().map(f -> f.detail()).orElse("");
    return "HTTP Status:" + e.httpStatus() + " Error:" + safe(code) + ". " + safe(message)
        + " Request ID:" + safe(e.requestId() == null ? "" : e.requestId());
  }

  static String safe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
