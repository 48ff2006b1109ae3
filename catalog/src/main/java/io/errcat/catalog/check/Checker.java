package io.errcat.catalog.check;

import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.model.Catalog;

/**
 * Applies the catalog rules to a loaded catalog in one pass: every rule runs over the whole
 * catalog and reports every problem it finds, so one run shows all that is wrong. A failure
 * inside a rule becomes EC017 instead of an exception.
 */
public final class Checker {
  private Checker() {}

  /** Adds the rule problems of the loaded catalog, if any, to the loader's problems. */
  public static LoadResult checkLoaded(LoadResult loaded) {
    if (loaded.catalog().isEmpty()) {
      return loaded;
    }
    Catalog catalog = loaded.catalog().get();
    Problems problems = new Problems(loaded.problems());
    try {
      check(catalog, problems);
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(ProblemId.EC017, catalog.at().self(),
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
    return new LoadResult(loaded.catalog(), problems.list());
  }

  /** Reports every rule problem of {@code catalog}. */
  public static void check(Catalog catalog, Problems problems) {
    ProductRules.check(catalog, problems);
    EntryRules.check(catalog, problems);
    TemplateRules.check(catalog, problems);
    TranslationRules.check(catalog, problems);
    GrpcRules.check(catalog, problems);
    JavaNameRules.check(catalog, problems);
  }
}
