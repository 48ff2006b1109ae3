package io.errcat.maven;

import io.errcat.catalog.CatalogFiles;
import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** Finds a project's catalogs: the YAML files of a directory and bundled catalogs by id. */
final class CatalogInputs {
  private CatalogInputs() {}

  /**
   * The {@code *.yaml}/{@code *.yml} files directly in {@code directory} (none when it does not
   * exist), sorted by name so that every machine sees the same order, then the bundled catalogs
   * {@code bundledIds} in the order given. Names are shown relative to {@code basedir}.
   */
  static List<CatalogInput> find(Path basedir, Path directory, List<String> bundledIds)
      throws MojoExecutionException {
    List<CatalogInput> inputs = new ArrayList<>(files(basedir, directory));
    for (String id : bundledIds) {
      inputs.add(bundled(id.strip()));
    }
    return inputs;
  }

  /** The catalog files directly in {@code directory}, sorted by name. */
  static List<CatalogInput> files(Path basedir, Path directory) throws MojoExecutionException {
    List<Path> files;
    try {
      files = CatalogFiles.in(directory);
    } catch (IOException e) {
      throw new MojoExecutionException(Message.UNREADABLE_INPUT.format(directory, e.getMessage()), e);
    }
    List<CatalogInput> inputs = new ArrayList<>();
    for (Path file : files) {
      String name = displayName(basedir, file);
      try {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
          // a huge file is never read whole: one byte past the limit is enough to refuse it
          bytes = in.readNBytes(Engine.MAX_CATALOG_BYTES + 1);
        }
        inputs.add(new CatalogInput(name, file.getFileName().toString(), bytes, false, file));
      } catch (IOException e) {
        throw new MojoExecutionException(Message.UNREADABLE_INPUT.format(name, e.getMessage()), e);
      }
    }
    return inputs;
  }

  /** The catalog bundled in the errcat-catalog jar under {@code id}, or a failure naming the ids. */
  static CatalogInput bundled(String id) throws MojoExecutionException {
    ClassLoader cl = ClasspathCatalogs.class.getClassLoader();
    List<String> ids = ClasspathCatalogs.ids(cl);
    String path = ClasspathCatalogs.resourcePath(id);
    if (!ids.contains(id)) {
      throw new MojoExecutionException(Message.UNKNOWN_BUNDLED.format(id, String.join(", ", ids)));
    }
    try (InputStream in = cl.getResourceAsStream(path)) {
      if (in == null) {
        throw new MojoExecutionException(Message.UNKNOWN_BUNDLED.format(id, String.join(", ", ids)));
      }
      return new CatalogInput(path, id + ".yaml", in.readAllBytes(), true);
    } catch (IOException e) {
      throw new MojoExecutionException(Message.UNREADABLE_INPUT.format(path, e.getMessage()), e);
    }
  }

  /** {@code file} relative to {@code basedir} with '/' separators, or absolute when outside it. */
  static String displayName(Path basedir, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = basedir == null ? null : basedir.toAbsolutePath().normalize();
    Path shown = base != null && abs.startsWith(base) ? base.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }
}
