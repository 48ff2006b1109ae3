package io.errcat.cli;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code errcat list}: one line per catalog. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "Lists the bundled catalogs, or the given ones: id, codes, operations, Java"
        + " package, where it comes from, and the product's name.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "1:a given catalog cannot be read as a catalog", "2:usage",
        "3:an input cannot be read"})
final class ListCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "CATALOG",
      description = "Catalog files, directories or bundled ids; none: every bundled catalog.")
  List<String> catalogs = new ArrayList<>();

  @Override
  public Integer call() {
    Inputs inputs = catalogs.isEmpty() ? Inputs.bundled() : Inputs.load(catalogs, null);
    var out = spec.commandLine().getOut();
    int status = Exit.OK;
    for (Inputs.Loaded l : inputs.loaded()) {
      if (l.result().catalog().isEmpty()) {
        spec.commandLine().getErr().println(l.displayName() + ": not a readable catalog (run"
            + " errcat check)");
        status = Exit.PROBLEMS;
        continue;
      }
      Catalog c = l.result().catalog().get();
      String name = c.product().name() == null ? "" : c.product().name();
      out.println(String.format(Locale.ROOT, "%-20s %5d codes %3d operations  %-40s %-8s %s",
          c.product().id(), Symbols.of(c).all().size(), c.operations().size(),
          c.product().javaPackage(), l.bundled() ? "bundled" : l.displayName(), name));
    }
    out.flush();
    return status;
  }
}
