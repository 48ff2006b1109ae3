package io.errcat.catalog.model;

/**
 * An operation of the product, named as the document names it. {@code action} (the RPC action on
 * the wire, when it differs), {@code command} (the CLI command) and {@code description} may be null.
 */
public record Operation(String id, String action, String command, String description, Positions at) {}
