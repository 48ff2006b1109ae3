package io.errcat.cli;

import io.errcat.catalog.Engine;
import io.errcat.catalog.diff.Change;
import io.errcat.catalog.diff.DiffResult;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code errcat diff}: what changed between two versions of catalogs, by the plugin's rules. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compares catalogs with a baseline and lists every change, breaking or"
        + " compatible (the rules of errcat:diff: docs/maven-plugin.md).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no breaking change (or --allow-breaking)", "1:breaking changes",
        "2:usage", "3:an input cannot be read"})
final class DiffCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASELINE",
      description = "The released catalogs: a file, a directory or a bundled id.")
  String baseline;

  @Parameters(index = "1", paramLabel = "CURRENT",
      description = "The catalogs now: a file, a directory or a bundled id.")
  String current;

  @Option(names = "--package", paramLabel = "PACKAGE",
      description = "The package of both sides' catalog files that name none.")
  String javaPackage;

  @Option(names = "--allow-breaking",
      description = "Exit 0 even with breaking changes (they are still listed).")
  boolean allowBreaking;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Inputs before = Inputs.load(List.of(baseline), javaPackage);
    Inputs now = Inputs.load(List.of(current), javaPackage);
    if (!before.problems().isEmpty()) {
      err.println("the baseline " + baseline + " has problems; comparing what could be read");
      Problems.text(err, before.problems());
    }
    for (Inputs.Loaded l : before.loaded()) {
      if (l.result().catalog().isEmpty()) {
        throw new CliFailure(Exit.IO, "baseline catalog " + l.displayName() + " could not be read");
      }
    }
    Generating.requireClean(now, err, "diff");
    DiffResult diff = Engine.diff(before.catalogs(), now.catalogs());
    for (Change c : diff.changes()) {
      out.println(c.format());
    }
    out.flush();
    err.println(now.describe() + " against " + baseline + ": "
        + Inputs.count(diff.breaking().size(), "breaking change") + ", "
        + Inputs.count(diff.compatible().size(), "compatible change"));
    return diff.hasBreaking() && !allowBreaking ? Exit.PROBLEMS : Exit.OK;
  }
}
