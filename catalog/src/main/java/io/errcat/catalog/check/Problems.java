package io.errcat.catalog.check;

import io.errcat.catalog.model.Position;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file; the loader and the checker both report through it. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public Problems() {}

  public Problems(List<Problem> initial) {
    list.addAll(initial);
  }

  /** Reports {@code id} at {@code at} with the id's default severity and message template. */
  public void add(ProblemId id, Position at, Object... args) {
    list.add(new Problem(id, id.severity(), at, id.format(args), null));
  }

  /** As {@link #add}, with a "did you mean" suggestion (null for none). */
  public void addWithHint(ProblemId id, Position at, String didYouMean, Object... args) {
    list.add(new Problem(id, id.severity(), at, id.format(args), didYouMean));
  }

  public boolean hasErrors() {
    return list.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  public List<Problem> list() {
    return List.copyOf(list);
  }
}
