package io.errcat.catalog.problem;

import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.Severity;
import io.errcat.catalog.model.Catalog;
import java.util.List;
import java.util.Optional;

/**
 * What loading and checking one catalog file gave: the catalog (absent when the file could not be
 * read into the model at all) and every problem found, sorted by position.
 */
public record LoadResult(Optional<Catalog> catalog, List<Problem> problems) {

  public LoadResult {
    problems = problems.stream().sorted().toList();
  }

  /** True when there is a catalog and no problem of severity ERROR: only then may code be generated. */
  public boolean isClean() {
    return catalog.isPresent() && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
  }
}
