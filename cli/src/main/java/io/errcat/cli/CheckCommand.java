package io.errcat.cli;

import io.errcat.catalog.problem.Severity;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code errcat check}: every problem of every catalog, as the Maven plugin's check prints them. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks catalogs and prints every problem, one line each"
        + " (file:line:col: [EC0xx] sentence), then a count on stderr.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no error (warnings allowed)", "1:errors", "2:usage",
        "3:an input cannot be read"})
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Mixin
  CatalogArguments arguments;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), or json: an array of {id, severity, file, line, column,"
          + " message, didYouMean} for editors and CI.")
  Format format;

  @Override
  public Integer call() {
    Inputs inputs = arguments.load();
    var out = spec.commandLine().getOut();
    if (format == Format.json) {
      Problems.json(out, inputs.problems());
    } else {
      Problems.text(out, inputs.problems());
      spec.commandLine().getErr().println(inputs.describe() + " checked: "
          + Inputs.count(inputs.count(Severity.ERROR), "error") + ", "
          + Inputs.count(inputs.count(Severity.WARNING), "warning"));
    }
    out.flush();
    return inputs.count(Severity.ERROR) > 0 || !inputs.clean() ? Exit.PROBLEMS : Exit.OK;
  }
}
