package io.errcat.maven;

import io.errcat.catalog.problem.Severity;
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
  void run(LoadedCatalogs loaded) throws MojoExecutionException, MojoFailureException {
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
