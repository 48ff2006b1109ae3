package io.errcat.cli;

import java.io.PrintWriter;

/** What generate and docs share: nothing is written unless every catalog is clean. */
final class Generating {
  private Generating() {}

  /** Prints the problems on stderr; ends the command with exit 1 when any is an error. */
  static void requireClean(Inputs inputs, PrintWriter err, String command) {
    Problems.text(err, inputs.problems());
    if (!inputs.clean()) {
      err.flush();
      throw new CliFailure(Exit.PROBLEMS, Inputs.count(
          inputs.count(io.errcat.catalog.problem.Severity.ERROR), "error") + " in "
          + inputs.describe() + "; errcat " + command + " wrote nothing");
    }
  }
}
