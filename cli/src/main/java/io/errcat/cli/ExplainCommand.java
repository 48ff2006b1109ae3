package io.errcat.cli;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.docs.Explain;
import io.errcat.catalog.model.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code errcat explain}: what a code means, from every bundled catalog and the given ones. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Explains an error code as rustc --explain does: status, texts, each"
        + " operation's variant, retry hint, source document, Java names, reference link.",
        "The code may be written any way (case, spaces or underscores, the constant or factory"
            + " name), or be inside a whole log or FAQ line pasted as it is."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:explained", "1:no such code (a near one is suggested)", "2:usage",
        "3:an input cannot be read"})
final class ExplainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CODE",
      description = "The code, or text that contains it (words are joined by spaces).")
  List<String> query = new ArrayList<>();

  @Option(names = {"-c", "--catalog"}, paramLabel = "CATALOG",
      description = "Also look in this catalog file or directory (repeatable); the bundled"
          + " catalogs are always searched.")
  List<String> catalogs = new ArrayList<>();

  @Option(names = "--docs-base-url", paramLabel = "URL",
      description = "Where the reference is published, for the link.")
  String docsBaseUrl;

  @Override
  public Integer call() {
    List<Catalog> given = List.of();
    if (!catalogs.isEmpty()) {
      Inputs inputs = Inputs.load(catalogs, null);
      Problems.text(spec.commandLine().getErr(), inputs.problems());
      given = inputs.catalogs();
    }
    List<Catalog> all = ClasspathCatalogs.withBundled(given);
    String q = String.join(" ", query);
    Explain.Result r = Explain.find(all, q);
    if (r.matches().isEmpty()) {
      spec.commandLine().getErr().println(Explain.notFound(r, q, all.size()));
      return Exit.PROBLEMS;
    }
    var out = spec.commandLine().getOut();
    for (int i = 0; i < r.matches().size(); i++) {
      out.print((i > 0 ? "\n" : "") + Explain.render(r.matches().get(i), docsBaseUrl));
    }
    out.flush();
    return Exit.OK;
  }
}
