package io.errcat.catalog.check;

import io.errcat.catalog.model.Position;
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

  /** {@code file:line:col: error: [EC012] sentence (did you mean 'x'?)}, one line. */
  public String format() {
    String sev = severity == Severity.ERROR ? "error" : "warning";
    String text = message;
    if (didYouMean != null) {
      // the hint belongs inside the sentence: "... in wire (did you mean 'codeField'?)."
      String stem = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
      text = stem + " (did you mean '" + didYouMean + "'?)" + (text.endsWith(".") ? "." : "");
    }
    return position + ": " + sev + ": [" + id.name() + "] " + text;
  }

  @Override
  public String toString() {
    return format();
  }
}
