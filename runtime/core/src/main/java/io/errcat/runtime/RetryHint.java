package io.errcat.runtime;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Whether an error is worth retrying, after how long, and whether it means "slow down".
 *
 * <p>Catalogs carry only what their documents say. Where a catalog is silent, {@link
 * #forStatus(int)} states the default policy:
 *
 * <ul>
 *   <li>{@code 429 Too Many Requests}: retryable, throttling;
 *   <li>{@code 503 Service Unavailable}: retryable;
 *   <li>{@code 408 Request Timeout}, {@code 502 Bad Gateway}, {@code 504 Gateway Timeout}:
 *       retryable (transient failures between client and server);
 *   <li>{@code 500 Internal Server Error} and everything else, including {@code 0} (no status, an
 *       in-process error): not retryable, because a 500 may repeat deterministically and retrying
 *       a non-idempotent call that half-succeeded is unsafe.
 * </ul>
 *
 * <p>No default carries a delay. On decode a {@code Retry-After} response header (delta-seconds or
 * an HTTP-date) supplies one by RFC 9110's rule ({@link RetryAfter#apply}): on a 503 or 429 it
 * makes the error retryable after that delay; elsewhere it only times an error that is retryable
 * already, so a 400 with {@code Retry-After: 0} stays not retryable.
 *
 * @param retryable whether retrying the same request may succeed
 * @param after how long to wait before retrying, or {@code null} when nobody said (the one
 *     accessor of the delay)
 * @param throttling whether the error means the caller is sending too much (back off)
 * @serial exclude
 */
public record RetryHint(boolean retryable, Duration after, boolean throttling)
    implements Serializable {

  /** Not retryable, no delay, not throttling. */
  public static final RetryHint NONE = new RetryHint(false, null, false);

  /** Retryable, no stated delay. */
  public static final RetryHint RETRYABLE = new RetryHint(true, null, false);

  /** Retryable and throttling (429), no stated delay. */
  public static final RetryHint THROTTLED = new RetryHint(true, null, true);

  /**
   * Checks the delay.
   *
   * @throws IllegalArgumentException when {@code after} is negative
   *
   * @param retryable see the record component
   * @param after see the record component
   * @param throttling see the record component
   */
  public RetryHint {
    if (after != null && after.isNegative()) {
      throw new IllegalArgumentException("negative retry delay: " + after);
    }
  }

  /**
   * A hint as a catalog states it.
   *
   * @param retryable whether to retry
   * @param after the delay, or {@code null}
   * @return the hint
   */
  public static RetryHint of(boolean retryable, Duration after) {
    return new RetryHint(retryable, after, false);
  }

  /**
   * The default policy for a status the catalog says nothing about (see the class comment).
   *
   * @param httpStatus the HTTP status, or {@code 0} for none
   * @return the default hint, never {@code null}
   */
  public static RetryHint forStatus(int httpStatus) {
    switch (httpStatus) {
      case 429:
        return THROTTLED;
      case 408:
      case 502:
      case 503:
      case 504:
        return RETRYABLE;
      default:
        return NONE;
    }
  }

  /**
   * This hint, retryable after a server-given delay ({@link RetryAfter#apply} decides when a
   * delay applies).
   *
   * @param delay the delay from {@code Retry-After}
   * @return a retryable hint with that delay, keeping {@link #throttling()}
   */
  public RetryHint withAfter(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    return new RetryHint(true, delay, throttling);
  }
}
