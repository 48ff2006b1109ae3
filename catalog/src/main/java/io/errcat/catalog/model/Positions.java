package io.errcat.catalog.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The positions of one YAML mapping: where the mapping itself starts and where each of its
 * values was written, keyed by field name. The checker reports problems on these.
 */
public record Positions(Position self, Map<String, Position> fields) {

  public Positions {
    fields = Map.copyOf(new TreeMap<>(fields));
  }

  public static Positions of(Position self) {
    return new Positions(self, Map.of());
  }

  /** The position of {@code field}'s value, or of the mapping when the field is absent. */
  public Position of(String field) {
    return fields.getOrDefault(field, self);
  }
}
