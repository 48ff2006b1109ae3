package io.errcat.processor;

/**
 * The outcome of a check that reports its own problems: a value, or a failure that has already
 * been reported (so the caller only has to stop). Explicit, where a {@code null} would have said
 * "failed" beside an {@code Optional} that says "absent".
 */
record Checked<T>(T value, boolean failed) {
  static <T> Checked<T> ok(T value) {
    return new Checked<>(value, false);
  }

  static <T> Checked<T> reported() {
    return new Checked<>(null, true);
  }
}
