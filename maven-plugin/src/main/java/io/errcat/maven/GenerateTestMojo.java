package io.errcat.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the Java API of the catalogs for the tests only: sources into a test source root,
 * the catalog copies and the services file into the test classes directory, so that nothing of
 * it ships in the project's jar. For a library that is tested against catalogs it does not own
 * (a framework adapter, a client tested against a vendor's catalog). Otherwise as {@code
 * generate}.
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    threadSafe = true)
public class GenerateTestMojo extends AbstractGenerateMojo {

  /** Where the Java sources go; added to the project's test source roots. */
  @Parameter(property = "errcat.testOutputDirectory",
      defaultValue = "${project.build.directory}/generated-test-sources/errcat")
  File outputDirectory;

  /** The test classes directory, under whose {@code META-INF/errcat/} the catalogs are copied. */
  @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true,
      required = true)
  File classesDirectory;

  @Override
  String goal() {
    return "generate-test";
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
    project.addTestCompileSourceRoot(outputDirectory.getAbsolutePath());
  }
}
