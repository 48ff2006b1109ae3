package io.errcat.maven;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.docs.DocsOptions;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the HTML reference of the catalogs (an index and one self-contained page per catalog,
 * working from {@code file://}), their Markdown and {@code catalog.json}. Incremental like
 * {@code generate}.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class DocsMojo extends AbstractReferenceMojo {

  /** Where the reference goes. */
  @Parameter(property = "errcat.docsDirectory", defaultValue = "${project.build.directory}/errcat-docs")
  File docsDirectory;

  /** Where the reference will be published: pages name their canonical URL under it. */
  @Parameter(property = "errcat.docsBaseUrl")
  String docsBaseUrl;

  /** The title of the index page. */
  @Parameter(property = "errcat.docsTitle", defaultValue = "Error code reference")
  String docsTitle;

  @Override
  String goal() {
    return "docs";
  }

  @Override
  Fingerprint fingerprint() {
    return new Fingerprint().add("goal", goal()).add("docsBaseUrl", docsBaseUrl)
        .add("docsTitle", docsTitle);
  }

  @Override
  File directory() {
    return docsDirectory;
  }

  @Override
  List<GeneratedFile> files(List<Catalog> catalogs) {
    return Engine.generateDocs(catalogs, options());
  }

  private DocsOptions options() {
    return DocsOptions.defaults().withDocsBaseUrl(docsBaseUrl).withTitle(docsTitle);
  }
}
