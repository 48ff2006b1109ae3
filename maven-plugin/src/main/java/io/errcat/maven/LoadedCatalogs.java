package io.errcat.maven;

import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.Severity;
import io.errcat.catalog.model.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/** Catalog inputs loaded and checked by the engine, with every problem they have. */
final class LoadedCatalogs {
  private final List<CatalogInput> inputs;
  private final List<LoadResult> results;

  private LoadedCatalogs(List<CatalogInput> inputs, List<LoadResult> results) {
    this.inputs = inputs;
    this.results = results;
  }

  /**
   * Loads every input; an engine crash on one input fails with its name rather than a trace. The
   * project's own catalogs that name no package get {@code defaultPackage} (null: the id's).
   */
  static LoadedCatalogs load(List<CatalogInput> inputs, String defaultPackage)
      throws MojoExecutionException {
    List<LoadResult> results = new ArrayList<>();
    for (CatalogInput input : inputs) {
      try {
        // an oversized file is reported from its real size (EC002), not from the bytes read
        LoadResult r = input.oversized() && input.path() != null
            ? Engine.load(input.path(), input.displayName())
            : Engine.load(input.displayName(), input.content());
        results.add(input.bundled() ? r : new LoadResult(
            r.catalog().map(c -> c.withDefaultJavaPackage(defaultPackage)), r.problems()));
      } catch (RuntimeException e) {
        throw new MojoExecutionException(
            Message.GENERATOR_FAILED.format(input.displayName(), e), e);
      }
    }
    LoadedCatalogs loaded = new LoadedCatalogs(List.copyOf(inputs), List.copyOf(results));
    loaded.rejectDuplicateIds();
    return loaded;
  }

  private void rejectDuplicateIds() throws MojoExecutionException {
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).catalog().isEmpty()) continue;
      String id = results.get(i).catalog().get().product().id();
      String where = inputs.get(i).displayName();
      String before = seen.putIfAbsent(id, where);
      if (before != null) {
        throw new MojoExecutionException(Message.DUPLICATE_ID.format(id, before, where));
      }
    }
  }

  List<CatalogInput> inputs() {
    return inputs;
  }

  List<LoadResult> results() {
    return results;
  }

  /** Every problem of every catalog, in input order and by position within a catalog. */
  List<Problem> problems() {
    return results.stream().flatMap(r -> r.problems().stream()).toList();
  }

  long count(Severity severity) {
    return problems().stream().filter(p -> p.severity() == severity).count();
  }

  boolean clean() {
    return results.stream().allMatch(LoadResult::isClean);
  }

  /** The loaded catalogs, in input order (only meaningful when {@link #clean()}). */
  List<Catalog> catalogs() {
    return results.stream().flatMap(r -> r.catalog().stream()).toList();
  }

  /** "2 catalogs" / "1 catalog". */
  String describe() {
    return Message.count(inputs.size(), "catalog");
  }

}
