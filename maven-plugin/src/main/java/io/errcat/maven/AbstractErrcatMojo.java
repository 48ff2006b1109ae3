package io.errcat.maven;

import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.Severity;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every errcat goal shares: where the catalogs are, which bundled catalogs to add, and
 * {@code errcat.skip}. Goals only find inputs, call the engine and report.
 */
abstract class AbstractErrcatMojo extends AbstractMojo {

  /** The directory of the project's catalogs: every {@code *.yaml} / {@code *.yml} directly in it. */
  @Parameter(property = "errcat.catalogDirectory", defaultValue = "${project.basedir}/src/main/errcat")
  File catalogDirectory;

  /**
   * Bundled catalogs to use by id, straight from the errcat-catalog jar, e.g.
   * {@code <catalogs><catalog>function-compute</catalog></catalogs>}.
   */
  @Parameter
  List<String> catalogs = new ArrayList<>();

  /** Skips the goal. */
  @Parameter(property = "errcat.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info(Message.SKIPPED.format(goal()));
      return;
    }
    LoadedCatalogs loaded = loadCatalogs();
    if (loaded.inputs().isEmpty()) {
      getLog().info(Message.NO_CATALOGS.format(
          CatalogInputs.displayName(basedir.toPath(), catalogDirectory.toPath())));
      if (!runsWithoutCatalogs()) {
        return;
      }
    }
    run(loaded);
  }

  /** The goal's name, for messages. */
  abstract String goal();

  /**
   * Whether the goal has work when there are no catalogs (generate deletes what earlier catalogs
   * left; diff reports them all removed). Other goals stop after saying there are none.
   */
  boolean runsWithoutCatalogs() {
    return false;
  }

  /** The goal's work on the project's catalogs, loaded and checked (problems not yet reported). */
  abstract void run(LoadedCatalogs loaded) throws MojoExecutionException, MojoFailureException;

  /** The project's catalogs and the configured bundled ones, loaded and checked. */
  private LoadedCatalogs loadCatalogs() throws MojoExecutionException {
    List<String> ids = catalogs == null ? List.of() : catalogs;
    return LoadedCatalogs.load(
        CatalogInputs.find(basedir.toPath(), catalogDirectory.toPath(), ids));
  }

  /** Logs every problem, errors as errors and warnings as warnings, one line each. */
  void report(List<Problem> problems) {
    for (Problem p : problems) {
      if (p.severity() == Severity.ERROR) {
        getLog().error(p.format());
      } else {
        getLog().warn(p.format());
      }
    }
  }

  /**
   * Reports the problems and fails when any is an error: nothing is generated from a catalog
   * with errors, and nothing is written for any catalog when one has errors.
   */
  void requireClean(LoadedCatalogs loaded) throws MojoFailureException {
    report(loaded.problems());
    if (!loaded.clean()) {
      throw new MojoFailureException(Message.CATALOG_ERRORS.format(
          Message.count(loaded.count(Severity.ERROR), "error"), loaded.describe(), goal()));
    }
  }

  /**
   * Whether every output is up to date for {@code fingerprint}; if so, shows the catalogs'
   * warnings again (they stay visible on every build) and says that nothing was written.
   */
  boolean upToDate(String fingerprint, LoadedCatalogs loaded, String shown, OutputSync... outputs) {
    for (OutputSync output : outputs) {
      if (!output.upToDate(fingerprint)) {
        return false;
      }
    }
    report(loaded.problems());
    getLog().info(Message.UP_TO_DATE.format(shown));
    return true;
  }

  /** Brings the output {@code where} to exactly {@code files} and says what changed, if anything. */
  void writeOutput(OutputSync output, String fingerprint, List<GeneratedFile> files, File where)
      throws MojoExecutionException {
    String shown = CatalogInputs.displayName(basedir.toPath(), where.toPath());
    try {
      OutputSync.Result r = output.write(fingerprint, files);
      if (r.written() + r.unchanged() + r.deleted() > 0) {
        getLog().info(Message.WROTE.format(shown, r.written(), r.unchanged(), r.deleted()));
      }
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException(Message.WRITE_FAILED.format(shown, e.getMessage()), e);
    }
  }

  /** Where a goal keeps its {@link OutputSync} state. */
  File stateFile(String name) {
    return new File(new File(buildDirectory, "errcat-state"), name);
  }
}
