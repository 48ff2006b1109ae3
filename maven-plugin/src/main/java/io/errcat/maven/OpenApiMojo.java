package io.errcat.maven;

import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.output.OutputSync;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes each catalog's errors as an OpenAPI 3.1 document, {@code <id>.openapi.json}: the error
 * body's schema and, per operation and status, a response with exactly that operation's codes,
 * to {@code $ref} from the API's own description (docs/openapi.md). Incremental like {@code docs}.
 */
@Mojo(name = "openapi", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class OpenApiMojo extends AbstractErrcatMojo {

  /** Where the documents go. */
  @Parameter(property = "errcat.openApiDirectory",
      defaultValue = "${project.build.directory}/errcat-openapi")
  File openApiDirectory;

  /** Where the HTML reference is published: problem types and reference links point there. */
  @Parameter(property = "errcat.docsBaseUrl")
  String docsBaseUrl;

  @Override
  String goal() {
    return "openapi";
  }

  @Override
  Fingerprint fingerprint() {
    return new Fingerprint().add("goal", goal()).add("docsBaseUrl", docsBaseUrl);
  }

  @Override
  List<OutputSync> outputs() {
    return List.of(sync());
  }

  @Override
  String shown(List<CatalogInput> inputs) {
    return CatalogInputs.displayName(basedir.toPath(), openApiDirectory.toPath());
  }

  private OutputSync sync() {
    return new OutputSync(openApiDirectory.toPath(), stateFile("openapi").toPath());
  }

  @Override
  void run(LoadedCatalogs loaded, String fingerprint)
      throws MojoExecutionException, MojoFailureException {
    OutputSync sync = sync();
    requireClean(loaded);
    List<GeneratedFile> files;
    try {
      files = Engine.generateOpenApi(loaded.catalogs(), docsBaseUrl);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(Message.GENERATOR_FAILED.format(loaded.describe(), e), e);
    }
    writeOutput(sync, fingerprint, files, openApiDirectory);
  }
}
