package io.errcat.runtime;

/** The kind of a JSON value as {@link JsonReader} meets it (an XML element maps onto two). */
enum JsonKind {
  OBJECT("an object"),
  ARRAY("an array"),
  STRING("a string"),
  INTEGER("a number"),
  FLOAT("a number"),
  TRUE("a boolean"),
  FALSE("a boolean"),
  NULL("null");

  private final String description;

  JsonKind(String description) {
    this.description = description;
  }

  /** Whether the value has a text a member keeps: a string or a number. */
  boolean isText() {
    return this == STRING || this == INTEGER || this == FLOAT;
  }

  /** Whether the value is an object or an array. */
  boolean isContainer() {
    return this == OBJECT || this == ARRAY;
  }

  /** The kind in words, for a failure's detail ("an array"). */
  String description() {
    return description;
  }
}
