package io.errcat.cli;

import io.errcat.catalog.Engine;
import java.io.File;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code errcat openapi}: each catalog's errors as an OpenAPI 3.1 document. */
@Command(name = "openapi", mixinStandardHelpOptions = true,
    description = "Writes each catalog's errors as an OpenAPI 3.1 document, <id>.openapi.json:"
        + " the error body's schemas and, per operation and status, a response with exactly"
        + " that operation's codes (one example each), to $ref from an API's own paths."
        + " Nothing is written when a catalog has errors.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:a catalog has errors (nothing written)", "2:usage",
        "3:an input cannot be read or an output written"})
final class OpenApiCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CatalogArguments arguments;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Where the documents go.")
  File out;

  @Option(names = "--docs-base-url", paramLabel = "URL",
      description = "Where the HTML reference is published: problem types and reference links"
          + " point there. Default: relative links.")
  String docsBaseUrl;

  @Override
  public Integer call() {
    Inputs inputs = arguments.load();
    var err = spec.commandLine().getErr();
    Generating.requireClean(inputs, err, "openapi");
    Outputs.write(err, out.toPath(), Engine.generateOpenApi(inputs.catalogs(), docsBaseUrl));
    return Exit.OK;
  }
}
