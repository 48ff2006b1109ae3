package io.errcat.runtime;

/** What a generated exception looks like: a one-line constructor over {@link ErrorDetails}. */
final class TestException extends ErrcatException {
  private static final long serialVersionUID = 1L;

  TestException(ErrorDetails details) {
    super(details);
  }
}
