package io.errcat.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which files of a directory are catalogs, for every front end alike (the Maven plugin, the CLI):
 * the {@code *.yaml} and {@code *.yml} files directly in it, in any case, sorted by name so that
 * every machine and file system gives the same order.
 */
public final class CatalogFiles {
  private CatalogFiles() {}

  /**
   * Whether a file name is a catalog's.
   *
   * @param fileName a file name
   * @return true for {@code *.yaml} and {@code *.yml}, in any case
   */
  public static boolean isCatalogName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * The catalog files directly in a directory, sorted by name.
   *
   * @param directory the directory
   * @return the files; empty when the directory does not exist
   * @throws IOException when it cannot be listed
   */
  public static List<Path> in(Path directory) throws IOException {
    if (directory == null || !Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(directory)) {
      return list.filter(Files::isRegularFile)
          .filter(f -> isCatalogName(f.getFileName().toString())).sorted().toList();
    }
  }
}
