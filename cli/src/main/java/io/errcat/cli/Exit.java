package io.errcat.cli;

/** The exit codes of every command (docs/cli.md lists them). */
final class Exit {
  private Exit() {}

  /** Done: no error (warnings allowed), the code found, no breaking change. */
  static final int OK = 0;
  /** The catalogs have errors, the diff has breaking changes, or explain found nothing. */
  static final int PROBLEMS = 1;
  /** The command line is wrong: an unknown option, a missing argument (picocli's own). */
  static final int USAGE = 2;
  /** An input cannot be found or read, or an output cannot be written. */
  static final int IO = 3;
  /** A bug in errcat: the message says where. */
  static final int INTERNAL = 4;
}
