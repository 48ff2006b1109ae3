package io.errcat.maven;

import io.errcat.catalog.output.OutputSync;
import io.errcat.catalog.problem.Severity;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks every catalog and prints every problem, one line each as
 * {@code file:line:col: [EC0xx] sentence}, then a summary count. Fails the build on errors;
 * warnings are printed and do not fail it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractErrcatMojo {

  @Override
  String goal() {
    return "check";
  }

  @Override
  Fingerprint fingerprint() {
    return new Fingerprint().add("goal", goal());
  }

  @Override
  List<OutputSync> outputs() {
    return List.of(); // a clean check's record of problems is its only state
  }

  @Override
  void reportUpToDate(List<CatalogInput> inputs, List<ProblemReplay.Line> problems) {
    long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    String counts = Message.count(errors, "error") + ", "
        + Message.count(problems.size() - errors, "warning");
    getLog().info(Message.CHECK_SUMMARY.format(shown(inputs), counts));
  }

  @Override
  void run(LoadedCatalogs loaded, String fingerprint)
      throws MojoExecutionException, MojoFailureException {
    report(loaded.problems());
    String counts = Message.count(loaded.count(Severity.ERROR), "error") + ", "
        + Message.count(loaded.count(Severity.WARNING), "warning");
    getLog().info(Message.CHECK_SUMMARY.format(loaded.describe(), counts));
    if (!loaded.clean()) {
      throw new MojoFailureException(Message.CHECK_FAILED.format(
          Message.count(loaded.count(Severity.ERROR), "error"), loaded.describe()));
    }
  }
}
