package io.errcat.cli;

import io.errcat.catalog.Engine;
import io.errcat.catalog.diff.Acknowledged;
import io.errcat.catalog.diff.Change;
import io.errcat.catalog.model.Acknowledgement;
import io.errcat.catalog.yaml.AcknowledgementsLoader;
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

  @Option(names = "--acknowledged", paramLabel = "FILE",
      description = "The breaking changes this release means to make (errcat-breaks.yaml):"
          + " exactly these pass; any other break fails, and so does an acknowledgement of a"
          + " change that did not happen.")
  java.io.File acknowledged;

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
    Acknowledged acks = Acknowledged.of(diff, acknowledgements(err));
    for (Change c : diff.changes()) {
      Acknowledgement ack = acks.acknowledged().get(c);
      out.println(c.format() + (ack == null ? "" : " [acknowledged: " + ack.reason() + "]"));
    }
    for (Acknowledgement stale : acks.stale()) {
      out.println(stale.at().self() + ": stale: acknowledges " + stale.subject() + " '"
          + stale.name() + "' " + stale.change() + ", which did not change");
    }
    out.flush();
    err.println(now.describe() + " against " + baseline + ": "
        + Inputs.count(acks.unacknowledged().size(), "breaking change")
        + (acks.acknowledged().isEmpty() ? "" : " (and " + acks.acknowledged().size()
            + " acknowledged)") + ", "
        + Inputs.count(diff.compatible().size(), "compatible change")
        + (acks.stale().isEmpty() ? "" : ", " + Inputs.count(acks.stale().size(),
            "stale acknowledgement")));
    return acks.fails(allowBreaking) ? Exit.PROBLEMS : Exit.OK;
  }

  private List<Acknowledgement> acknowledgements(java.io.PrintWriter err) {
    if (acknowledged == null) {
      return List.of();
    }
    if (!acknowledged.isFile()) {
      throw new CliFailure(Exit.IO, "no file " + acknowledged);
    }
    AcknowledgementsLoader.Result r = Engine.loadAcknowledgements(acknowledged.toPath(),
        acknowledged.toString());
    Problems.text(err, r.problems());
    if (r.problems().stream().anyMatch(p -> p.severity()
        == io.errcat.catalog.problem.Severity.ERROR)) {
      throw new CliFailure(Exit.PROBLEMS, acknowledged + " has problems; nothing was compared");
    }
    return r.acknowledgements();
  }
}
