package io.errcat.catalog.model;

/**
 * An entry's {@code deprecated} section: the code is still returned and decoded, but callers
 * should move on. Each part may be null.
 *
 * @param since the release of the catalog it was deprecated in, e.g. {@code 2.0}
 * @param replacedBy the code to use instead, a code of the same catalog
 * @param note why, or what to do
 * @param at where each part was written
 */
public record Deprecation(String since, String replacedBy, String note, Positions at) {}
