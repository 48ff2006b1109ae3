package io.errcat.maven;

import io.errcat.catalog.output.OutputSync;
import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.diff.Acknowledged;
import io.errcat.catalog.diff.Change;
import io.errcat.catalog.model.Acknowledgement;
import io.errcat.catalog.problem.Severity;
import io.errcat.catalog.yaml.AcknowledgementsLoader;
import io.errcat.catalog.diff.DiffResult;
import io.errcat.catalog.model.Catalog;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Compares the catalogs with a baseline and lists every change, breaking or compatible, at its
 * position. Breaking: a removed code or operation, a changed HTTP status, message template,
 * parameter list or Java name. Compatible: anything added, changed prose. Fails on breaking
 * changes unless {@code errcat.allowBreaking} is set.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractErrcatMojo {

  /** A directory holding the baseline catalogs (e.g. a checkout of the released version). */
  @Parameter(property = "errcat.baseline")
  File baseline;

  /**
   * A released artifact whose catalogs are the baseline, {@code groupId:artifactId:version}
   * (or {@code g:a:extension[:classifier]:version}); its jar holds them under {@code META-INF/errcat/}.
   */
  @Parameter(property = "errcat.baselineArtifact")
  String baselineArtifact;

  /**
   * The breaking changes this release means to make, each by subject, kind and reason
   * ({@code breaks: [{code: X, change: status, reason: …}]}): exactly these pass, any other
   * breaking change fails, and so does an acknowledgement of a change that did not happen. Used
   * when the file exists.
   */
  @Parameter(property = "errcat.acknowledgedBreaks",
      defaultValue = "${project.basedir}/errcat-breaks.yaml")
  File acknowledgedBreaks;

  /** Lists breaking changes without failing the build. */
  @Parameter(property = "errcat.allowBreaking", defaultValue = "false")
  boolean allowBreaking;

  @Component
  RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
  List<RemoteRepository> remoteRepositories;

  @Override
  String goal() {
    return "diff";
  }

  @Override
  boolean runsWithoutCatalogs() {
    return true; // every baseline catalog was removed
  }

  @Override
  boolean cacheable() {
    return false; // the baseline is not among the inputs
  }

  @Override
  Fingerprint fingerprint() {
    return new Fingerprint().add("goal", goal());
  }

  @Override
  List<OutputSync> outputs() {
    return List.of();
  }

  @Override
  void run(LoadedCatalogs current, String fingerprint)
      throws MojoExecutionException, MojoFailureException {
    requireClean(current);
    String label;
    List<CatalogInput> inputs;
    if (baseline != null) {
      label = CatalogInputs.displayName(basedir.toPath(), baseline.toPath());
      inputs = CatalogInputs.files(basedir.toPath(), baseline.toPath());
    } else if (baselineArtifact != null && !baselineArtifact.isBlank()) {
      label = baselineArtifact.strip();
      File jar = BaselineArtifact.resolve(label, repositorySystem, repositorySession,
          remoteRepositories);
      inputs = BaselineArtifact.catalogs(jar, label);
    } else {
      throw new MojoExecutionException(Message.NO_BASELINE.format());
    }
    if (inputs.isEmpty()) {
      throw new MojoExecutionException(Message.BASELINE_EMPTY.format(label, "*.yaml"
          + (baseline != null ? "" : " under META-INF/errcat/")));
    }
    List<Catalog> before = baselineCatalogs(LoadedCatalogs.load(inputs, defaultPackage()), label);

    DiffResult diff;
    try {
      diff = Engine.diff(before, current.catalogs());
    } catch (RuntimeException e) {
      throw new MojoExecutionException(Message.GENERATOR_FAILED.format(label, e), e);
    }
    Acknowledged acks = Acknowledged.of(diff, acknowledgements());
    for (Change c : diff.changes()) {
      Acknowledgement ack = acks.acknowledged().get(c);
      if (!c.breaking()) {
        getLog().info(c.format());
      } else if (ack != null) {
        getLog().info(c.format() + " [acknowledged: " + ack.reason() + "]");
      } else if (allowBreaking) {
        getLog().warn(c.format());
      } else {
        getLog().error(c.format());
      }
    }
    for (Acknowledgement stale : acks.stale()) {
      getLog().error(Message.STALE_ACKNOWLEDGEMENT.format(stale.at().self(), stale.subject(),
          stale.name(), stale.change()));
    }
    String breaking = Message.count(acks.unacknowledged().size(), "breaking change");
    getLog().info(Message.DIFF_SUMMARY.format(current.describe(), label,
        breaking + (acks.acknowledged().isEmpty() ? ""
            : " (and " + acks.acknowledged().size() + " acknowledged)") + ", "
            + Message.count(diff.compatible().size(), "compatible change")));
    if (acks.fails(allowBreaking)) {
      throw new MojoFailureException(acks.stale().isEmpty() ? Message.BREAKING.format(breaking)
          : Message.STALE_ACKNOWLEDGEMENTS.format(
              Message.count(acks.stale().size(), "acknowledgement")));
    }
  }

  /** The release's acknowledged breaks, or none when the file does not exist. */
  private List<Acknowledgement> acknowledgements() throws MojoFailureException {
    if (acknowledgedBreaks == null || !acknowledgedBreaks.isFile()) {
      return List.of();
    }
    AcknowledgementsLoader.Result r = Engine.loadAcknowledgements(acknowledgedBreaks.toPath(),
        CatalogInputs.displayName(basedir.toPath(), acknowledgedBreaks.toPath()));
    report(r.problems());
    if (r.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR)) {
      throw new MojoFailureException(Message.BAD_ACKNOWLEDGEMENTS.format(
          CatalogInputs.displayName(basedir.toPath(), acknowledgedBreaks.toPath())));
    }
    return r.acknowledgements();
  }

  /** The baseline's catalogs; problems are shown but only a catalog that cannot be read fails. */
  private List<Catalog> baselineCatalogs(LoadedCatalogs loaded, String label)
      throws MojoExecutionException {
    if (!loaded.problems().isEmpty()) {
      getLog().warn(Message.BASELINE_PROBLEMS.format(label));
      loaded.problems().forEach(p -> getLog().warn(p.format()));
    }
    List<Catalog> catalogs = new ArrayList<>();
    for (int i = 0; i < loaded.results().size(); i++) {
      LoadResult r = loaded.results().get(i);
      if (r.catalog().isEmpty()) {
        String first = r.problems().isEmpty() ? "" : r.problems().get(0).format();
        throw new MojoExecutionException(
            Message.BASELINE_BROKEN.format(loaded.inputs().get(i).displayName(), first));
      }
      catalogs.add(r.catalog().get());
    }
    return catalogs;
  }
}
