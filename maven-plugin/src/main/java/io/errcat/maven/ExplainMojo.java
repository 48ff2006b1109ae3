package io.errcat.maven;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import io.errcat.catalog.docs.Explain;
import io.errcat.catalog.model.Catalog;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Explains an error code, as {@code errcat explain} does: {@code mvn errcat:explain -Dcode="SHELL
 * NOT MATCH"}. Searches the project's catalogs (when run in a project) and every bundled one; the
 * code may be written any way, or be inside a pasted log line. Fails when nothing matches, with
 * the nearest code.
 */
@Mojo(name = "explain", requiresProject = false, threadSafe = true)
public class ExplainMojo extends AbstractMojo {
  /** The code, or a line that contains it. */
  @Parameter(property = "code", required = true)
  String code;

  /** The project's catalogs, searched before the bundled ones. */
  @Parameter(property = "errcat.catalogDirectory", defaultValue = "${basedir}/src/main/errcat")
  File catalogDirectory;

  /** Where the reference is published, for the link. */
  @Parameter(property = "errcat.docsBaseUrl")
  String docsBaseUrl;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<Catalog> own = new ArrayList<>();
    try {
      for (java.nio.file.Path f : io.errcat.catalog.CatalogFiles.in(catalogDirectory.toPath())) {
        Engine.load(f, f.toString()).catalog().ifPresent(own::add);
      }
    } catch (java.io.IOException e) {
      throw new MojoExecutionException(Message.UNREADABLE_INPUT.format(catalogDirectory,
          e.getMessage()), e);
    }
    List<Catalog> catalogs = ClasspathCatalogs.withBundled(own);
    Explain.Result result = Explain.find(catalogs, code);
    if (result.matches().isEmpty()) {
      throw new MojoFailureException(Message.NO_SUCH_CODE.format(
          Explain.notFound(result, code, catalogs.size())));
    }
    for (Explain.Match m : result.matches()) {
      for (String line : Explain.render(m, docsBaseUrl).split("\n")) {
        getLog().info(line);
      }
      getLog().info("");
    }
  }
}
