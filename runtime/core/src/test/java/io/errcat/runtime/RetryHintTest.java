package io.errcat.runtime;

import static io.errcat.runtime.Products.headers;
import static io.errcat.runtime.Products.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented default retry policy and {@code Retry-After} parsing. */
class RetryHintTest {
  /** 1999-12-31T23:59:00Z. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("1999-12-31T23:59:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0} -> retryable={1}, throttling={2}")
  @CsvSource({
      "429, true, true",
      "503, true, false",
      "408, true, false",
      "502, true, false",
      "504, true, false",
      "500, false, false",
      "400, false, false",
      "404, false, false",
      "499, false, false",
      "0, false, false",
      "-1, false, false"})
  void defaultsWhenTheCatalogIsSilent(int status, boolean retryable, boolean throttling) {
    RetryHint h = RetryHint.forStatus(status);
    assertEquals(retryable, h.retryable());
    assertEquals(throttling, h.throttling());
    assertNull(h.after(), "no default carries a delay");
  }

  @Test
  void anErrorWithoutCatalogRetryUsesTheDefaultForItsStatus() {
    TestError e = new TestError("X", "X", 503, "m", null);
    assertEquals(RetryHint.RETRYABLE, e.retry());
    assertEquals(RetryHint.NONE, new TestError("Y", "Y", 0, "m", null).retry());
  }

  @Test
  void serverDelayMakesRetryableAndKeepsThrottling() {
    assertEquals(new RetryHint(true, Duration.ofSeconds(5), true),
        RetryHint.THROTTLED.withAfter(Duration.ofSeconds(5)));
    assertEquals(new RetryHint(true, Duration.ofSeconds(5), false),
        RetryHint.NONE.withAfter(Duration.ofSeconds(5)));
    assertThrows(IllegalArgumentException.class,
        () -> RetryHint.of(true, Duration.ofSeconds(-1)));
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', value = {
      "120 | PT2M",
      "0 | PT0S",
      "'  30  ' | PT30S",
      "007 | PT7S",
      "86400 | PT24H",
      "86401 | PT24H",
      "99999999999999999999999 | PT24H",
      "'Fri, 31 Dec 1999 23:59:59 GMT' | PT59S",
      "'Sat, 1 Jan 2000 00:09:00 GMT' | PT10M",
      "'Thu, 30 Dec 1999 00:00:00 GMT' | PT0S",
      "'Mon, 31 Dec 2012 00:00:00 GMT' | PT24H"})
  void parsesDeltaSecondsAndHttpDates(String value, String expected) {
    assertEquals(Optional.of(Duration.parse(expected)), RetryAfter.parse(value, CLOCK));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", " ", "-5", "1.5", "+3", "soon", "0x10", "Friday",
      "31 Dec 1999 23:59:59", "Fri, 31 Dec 1999 25:61:00 GMT", "\u0661\u0662"})
  void invalidValuesAreIgnored(String value) {
    assertEquals(Optional.empty(), RetryAfter.parse(value, CLOCK));
  }

  @Test
  void nullIsIgnored() {
    assertEquals(Optional.empty(), RetryAfter.parse(null, CLOCK));
  }

  @Test
  void formatsRoundedUp() {
    assertEquals("0", RetryAfter.format(Duration.ZERO));
    assertEquals("1", RetryAfter.format(Duration.ofNanos(1)));
    assertEquals("600", RetryAfter.format(Duration.ofMinutes(10)));
  }

  @Test
  void codecHonoursHttpDateAgainstItsClock() {
    HttpErrorCodec codec = HttpErrorCodec.builder(Products.FAAS.wire(), Products.FAAS::fromCode)
        .clock(CLOCK).build();
    ErrorDetails d = codec.fromHttp(503, headers("Retry-After", "Sat, 01 Jan 2000 00:00:00 GMT"),
        utf8("{\"Code\":\"SHELL NOT MATCH\"}"));
    assertTrue(d.retry().retryable(), "a 503 that says when to come back means retry");
    assertEquals(Duration.ofMinutes(1), d.retry().after());
  }

  @ParameterizedTest(name = "{0} with Retry-After")
  @ValueSource(ints = {400, 404, 500})
  void retryAfterDoesNotMakeANonRetryableErrorRetryable(int status) {
    ErrorDetails d = Products.FAAS.codec().fromHttp(status, headers("Retry-After", "0"),
        utf8("{\"Code\":\"SHELL NOT MATCH\"}"));
    assertFalse(d.retry().retryable(), d.retry().toString());
    assertNull(d.retry().after());
  }

  @Test
  void retryAfterTimesWhatIsRetryableAnyway() {
    ErrorDetails throttled = Products.FAAS.codec().fromHttp(429, headers("Retry-After", "7"),
        utf8("{\"Code\":\"SHELL NOT MATCH\"}"));
    assertEquals(Duration.ofSeconds(7), throttled.retry().after());
    ErrorDetails busy = Products.FAAS.codec().fromHttp(503, headers("Retry-After", "9"),
        utf8("{\"Code\":\"ANOTHER TASK RUNNING\"}"));
    assertEquals(Duration.ofSeconds(9), busy.retry().after());
    ErrorDetails gateway = Products.FAAS.codec().fromHttp(502, headers("Retry-After", "11"),
        utf8("<html>bad gateway</html>"));
    assertEquals(Duration.ofSeconds(11), gateway.retry().after(), "502 is retryable by default");
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(delimiter = '|', value = {
      "'Friday, 31-Dec-99 23:59:59 GMT' | PT59S",
      "'Saturday, 01-Jan-00 00:10:00 GMT' | PT11M",
      "'Fri Dec 31 23:59:59 1999' | PT59S",
      "'Sat Jan  1 00:10:00 2000' | PT11M"})
  void readsTheObsoleteDateFormsRfc9110Requires(String value, String expected) {
    assertEquals(Optional.of(Duration.parse(expected)), RetryAfter.parse(value, CLOCK));
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"Monday, 31-Dec-99 23:59:59 GMT", "Friday, 31-Dec-99 23:59:59 UTC",
      "Friday, 32-Dec-99 23:59:59 GMT", "Fri Dec 31 23:59:59", "Fri Dec 31 25:00:00 1999"})
  void rejectsBrokenObsoleteDates(String value) {
    assertEquals(Optional.empty(), RetryAfter.parse(value, CLOCK));
  }

  @Test
  void codecIgnoresAnInvalidRetryAfter() {
    ErrorDetails d = Products.FAAS.codec().fromHttp(500, headers("Retry-After", "later"),
        utf8("{\"Code\":\"NOPE\"}"));
    assertFalse(d.retry().retryable());
    assertNull(d.retry().after());
  }

  @Test
  void unknownCodesGetTheStatusDefault() {
    ErrorDetails d = Products.FAAS.codec().fromHttp(429, null, utf8("{\"Code\":\"Throttling\"}"));
    assertEquals(RetryHint.THROTTLED, d.retry());
  }
}
