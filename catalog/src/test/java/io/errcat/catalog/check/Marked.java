package io.errcat.catalog.check;

import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalog text with the expected problems marked in place: {@code ⟪EC012⟫} right before the
 * offending token. {@link #parse} strips the markers and gives each one's line:col (1-based, in
 * code points), so a test states what and where without counting columns by hand.
 */
record Marked(String text, List<Expected> expected) {
  private static final Pattern MARKER = Pattern.compile("⟪(EC\\d{3})⟫");

  /** One expected problem: its id and position. */
  record Expected(ProblemId id, Position at) {
    @Override
    public String toString() {
      return at + " " + id;
    }
  }

  static Marked parse(String file, String marked) {
    StringBuilder clean = new StringBuilder();
    List<Expected> expected = new ArrayList<>();
    Matcher m = MARKER.matcher(marked);
    int last = 0;
    while (m.find()) {
      clean.append(marked, last, m.start());
      expected.add(new Expected(ProblemId.valueOf(m.group(1)), positionAtEnd(file, clean)));
      last = m.end();
    }
    clean.append(marked.substring(last));
    return new Marked(clean.toString(), List.copyOf(expected));
  }

  private static Position positionAtEnd(String file, CharSequence s) {
    int line = 1;
    int col = 1;
    String t = s.toString();
    for (int i = 0; i < t.length(); i = t.offsetByCodePoints(i, 1)) {
      if (t.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new Position(file, line, col);
  }
}
