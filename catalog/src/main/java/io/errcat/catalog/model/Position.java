package io.errcat.catalog.model;

import java.util.Objects;

/** Where a value was written: file name (as given to the loader), 1-based line and column. */
public record Position(String file, int line, int column) implements Comparable<Position> {

  public Position {
    Objects.requireNonNull(file, "file");
  }

  /** A position for values that were not read from a file (built in code). */
  public static Position unknown(String file) {
    return new Position(file, 0, 0);
  }

  @Override
  public int compareTo(Position o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  /** {@code file:line:col}, the form compilers and IDEs link to. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
