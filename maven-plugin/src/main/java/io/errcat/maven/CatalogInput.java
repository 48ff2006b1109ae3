package io.errcat.maven;

import java.nio.file.Path;

/**
 * One catalog as the plugin found it, before loading: the name problems report it under (a path
 * relative to the project, or the class path resource of a bundled catalog), its file name, and
 * its bytes. {@code bundled} tells catalogs from the errcat-catalog jar from the project's own.
 * A file's bytes are read only up to one past the engine's limit ({@code path} is the file, so an
 * oversized one is reported with its real size, never read whole).
 *
 * @param displayName the name problems report
 * @param fileName the file name
 * @param content the bytes, at most {@code Engine.MAX_CATALOG_BYTES + 1}
 * @param bundled whether it came from the errcat-catalog jar
 * @param path the file it was read from, or {@code null}
 */
public record CatalogInput(String displayName, String fileName, byte[] content, boolean bundled,
    Path path) {

  /**
   * An input that is no file of the project's (bundled, or from an archive).
   *
   * @param displayName the name problems report
   * @param fileName the file name
   * @param content the bytes
   * @param bundled whether it came from the errcat-catalog jar
   */
  public CatalogInput(String displayName, String fileName, byte[] content, boolean bundled) {
    this(displayName, fileName, content, bundled, null);
  }

  /** Whether only the start of the input was read: it is over the engine's limit. */
  boolean oversized() {
    return content.length > io.errcat.catalog.Engine.MAX_CATALOG_BYTES;
  }
}
