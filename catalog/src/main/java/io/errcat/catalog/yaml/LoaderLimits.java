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

  /**
   * Most YAML values (texts, mappings, lists, aliases) in one file, counted as they are parsed,
   * before they are composed: what bounds the loader's memory (a 4 MiB file of one-letter items
   * would otherwise be two million nodes). Far above what 4 MiB of real entries hold.
   */
  public static final int MAX_NODES = 500_000;

  /** Longest text, in modified UTF-8 bytes: what a class file's string constant holds. */
  public static final int MAX_TEXT_BYTES = 65_535;

  /** Longest text, in UTF-16 characters: javac refuses a string constant of 65,535 or more. */
  public static final int MAX_TEXT_CHARS = 65_534;
}
