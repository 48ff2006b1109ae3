package io.errcat.cli;

import io.errcat.catalog.model.Naming;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The catalogs a command works on, and the package for those that name none. */
final class CatalogArguments {
  @Parameters(arity = "1..*", paramLabel = "CATALOG",
      description = "A catalog file, a directory of them (its *.yaml and *.yml files) or the id of"
          + " a bundled catalog (see 'errcat list').")
  List<String> catalogs = new ArrayList<>();

  @Option(names = "--package", paramLabel = "PACKAGE",
      description = "The package of the code of the given catalog files that name none in"
          + " product.java.package (the Maven plugin's errcat.package). Default:"
          + " io.errcat.catalogs.<id>.")
  String javaPackage;

  Inputs load() {
    if (javaPackage != null && !Naming.isQualifiedName(javaPackage)) {
      throw new CliFailure(Exit.USAGE, "--package '" + javaPackage
          + "' is not a Java package name (e.g. com.acme.errors)");
    }
    return Inputs.load(catalogs, javaPackage);
  }
}
