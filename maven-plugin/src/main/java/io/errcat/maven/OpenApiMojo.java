package io.errcat.maven;

import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.model.Catalog;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes each catalog's errors as an OpenAPI 3.1 document, {@code <id>.openapi.json}: the error
 * body's schema and, per operation and status, a response with exactly that operation's codes,
 * to {@code $ref} from the API's own description (docs/openapi.md). Incremental like {@code docs}.
 */
@Mojo(name = "openapi", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class OpenApiMojo extends AbstractReferenceMojo {

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
  File directory() {
    return openApiDirectory;
  }

  @Override
  List<GeneratedFile> files(List<Catalog> catalogs) {
    return Engine.generateOpenApi(catalogs, docsBaseUrl);
  }
}
