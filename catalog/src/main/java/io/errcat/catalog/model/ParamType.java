package io.errcat.catalog.model;

import java.util.Locale;
import java.util.Optional;

/** The Java type of a message template parameter. {@code %d} takes only integral types. */
public enum ParamType {
  STRING("String", false),
  INT("int", true),
  LONG("long", true);

  private final String yamlName;
  private final boolean integral;

  ParamType(String yamlName, boolean integral) {
    this.yamlName = yamlName;
    this.integral = integral;
  }

  /** The name as written in a catalog: {@code String}, {@code int}, {@code long}. */
  public String yamlName() {
    return yamlName;
  }

  public boolean integral() {
    return integral;
  }

  /** Reads a catalog's type name; {@code string} and {@code String} are both accepted. */
  public static Optional<ParamType> fromYaml(String text) {
    for (ParamType t : values()) {
      if (t.yamlName.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
