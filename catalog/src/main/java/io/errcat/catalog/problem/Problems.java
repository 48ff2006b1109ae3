package io.errcat.catalog.problem;

import io.errcat.catalog.model.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one file; the loader and the checker both report through it. Each
 * collector keeps at most {@link #LIMIT} problems of its own and counts the rest, which
 * {@link #list} sums up as one EC047, so a hostile file cannot exhaust memory with millions of
 * problems.
 */
public final class Problems {
  /** Most problems one collector lists (javac's default is 100 errors). */
  public static final int LIMIT = 1000;

  private final List<Problem> list = new ArrayList<>();
  private final int initial;
  private int dropped;
  private Position firstDropped;

  public Problems() {
    this(List.of());
  }

  /** A collector that starts with {@code initial} (not counted against the limit). */
  public Problems(List<Problem> initial) {
    list.addAll(initial);
    this.initial = initial.size();
  }

  /** Reports {@code id} at {@code at} with the id's default severity and message template. */
  public void add(ProblemId id, Position at, Object... args) {
    addWithHint(id, at, null, args);
  }

  /** As {@link #add}, with a "did you mean" suggestion (null for none). */
  public void addWithHint(ProblemId id, Position at, String didYouMean, Object... args) {
    if (list.size() - initial >= LIMIT) {
      if (dropped++ == 0) {
        firstDropped = at;
      }
      return;
    }
    list.add(new Problem(id, id.severity(), at, id.format(args), didYouMean));
  }

  public boolean hasErrors() {
    return dropped > 0 || list.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  /** The problems, with one EC047 at the first dropped position when some were dropped. */
  public List<Problem> list() {
    List<Problem> out = new ArrayList<>(list);
    if (dropped > 0) {
      ProblemId id = ProblemId.EC047;
      out.add(new Problem(id, id.severity(), firstDropped, id.format(dropped, LIMIT), null));
    }
    return List.copyOf(out);
  }
}
