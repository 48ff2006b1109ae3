package io.errcat.catalog.model;

/**
 * The catalog's {@code product.java} settings. Either may be null; {@link Naming} derives the
 * missing ones from the product id.
 */
public record JavaSection(String packageName, String prefix, Positions at) {}
