package io.errcat.catalog.check;

import io.errcat.catalog.LoadResult;

/** Applies the catalog rules to a loaded catalog. (Being built: issue 2.) */
public final class Checker {
  private Checker() {}

  /** Adds the rule problems of the loaded catalog, if any, to the loader's problems. */
  public static LoadResult checkLoaded(LoadResult loaded) {
    return loaded;
  }
}
