package io.errcat.cli;

import io.errcat.catalog.Engine;
import io.errcat.catalog.docs.DocsOptions;
import java.io.File;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code errcat docs}: the HTML reference, Markdown and catalog.json. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Writes the reference of catalogs: one HTML page each (search, per-operation"
        + " views, stable anchors), index.html, Markdown, <id>.json and catalog.json. Nothing is"
        + " written when a catalog has errors.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:a catalog has errors (nothing written)", "2:usage",
        "3:an input cannot be read or an output written"})
final class DocsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CatalogArguments arguments;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Where the reference goes.")
  File out;

  @Option(names = "--title", paramLabel = "TITLE", defaultValue = "Error code reference",
      description = "The index page's title (default: ${DEFAULT-VALUE}).")
  String title;

  @Option(names = "--docs-base-url", paramLabel = "URL",
      description = "Where the reference will be published: pages name their canonical URL and"
          + " catalog.json gives absolute links. Default: relative links.")
  String docsBaseUrl;

  @Override
  public Integer call() {
    Inputs inputs = arguments.load();
    var err = spec.commandLine().getErr();
    Generating.requireClean(inputs, err, "docs");
    DocsOptions options = DocsOptions.defaults().withDocsBaseUrl(docsBaseUrl).withTitle(title);
    Outputs.write(err, out.toPath(), Engine.generateDocs(inputs.catalogs(), options));
    return Exit.OK;
  }
}
