package io.errcat.catalog.java;

import io.errcat.catalog.model.Symbols;

/**
 * Settings of the Java emitter. {@code docsBaseUrl}: where the HTML reference is published, so
 * that problem+json {@code type} URIs point at it (null: relative {@code <id>.html#CODE}); kept
 * in {@link Symbols#normaliseBaseUrl} form, the same as the docs use.
 */
public record JavaOptions(String docsBaseUrl) {
  public JavaOptions {
    docsBaseUrl = Symbols.normaliseBaseUrl(docsBaseUrl);
  }

  public static JavaOptions defaults() {
    return new JavaOptions(null);
  }
}
