package io.errcat.maven;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.output.OutputSync;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A goal that writes files made from every clean catalog into one directory of its own (the HTML
 * reference, the OpenAPI documents): nothing when a catalog has errors, and incremental like
 * {@code generate}.
 */
abstract class AbstractReferenceMojo extends AbstractErrcatMojo {

  /** The directory the goal keeps equal to its files. */
  abstract File directory();

  /** The files, from the clean catalogs in input order. */
  abstract List<GeneratedFile> files(List<Catalog> catalogs);

  @Override
  final List<OutputSync> outputs() {
    return List.of(sync());
  }

  @Override
  final String shown(List<CatalogInput> inputs) {
    return CatalogInputs.displayName(basedir.toPath(), directory().toPath());
  }

  private OutputSync sync() {
    return new OutputSync(directory().toPath(), stateFile(goal()).toPath());
  }

  @Override
  final void run(LoadedCatalogs loaded, String fingerprint)
      throws MojoExecutionException, MojoFailureException {
    OutputSync sync = sync();
    requireClean(loaded);
    List<GeneratedFile> files;
    try {
      files = files(loaded.catalogs());
    } catch (RuntimeException e) {
      throw new MojoExecutionException(Message.GENERATOR_FAILED.format(loaded.describe(), e), e);
    }
    writeOutput(sync, fingerprint, files, directory());
  }
}
