package io.errcat.cli;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.output.GeneratedFile;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code errcat generate}: the catalogs' Java API, as the Maven plugin's generate writes it. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generates the Java API of catalogs (enum, exception, HTTP mapper, …): nothing"
        + " is written when a catalog has errors; only changed files are written, and files an"
        + " earlier run generated that are gone now are removed.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:a catalog has errors (nothing written)", "2:usage",
        "3:an input cannot be read or an output written"})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  CatalogArguments arguments;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Where the Java sources go (a source root).")
  File out;

  @Option(names = "--resources", paramLabel = "DIR",
      description = "Also write, into this resource root, the ServiceLoader file that framework"
          + " adapters find catalogs by, and each catalog file's copy (META-INF/errcat/), as the"
          + " plugin puts them into target/classes.")
  File resources;

  @Option(names = "--docs-base-url", paramLabel = "URL",
      description = "Where the HTML reference is published: problem+json type URIs point there."
          + " Default: relative <id>.html#<CODE>.")
  String docsBaseUrl;

  @Override
  public Integer call() {
    Inputs inputs = arguments.load();
    var err = spec.commandLine().getErr();
    Generating.requireClean(inputs, err, "generate");
    JavaOptions options = new JavaOptions(docsBaseUrl);
    List<GeneratedFile> java = new ArrayList<>();
    for (Catalog c : inputs.catalogs()) {
      java.addAll(Engine.generateJava(c, options));
    }
    Outputs.write(err, out.toPath(), java);
    if (resources != null) {
      List<GeneratedFile> copies = new ArrayList<>();
      for (Inputs.Loaded l : inputs.loaded()) {
        if (!l.bundled()) {
          copies.addAll(ClasspathCatalogs.copies(l.result().catalog().orElseThrow(),
              readAll(l.displayName())));
        }
      }
      Engine.generateCatalogServices(inputs.catalogs()).ifPresent(copies::add);
      Outputs.write(err, resources.toPath(), copies);
    }
    return Exit.OK;
  }

  private static byte[] readAll(String file) {
    try {
      return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file));
    } catch (java.io.IOException e) {
      throw new CliFailure(Exit.IO, "cannot read " + file + ": " + e.getMessage());
    }
  }
}
