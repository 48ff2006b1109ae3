package io.errcat.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the Java API of the catalogs ({@code <Prefix>Error}, {@code <Prefix>Exception},
 * {@code <Prefix>HttpMapper}, {@code <Prefix>Catalog}, ...) into a compile source root, and copies
 * the project's catalogs to {@code META-INF/errcat/} in the classes directory so that the
 * annotation processor and other tools find them on the class path, with {@code
 * META-INF/services/io.errcat.runtime.CatalogBinding} listing each catalog's binding for the
 * framework adapters (Spring Boot starter, JAX-RS). Incremental: nothing is written when catalogs,
 * configuration and engine are unchanged, only changed files are rewritten, and files of removed
 * catalogs are deleted. The generated code needs {@code io.errcat:errcat-runtime} on the compile
 * class path.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractGenerateMojo {

  /** Where the Java sources go; added to the project's compile source roots. */
  @Parameter(property = "errcat.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/errcat")
  File outputDirectory;

  /** The classes directory, under whose {@code META-INF/errcat/} the catalogs are copied. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  File classesDirectory;

  @Override
  String goal() {
    return "generate";
  }

  @Override
  File outputDirectory() {
    return outputDirectory;
  }

  @Override
  File classesDirectory() {
    return classesDirectory;
  }

  @Override
  void addSourceRoot() {
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
  }
}
