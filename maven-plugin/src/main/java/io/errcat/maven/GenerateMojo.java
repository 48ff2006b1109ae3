package io.errcat.maven;

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
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the Java API of the catalogs ({@code <Prefix>Error}, {@code <Prefix>Exception},
 * {@code <Prefix>HttpMapper}, ...) into a compile source root, and copies the project's catalogs
 * to {@code META-INF/errcat/} in the classes directory so that the annotation processor and other
 * tools find them on the class path. Incremental: nothing is written when catalogs, configuration
 * and engine are unchanged, only changed files are rewritten, and files of removed catalogs are
 * deleted. The generated code needs {@code io.errcat:errcat-runtime} on the compile class path.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractErrcatMojo {

  /** Where the Java sources go; added to the project's compile source roots. */
  @Parameter(property = "errcat.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/errcat")
  File outputDirectory;

  /** The classes directory, under whose {@code META-INF/errcat/} the catalogs are copied. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  File classesDirectory;

  /**
   * Where the HTML reference will be published: problem+json {@code type} URIs become
   * {@code <docsBaseUrl>/<id>.html#<CODE>}. Unset: relative {@code <id>.html#<CODE>}.
   */
  @Parameter(property = "errcat.docsBaseUrl")
  String docsBaseUrl;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Override
  String goal() {
    return "generate";
  }

  @Override
  boolean runsWithoutCatalogs() {
    return true; // to delete what earlier catalogs left
  }

  @Override
  void prepare() {
    // The source root is added on every run, also when nothing needs to be generated.
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
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
    return new OutputSync(outputDirectory.toPath(), stateFile("generate-sources").toPath());
  }

  private OutputSync copies() {
    return new OutputSync(classesDirectory.toPath(), stateFile("generate-catalogs").toPath());
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
        catalogCopies.add(new GeneratedFile(
            ClasspathCatalogs.resourcePath(all.get(i).product().id()), in.content()));
      }
    }

    writeOutput(sources, fingerprint, java, outputDirectory);
    writeOutput(copies, fingerprint, catalogCopies, classesDirectory);
  }
}
