package io.errcat.catalog.diff;

import java.util.List;

/** Every change between a baseline and the current catalogs, breaking ones first. */
public record DiffResult(List<Change> changes) {

  public DiffResult {
    changes = changes.stream().sorted().toList();
  }

  public List<Change> breaking() {
    return changes.stream().filter(Change::breaking).toList();
  }

  public List<Change> compatible() {
    return changes.stream().filter(c -> !c.breaking()).toList();
  }

  public boolean hasBreaking() {
    return changes.stream().anyMatch(Change::breaking);
  }
}
