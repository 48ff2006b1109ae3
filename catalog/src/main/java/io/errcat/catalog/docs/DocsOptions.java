package io.errcat.catalog.docs;

/** Settings of the docs emitter. (Being built: issue 5.) */
public record DocsOptions() {
  public static DocsOptions defaults() {
    return new DocsOptions();
  }
}
