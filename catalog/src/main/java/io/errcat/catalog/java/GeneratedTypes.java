package io.errcat.catalog.java;

import io.errcat.catalog.model.Catalog;

/**
 * The names {@link JavaEmitter} gives a catalog's types, for front ends that look for them
 * (whether a catalog's API already exists, whether two catalogs would generate the same types).
 */
public final class GeneratedTypes {
  private GeneratedTypes() {}

  /**
   * The qualified name of the catalog's error type, e.g. {@code io.errcat.catalogs.faas.FaasError}.
   *
   * @param catalog a clean catalog
   * @return the canonical name of {@code <Prefix>Error}
   */
  public static String errorType(Catalog catalog) {
    return Plan.errorType(catalog).canonicalName();
  }
}
