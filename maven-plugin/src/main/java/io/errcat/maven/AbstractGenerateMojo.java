package io.errcat.maven;

import io.errcat.catalog.output.OutputSync;
import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.model.Catalog;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code generate} and {@code generate-test} share: the catalogs' Java API into a source
 * root, and into a classes directory the project's catalog copies ({@code META-INF/errcat/}) and
 * the services file that lists each catalog's {@code <Prefix>Catalog} for the framework adapters.
 * Everything is generated in memory first, then only changed files are written.
 */
abstract class AbstractGenerateMojo extends AbstractErrcatMojo {

  /**
   * Where the HTML reference will be published: problem+json {@code type} URIs become
   * {@code <docsBaseUrl>/<id>.html#<CODE>}. Unset: relative {@code <id>.html#<CODE>}.
   */
  @Parameter(property = "errcat.docsBaseUrl")
  String docsBaseUrl;

  /** Where the Java sources go. */
  abstract File outputDirectory();

  /** The classes directory the catalog copies and the services file go to. */
  abstract File classesDirectory();

  /** Adds {@link #outputDirectory()} to the project's source roots. */
  abstract void addSourceRoot();

  @Override
  boolean runsWithoutCatalogs() {
    return true; // to delete what earlier catalogs left
  }

  @Override
  void prepare() {
    // The source root is added on every run, also when nothing needs to be generated.
    addSourceRoot();
  }

  @Override
  Fingerprint fingerprint() {
    return new Fingerprint().add("goal", goal()).add("docsBaseUrl", docsBaseUrl);
  }

  @Override
  List<OutputSync> outputs() {
    return List.of(sources(), copies());
  }

  private OutputSync sources() {
    return new OutputSync(outputDirectory().toPath(), stateFile(goal() + "-sources").toPath());
  }

  private OutputSync copies() {
    return new OutputSync(classesDirectory().toPath(), stateFile(goal() + "-catalogs").toPath());
  }

  @Override
  void run(LoadedCatalogs loaded, String fingerprint)
      throws MojoExecutionException, MojoFailureException {
    OutputSync sources = sources();
    OutputSync copies = copies();
    requireClean(loaded);

    // Everything is generated in memory first: an engine failure leaves the old output intact.
    JavaOptions options = new JavaOptions(docsBaseUrl);
    List<GeneratedFile> java = new ArrayList<>();
    List<Catalog> all = loaded.catalogs();
    for (int i = 0; i < all.size(); i++) {
      try {
        java.addAll(Engine.generateJava(all.get(i), options));
      } catch (RuntimeException e) {
        throw new MojoExecutionException(
            Message.GENERATOR_FAILED.format(loaded.inputs().get(i).displayName(), e), e);
      }
    }
    // Copied as <id>.yaml (also from shop.yml), the name class path lookups by id expect.
    List<GeneratedFile> catalogCopies = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      CatalogInput in = loaded.inputs().get(i);
      if (!in.bundled()) {
        catalogCopies.addAll(ClasspathCatalogs.copies(all.get(i), in.content()));
      }
    }

    // The catalogs' bindings, for framework adapters that find catalogs through ServiceLoader.
    Engine.generateCatalogServices(all).ifPresent(catalogCopies::add);

    writeOutput(sources, fingerprint, java, outputDirectory());
    writeOutput(copies, fingerprint, catalogCopies, classesDirectory());
  }
}
