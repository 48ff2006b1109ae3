package io.errcat.catalog.yaml;

/**
 * The bounds that keep loading a hostile file cheap. A real catalog stays far below each of them
 * (the largest bundled catalog has a few hundred entries and five levels of nesting).
 */
public final class LoaderLimits {
  private LoaderLimits() {}

  /** Largest catalog file, in bytes, checked before the file is read or parsed: 4 MiB. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /** Deepest nesting of mappings and sequences; the format itself needs five. */
  public static final int MAX_DEPTH = 32;

  /** Most aliases ({@code *name}) in one file: enough to share lists, too few for an alias bomb. */
  public static final int MAX_ALIASES = 100;
}
