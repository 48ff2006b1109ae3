package io.errcat.catalog.model;

/** Provenance: a document the catalog's facts come from. Only {@code document} is required. */
public record Source(String document, String title, String section, Positions at) {}
