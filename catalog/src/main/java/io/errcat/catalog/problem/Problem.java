package io.errcat.catalog.problem;

import io.errcat.catalog.model.Position;
import io.errcat.runtime.LogSafe;
import java.util.Objects;

/**
 * One problem found in a catalog: a stable id, a severity, where it is, one sentence, and a
 * "did you mean" suggestion where one exists (else null).
 */
public record Problem(ProblemId id, Severity severity, Position position, String message, String didYouMean)
    implements Comparable<Problem> {

  public Problem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Problem o) {
    int c = position.compareTo(o.position);
    return c != 0 ? c : id.compareTo(o.id);
  }

  /**
   * The one problem line, {@code file:line:col: [EC012] sentence. (did you mean 'x'?)}, as the
   * Maven plugin logs it (at the problem's level), the annotation processor reports it (as an error
   * or warning) and docs/problems.md shows it; IDEs and terminals link the position. Line breaks,
   * escape sequences and other controls quoted from a catalog are escaped ({@code LogSafe}).
   */
  public String format() {
    String hint = didYouMean == null ? "" : " (did you mean '" + didYouMean + "'?)";
    // one line whatever the catalog holds: quoted texts cannot forge a build's log lines
    return LogSafe.text(position + ": [" + id.name() + "] " + message + hint);
  }

  @Override
  public String toString() {
    return format();
  }
}
