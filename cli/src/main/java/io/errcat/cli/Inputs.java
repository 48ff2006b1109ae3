package io.errcat.cli;

import io.errcat.catalog.CatalogFiles;
import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.problem.DidYouMean;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the command line names, loaded: each argument is a catalog file, a directory (its
 * {@code *.yaml}/{@code *.yml} files, as the Maven plugin reads {@code src/main/errcat}) or the
 * id of a bundled catalog. Files are named in problems as they were given.
 */
final class Inputs {
  /** One loaded input: the name problems print, what the engine made of it, where it came from. */
  record Loaded(String displayName, LoadResult result, boolean bundled) {}

  private final List<Loaded> loaded;

  private Inputs(List<Loaded> loaded) {
    this.loaded = List.copyOf(loaded);
  }

  /**
   * Loads every argument. {@code defaultPackage} goes to the given files' catalogs that name no
   * package (null: the id's); bundled catalogs keep theirs.
   */
  static Inputs load(List<String> arguments, String defaultPackage) {
    List<Loaded> out = new ArrayList<>();
    for (String arg : arguments) {
      for (Path file : files(arg)) {
        String name = file.toString();
        LoadResult r = Engine.load(file, name);
        out.add(new Loaded(name, new LoadResult(
            r.catalog().map(c -> c.withDefaultJavaPackage(defaultPackage)), r.problems()), false));
      }
      if (!isPath(arg)) {
        out.add(bundled(arg));
      }
    }
    Inputs inputs = new Inputs(out);
    inputs.rejectDuplicateIds();
    return inputs;
  }

  /** The bundled catalogs, all of them. */
  static Inputs bundled() {
    List<Loaded> out = new ArrayList<>();
    for (String id : ClasspathCatalogs.ids()) {
      out.add(bundled(id));
    }
    return new Inputs(out);
  }

  private static boolean isPath(String arg) {
    try {
      return Files.exists(Path.of(arg));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** The catalog files an existing path stands for; none when it names no file or directory. */
  private static List<Path> files(String arg) {
    if (!isPath(arg)) {
      return List.of();
    }
    Path p = Path.of(arg);
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    List<Path> files;
    try {
      files = CatalogFiles.in(p);
    } catch (IOException e) {
      throw new CliFailure(Exit.IO, "cannot list " + arg + ": " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new CliFailure(Exit.IO, "no catalogs (*.yaml, *.yml) in the directory " + arg);
    }
    return files;
  }

  private static Loaded bundled(String id) {
    List<String> ids = ClasspathCatalogs.ids();
    if (!ids.contains(id)) {
      String near = DidYouMean.nearest(id, ids);
      throw new CliFailure(Exit.IO, "'" + id + "' is no catalog file, directory or bundled catalog"
          + (near != null ? " (did you mean '" + near + "'?)" : "; bundled: " + String.join(", ", ids)));
    }
    return new Loaded(ClasspathCatalogs.resourcePath(id),
        ClasspathCatalogs.load(id).orElseThrow(), true);
  }

  private void rejectDuplicateIds() {
    Map<String, String> seen = new LinkedHashMap<>();
    for (Loaded l : loaded) {
      if (l.result().catalog().isEmpty()) {
        continue;
      }
      String id = l.result().catalog().get().product().id();
      String before = seen.putIfAbsent(id, l.displayName());
      if (before != null) {
        throw new CliFailure(Exit.IO, "catalog '" + id + "' is given twice: " + before + " and "
            + l.displayName());
      }
    }
  }

  List<Loaded> loaded() {
    return loaded;
  }

  /** Every problem, in input order and by position within an input. */
  List<Problem> problems() {
    return loaded.stream().flatMap(l -> l.result().problems().stream()).toList();
  }

  long count(Severity severity) {
    return problems().stream().filter(p -> p.severity() == severity).count();
  }

  /** Whether every input has a catalog and no error: only then is anything generated. */
  boolean clean() {
    return loaded.stream().allMatch(l -> l.result().isClean());
  }

  /** The catalogs, in input order (all of them only when {@link #clean()}). */
  List<Catalog> catalogs() {
    return loaded.stream().flatMap(l -> l.result().catalog().stream()).toList();
  }

  /** "2 catalogs", "1 catalog". */
  String describe() {
    return count(loaded.size(), "catalog");
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
