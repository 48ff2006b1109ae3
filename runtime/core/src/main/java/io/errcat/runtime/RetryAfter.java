package io.errcat.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The HTTP {@code Retry-After} header (RFC 9110 §10.2.3): either delta-seconds ({@code 120}) or an
 * HTTP-date ({@code Fri, 31 Dec 1999 23:59:59 GMT}, RFC 1123 form; the obsolete RFC 850 and
 * asctime forms are not read).
 */
public final class RetryAfter {
  /** Longest delay accepted: longer values are capped (a day is already "not now"). */
  public static final Duration MAX = Duration.ofDays(1);

  private RetryAfter() {}

  /**
   * Parses a header value. Never throws: anything unparseable is empty. A date in the past gives
   * zero; delays over {@link #MAX} are capped.
   *
   * @param value the header value, may be {@code null}
   * @param clock the clock an HTTP-date is measured against
   * @return the delay, or empty when the value is absent or invalid
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (isDigits(v)) {
      if (v.length() > 9) {
        return Optional.of(MAX);
      }
      return Optional.of(cap(Duration.ofSeconds(Long.parseLong(v))));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(clock.instant(), at);
      return Optional.of(d.isNegative() ? Duration.ZERO : cap(d));
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /**
   * Formats a delay as delta-seconds, rounded up so a client never comes back early.
   *
   * @param delay the delay, not negative
   * @return the header value
   */
  public static String format(Duration delay) {
    long s = delay.getSeconds() + (delay.getNano() > 0 ? 1 : 0);
    return Long.toString(s);
  }

  private static Duration cap(Duration d) {
    return d.compareTo(MAX) > 0 ? MAX : d;
  }

  private static boolean isDigits(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
