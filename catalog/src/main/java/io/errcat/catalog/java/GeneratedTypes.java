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

  /**
   * The binary name of the catalog's binding type, e.g. {@code io.errcat.catalogs.faas.FaasCatalog},
   * as {@code META-INF/services} lists it; null for a catalog without a wire format, which has none.
   *
   * @param catalog a clean catalog
   * @return the binary name of {@code <Prefix>Catalog}, or null
   */
  public static String bindingType(Catalog catalog) {
    return catalog.wire() == null ? null : Plan.bindingType(catalog).reflectionName();
  }

  /** The value of the {@code @Generated} annotation on every type {@link JavaEmitter} writes. */
  public static final String GENERATOR = JavaEmitter.class.getName();
}
