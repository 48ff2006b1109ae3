package io.errcat.catalog.model;

import java.util.Objects;

/**
 * A code the product no longer returns and that must never be reused: kept in the catalog's
 * {@code retired} list so that the checker refuses it on a live entry, the reference keeps its
 * page ("no longer returned since …") and decoding it still says what it was.
 *
 * @param code the code as it was on the wire
 * @param since the catalog release it was retired in, or null
 * @param note why, or what replaced it, or null
 * @param at where each part was written
 */
public record Retired(String code, String since, String note, Positions at) {
  public Retired {
    Objects.requireNonNull(code, "code");
  }
}
