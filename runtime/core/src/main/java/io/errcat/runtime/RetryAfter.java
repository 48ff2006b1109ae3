package io.errcat.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * The HTTP {@code Retry-After} header (RFC 9110 §10.2.3): either delta-seconds ({@code 120}) or an
 * HTTP-date in any of the three forms a recipient must accept (RFC 9110 §5.6.7): IMF-fixdate
 * ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the obsolete RFC 850 form ({@code Sunday, 06-Nov-94
 * 08:49:37 GMT}, whose two-digit year is the most recent past year ending in those digits when it
 * would otherwise lie more than 50 years ahead) and ANSI C's asctime ({@code Sun Nov  6 08:49:37
 * 1994}).
 */
public final class RetryAfter {
  /** Longest delay accepted: longer values are capped (a day is already "not now"). */
  public static final Duration MAX = Duration.ofDays(1);

  private RetryAfter() {}

  /**
   * What a response's {@code Retry-After} does to an error's hint, RFC 9110's rule: on a 503 or a
   * 429 it makes the error retryable after that delay; elsewhere it only times an error that is
   * retryable already (a 400 saying {@code Retry-After: 0} stays a 400). An absent or unparseable
   * header changes nothing.
   *
   * @param hint the error's hint (the catalog's, or the status's default)
   * @param status the response's status
   * @param value the header's value, or {@code null}
   * @param clock the clock an HTTP-date is measured against
   * @return the hint to decode with
   */
  public static RetryHint apply(RetryHint hint, int status, String value, Clock clock) {
    if (value == null || !(hint.retryable() || status == 429 || status == 503)) {
      return hint;
    }
    return parse(value, clock).map(hint::withAfter).orElse(hint);
  }

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
    Instant at = httpDate(v, clock.instant());
    if (at == null) {
      return Optional.empty();
    }
    try {
      Duration d = Duration.between(clock.instant(), at);
      return Optional.of(d.isNegative() ? Duration.ZERO : cap(d));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  // HTTP dates are English whatever the default locale (Locale.ROOT has no full day names)
  private static final DateTimeFormatter RFC_850 =
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-", Locale.US);
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

  /** An HTTP-date in any of its three forms, or {@code null}. */
  private static Instant httpDate(String v, Instant now) {
    if (v.length() > 64) {
      return null;
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      // not IMF-fixdate: try the obsolete forms
    }
    try {
      return LocalDateTime.parse(v, ASCTIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // not asctime
    }
    return rfc850(v, now);
  }

  /** {@code Sunday, 06-Nov-94 08:49:37 GMT}, the century chosen as RFC 9110 says. */
  private static Instant rfc850(String v, Instant now) {
    int dash = v.lastIndexOf('-');
    if (dash < 0 || !v.endsWith(" GMT") || v.length() != dash + 1 + 2 + 1 + 8 + 4) {
      return null;
    }
    try {
      String yy = v.substring(dash + 1, dash + 3);
      if (!isDigits(yy)) {
        return null;
      }
      LocalTime time = LocalTime.parse(v.substring(dash + 4, dash + 12),
          DateTimeFormatter.ofPattern("HH:mm:ss", Locale.US));
      java.time.temporal.TemporalAccessor head = RFC_850.parse(v.substring(0, dash + 1));
      int nowYear = now.atZone(ZoneOffset.UTC).getYear();
      // the latest year ending in those digits that lies at most 50 years ahead
      int year = nowYear / 100 * 100 + Integer.parseInt(yy);
      if (year > nowYear + 50) {
        year -= 100;
      } else if (year + 100 <= nowYear + 50) {
        year += 100;
      }
      LocalDate date = LocalDate.of(year, head.get(ChronoField.MONTH_OF_YEAR),
          head.get(ChronoField.DAY_OF_MONTH));
      if (date.getDayOfWeek().getValue() != head.get(ChronoField.DAY_OF_WEEK)) {
        return null; // "Monday, 06-Nov-94" names another day than the date's
      }
      return date.atTime(time).toInstant(ZoneOffset.UTC);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
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
