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

  /**
   * The position of item {@code index} of the list {@code field} (keyed {@code field[index]} by
   * the loader), else of the list, else of the mapping.
   */
  public Position item(String field, int index) {
    Position p = fields.get(field + "[" + index + "]");
    return p != null ? p : of(field);
  }
}
