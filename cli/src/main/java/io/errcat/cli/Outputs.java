package io.errcat.cli;

import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.output.OutputSync;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Writes generated files the way the Maven plugin does: only changed bytes, stale ones removed. */
final class Outputs {
  private Outputs() {}

  /** The state file beside the outputs: what the last run wrote, so it can remove what is gone. */
  static final String STATE = ".errcat-state";

  static void write(PrintWriter err, Path dir, List<GeneratedFile> files) {
    try {
      OutputSync.Result r = new OutputSync(dir, dir.resolve(STATE)).write("cli", files);
      err.println(dir + ": " + r.written() + " written, " + r.unchanged() + " unchanged, "
          + r.deleted() + " deleted");
    } catch (IOException | RuntimeException e) {
      throw new CliFailure(Exit.IO, "cannot write " + dir + ": " + e.getMessage());
    }
  }
}
