package io.errcat.catalog.java;

/**
 * Settings of the Java emitter. {@code docsBaseUrl}: where the HTML reference is published, so
 * that problem+json {@code type} URIs point at it (null: relative {@code <id>.html#CODE}).
 */
public record JavaOptions(String docsBaseUrl) {
  public static JavaOptions defaults() {
    return new JavaOptions(null);
  }
}
