package io.errcat.maven;

/**
 * One catalog as the plugin found it, before loading: the name problems report it under (a path
 * relative to the project, or the class path resource of a bundled catalog), its file name, and
 * its bytes. {@code bundled} tells catalogs from the errcat-catalog jar from the project's own.
 */
public record CatalogInput(String displayName, String fileName, byte[] content, boolean bundled) {}
