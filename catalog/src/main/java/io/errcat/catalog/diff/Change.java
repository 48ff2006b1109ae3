package io.errcat.catalog.diff;

import io.errcat.catalog.model.Position;
import java.util.Objects;

/**
 * One difference between a baseline catalog and the current one: how bad it is, one sentence, and
 * where the value stood in the baseline and stands now (either is null when the value is absent
 * on that side).
 */
public record Change(Compatibility compatibility, String message, Position baseline,
    Position current, Target target) implements Comparable<Change> {

  /**
   * What a breaking change is about, in the terms an acknowledgement names it by.
   *
   * @param catalog the catalog's id
   * @param subject {@code code}, {@code operation}, {@code wire} or {@code catalog}
   * @param name the code, operation id, wire field or catalog id
   * @param change the kind of change (one of {@code Acknowledgement.KINDS})
   */
  public record Target(String catalog, String subject, String name, String change) {}

  /** A change no acknowledgement is about (compatible ones). */
  public Change(Compatibility compatibility, String message, Position baseline, Position current) {
    this(compatibility, message, baseline, current, null);
  }

  public Change {
    Objects.requireNonNull(compatibility, "compatibility");
    Objects.requireNonNull(message, "message");
    if (baseline == null && current == null) {
      throw new IllegalArgumentException("a change needs at least one position");
    }
  }

  public boolean breaking() {
    return compatibility == Compatibility.BREAKING;
  }

  /** The position to report the change at: the current one, else the baseline one. */
  public Position where() {
    return current != null ? current : baseline;
  }

  /**
   * {@code file:line:col: breaking: sentence (baseline: file:line:col)}, one line; the baseline
   * position is added when it differs from where the change is reported.
   */
  public String format() {
    String kind = breaking() ? "breaking" : "compatible";
    String was = current != null && baseline != null ? " (baseline: " + baseline + ")" : "";
    return where() + ": " + kind + ": " + message + was;
  }

  /** Breaking changes first, then by position and sentence: the same order on every machine. */
  @Override
  public int compareTo(Change o) {
    int c = compatibility.compareTo(o.compatibility);
    if (c != 0) return c;
    c = where().compareTo(o.where());
    return c != 0 ? c : message.compareTo(o.message);
  }

  @Override
  public String toString() {
    return format();
  }
}
