package io.errcat.catalog.model;

/**
 * Catalog-level advice for codes the catalog does not list (Image Search's "Others" row): a label
 * as the document writes it and the advice text. {@code source} may be null.
 */
public record Fallback(String label, String advice, String source, Positions at) {}
