package io.errcat.catalog.model;

import java.util.Objects;

/**
 * An entry's texts in one more language: what its {@code messages}, {@code descriptions} and
 * {@code solutions} give under one BCP 47 tag. Each text may be null (a translated message
 * without a translated description is common); the entry's own texts are in the catalog's
 * {@link Catalog#languageTag() language}.
 *
 * @param tag the language tag as written, e.g. {@code zh-CN}
 * @param message the message, a template with the entry's params when it has them
 * @param description what the error means
 * @param solution what to do about it
 * @param at {@code self} is where the tag was first written; {@code message}, {@code description}
 *     and {@code solution} where each text was
 */
public record Translation(String tag, String message, String description, String solution,
    Positions at) {

  public Translation {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(at, "at");
  }

  /** The text of a field ({@code message}, {@code description} or {@code solution}), or null. */
  public String text(String field) {
    return switch (field) {
      case "message" -> message;
      case "description" -> description;
      case "solution" -> solution;
      default -> throw new IllegalArgumentException(field);
    };
  }
}
