package io.errcat.catalog.model;

/** A region of the product with its public and internal endpoint (Function Compute's table). */
public record Endpoint(
    String regionId, String name, String publicEndpoint, String internalEndpoint, Positions at) {}
