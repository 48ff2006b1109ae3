package io.errcat.catalog.learn;

import java.time.Instant;

/**
 * What traffic showed of one (catalog, kind, status, code), summed over every line that named it.
 *
 * @param catalog the catalog id the client decoded with, or {@code null} when not recorded
 * @param kind {@code UNKNOWN_CODE}, {@code RETIRED_CODE}, {@code UNEXPECTED_STATUS} or {@code
 *     NOT_PRODUCT_FORMAT}, as the runtime's {@code Unexplained.Kind} names them
 * @param status the HTTP status
 * @param code the code, or {@code null} (not the product's format)
 * @param message the first message seen with it, or {@code null}
 * @param operation the first operation seen with it, or {@code null}
 * @param count how many responses
 * @param firstSeen the earliest sighting
 * @param lastSeen the latest sighting
 */
public record Observation(String catalog, String kind, int status, String code, String message,
    String operation, long count, Instant firstSeen, Instant lastSeen) {

  /** This observation with another's sightings added. */
  Observation plus(Observation o) {
    return new Observation(catalog, kind, status, code, message != null ? message : o.message,
        operation != null ? operation : o.operation, saturatedAdd(count, o.count),
        firstSeen.isBefore(o.firstSeen) ? firstSeen : o.firstSeen,
        lastSeen.isAfter(o.lastSeen) ? lastSeen : o.lastSeen);
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }
}
