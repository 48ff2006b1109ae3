package io.errcat.maven;

import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems a goal reported on its last successful run, kept beside its state so an up-to-date
 * build shows them again without parsing a catalog: a warning stays visible on every build. The
 * file names the fingerprint it belongs to; any other fingerprint, or a damaged file, means no
 * replay (and so a full run).
 */
final class ProblemReplay {
  private static final String HEADER = "# errcat problems of the last run; delete to force a full run";
  private static final String FINGERPRINT = "fingerprint ";

  /** One replayed line: its severity and its formatted text. */
  record Line(Severity severity, String text) {}

  private ProblemReplay() {}

  /** Records {@code problems} for {@code fingerprint} (atomically: a temporary file, then a move). */
  static void write(Path file, String fingerprint, List<Problem> problems) throws IOException {
    StringBuilder b = new StringBuilder(HEADER).append('\n').append(FINGERPRINT)
        .append(fingerprint).append('\n');
    for (Problem p : problems) {
      // one line each: a problem's text never holds a line break (Problem.format)
      b.append(p.severity().name()).append(' ')
          .append(p.format().replace('\n', ' ').replace('\r', ' ')).append('\n');
    }
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, b, StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** The lines recorded for {@code fingerprint}, or null when there are none for it. */
  static List<Line> read(Path file, String fingerprint) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
    if (lines.size() < 2 || !lines.get(0).equals(HEADER)
        || !lines.get(1).equals(FINGERPRINT + fingerprint)) {
      return null;
    }
    List<Line> out = new ArrayList<>();
    for (String l : lines.subList(2, lines.size())) {
      int space = l.indexOf(' ');
      if (space < 0) {
        return null;
      }
      try {
        out.add(new Line(Severity.valueOf(l.substring(0, space)), l.substring(space + 1)));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return out;
  }

  /** Deletes the record (before a run that may fail). */
  static void clear(Path file) throws IOException {
    Files.deleteIfExists(file);
  }
}
