package io.errcat.maven;

import io.errcat.catalog.output.OutputSync;
import io.errcat.catalog.model.Naming;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

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

  /**
   * The package of the code generated from the project's own catalogs that name none in
   * {@code product.java.package}. Unset: the project's groupId plus {@code .errors}
   * ({@code com.acme} → {@code com.acme.errors}). Bundled catalogs keep their own packages.
   */
  @Parameter(property = "errcat.package")
  String javaPackage;

  /** Skips the goal. */
  @Parameter(property = "errcat.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The project's context key of the problem lines already printed in this build. */
  private static final String SHOWN = "io.errcat.maven.shownProblems";

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info(Message.SKIPPED.format(goal()));
      return;
    }
    writeSchema();
    List<CatalogInput> inputs =
        CatalogInputs.find(basedir.toPath(), catalogDirectory.toPath(), catalogs == null ? List.of() : catalogs);
    prepare();
    if (inputs.isEmpty()) {
      getLog().info(Message.NO_CATALOGS.format(
          CatalogInputs.displayName(basedir.toPath(), catalogDirectory.toPath())));
      if (!runsWithoutCatalogs()) {
        return;
      }
    }
    // The up-to-date check needs only the inputs' bytes and the configuration: when it holds, no
    // catalog is parsed or checked and the last run's warnings are shown again.
    String defaultPackage = defaultPackage();
    String fingerprint = fingerprint().add("package", String.valueOf(defaultPackage))
        .addInputs(inputs).addEngine().hex();
    Path replay = stateFile(goal() + ".problems").toPath();
    if (!inputs.isEmpty() && cacheable() && upToDate(fingerprint, replay, inputs)) {
      return;
    }
    try {
      ProblemReplay.clear(replay);
    } catch (IOException e) {
      throw new MojoExecutionException(Message.WRITE_FAILED.format(replay, e.getMessage()), e);
    }
    LoadedCatalogs loaded = LoadedCatalogs.load(inputs, defaultPackage);
    run(loaded, fingerprint);
    try {
      ProblemReplay.write(replay, fingerprint, loaded.problems());
    } catch (IOException e) {
      getLog().debug("could not record the problems for the next build: " + e);
    }
  }

  /** Where every goal puts the catalog format's JSON Schema, for editors (see the README). */
  static final String SCHEMA = "errcat/errcat-catalog.schema.json";

  /**
   * Writes the JSON Schema of the catalog format to {@code target/errcat/}, where a catalog's
   * {@code # yaml-language-server: $schema=../../../target/errcat/errcat-catalog.schema.json}
   * line finds it: the schema of the engine that checks the catalog, not of another version.
   * Written only when its bytes differ; a failure costs editor completion, never the build.
   */
  private void writeSchema() {
    try (var in = io.errcat.catalog.Engine.class.getResourceAsStream(
        "/META-INF/errcat/errcat-catalog.schema.json")) {
      if (in == null) {
        return;
      }
      byte[] schema = in.readAllBytes();
      Path target = new File(buildDirectory, SCHEMA).toPath();
      if (java.nio.file.Files.isRegularFile(target)
          && java.util.Arrays.equals(java.nio.file.Files.readAllBytes(target), schema)) {
        return;
      }
      java.nio.file.Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
      java.nio.file.Files.write(tmp, schema);
      java.nio.file.Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      getLog().debug("could not write the catalog schema for editors: " + e);
    }
  }

  /** The package for project catalogs that name none: {@code javaPackage}, else the group's. */
  String defaultPackage() throws MojoExecutionException {
    if (javaPackage != null && !javaPackage.isBlank()) {
      if (!Naming.isQualifiedName(javaPackage.strip())) {
        throw new MojoExecutionException(Message.BAD_PACKAGE.format(javaPackage));
      }
      return javaPackage.strip();
    }
    return project == null ? null : Naming.projectPackage(project.getGroupId()).orElse(null);
  }

  /** Whether a run can be skipped when nothing it depends on changed (not so for diff). */
  boolean cacheable() {
    return true;
  }

  /** Work done on every run, up to date or not (generate adds its source root). */
  void prepare() {}

  /** The goal's configuration that its outputs depend on (inputs and engine are added). */
  abstract Fingerprint fingerprint();

  /** The outputs the goal keeps up to date; none for a goal that only checks. */
  abstract List<OutputSync> outputs();

  /** What the up-to-date message names: the catalogs, unless the goal says otherwise. */
  String shown(List<CatalogInput> inputs) {
    return Message.count(inputs.size(), "catalog");
  }

  /** Says the goal is up to date, after the last run's problems were shown again. */
  void reportUpToDate(List<CatalogInput> inputs, List<ProblemReplay.Line> problems) {
    getLog().info(Message.UP_TO_DATE.format(shown(inputs)));
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

  /**
   * The goal's work on the project's catalogs, loaded and checked (problems not yet reported),
   * for the outputs of {@code fingerprint}.
   */
  abstract void run(LoadedCatalogs loaded, String fingerprint)
      throws MojoExecutionException, MojoFailureException;

  /** Logs every problem, errors as errors and warnings as warnings, one line each. */
  void report(List<Problem> problems) {
    for (Problem p : problems) {
      show(p.severity(), p.format());
    }
  }

  /**
   * Logs one problem line, unless an earlier errcat goal of this build already printed it for
   * this project: {@code check} and then {@code generate} load the same catalogs, and a warning
   * printed twice reads like two problems.
   */
  void show(Severity severity, String line) {
    if (!shownInThisBuild().add(severity + " " + line)) {
      return;
    }
    if (severity == Severity.ERROR) {
      getLog().error(line);
    } else {
      getLog().warn(line);
    }
  }

  @SuppressWarnings("unchecked")
  private Set<String> shownInThisBuild() {
    if (project == null) { // outside a build (unit tests of a goal): nothing to remember
      return new HashSet<>();
    }
    synchronized (project) { // goals are thread-safe; one project's goals may share the set
      Object shown = project.getContextValue(SHOWN);
      if (shown == null) {
        shown = Collections.synchronizedSet(new HashSet<String>());
        project.setContextValue(SHOWN, shown);
      }
      return (Set<String>) shown;
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
   * Whether every output is up to date for {@code fingerprint} and the last run's problems are
   * on record; if so, shows those problems again (warnings stay visible on every build) and says
   * that nothing was written.
   */
  private boolean upToDate(String fingerprint, Path replay, List<CatalogInput> inputs) {
    for (OutputSync output : outputs()) {
      if (!output.upToDate(fingerprint)) {
        return false;
      }
    }
    List<ProblemReplay.Line> problems = ProblemReplay.read(replay, fingerprint);
    if (problems == null) {
      return false;
    }
    for (ProblemReplay.Line p : problems) {
      show(p.severity(), p.text());
    }
    reportUpToDate(inputs, problems);
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
