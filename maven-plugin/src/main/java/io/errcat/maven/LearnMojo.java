package io.errcat.maven;

import io.errcat.catalog.CatalogFiles;
import io.errcat.catalog.learn.CatalogPatch;
import io.errcat.catalog.learn.Learn;
import io.errcat.catalog.learn.TrafficReader;
import io.errcat.catalog.problem.Problem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Turns codes clients met in traffic into a proposed catalog patch, as {@code errcat learn} does:
 * {@code mvn errcat:learn -Derrcat.traffic=traffic/}. Reads the JSON Lines the runtime's {@code
 * JsonLinesSink} writes (files, or directories of {@code *.jsonl}); for each of the project's
 * catalogs, writes the proposal — draft entries and review notes added as lines, every existing
 * line kept — to {@code target/errcat/learn}, or over the catalog with {@code
 * -Derrcat.learn.inPlace}. A bad traffic line is reported with its number and skipped.
 */
@Mojo(name = "learn", threadSafe = true)
public class LearnMojo extends AbstractMojo {
  /** The traffic: JSON Lines files, or directories of {@code *.jsonl} files. */
  @Parameter(property = "errcat.traffic", required = true)
  List<File> traffic;

  /** The project's catalogs, to propose changes to. */
  @Parameter(property = "errcat.catalogDirectory", defaultValue = "${basedir}/src/main/errcat")
  File catalogDirectory;

  /** Where the proposed catalogs go. */
  @Parameter(property = "errcat.learn.outputDirectory",
      defaultValue = "${project.build.directory}/errcat/learn")
  File outputDirectory;

  /** Write the proposals over the catalog files instead. */
  @Parameter(property = "errcat.learn.inPlace", defaultValue = "false")
  boolean inPlace;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    TrafficReader reader = new TrafficReader();
    for (File t : traffic) {
      for (Path f : trafficFiles(t.toPath())) {
        try (InputStream in = Files.newInputStream(f)) {
          reader.read(f.toString(), in);
        } catch (IOException e) {
          throw new MojoExecutionException(Message.UNREADABLE_INPUT.format(f, e.getMessage()), e);
        }
      }
    }
    TrafficReader.Result r = reader.result();
    for (String p : r.problems()) {
      getLog().warn(Message.BAD_TRAFFIC_LINE.format(p));
    }
    if (r.problemCount() > r.problems().size()) {
      getLog().warn(Message.BAD_TRAFFIC_LINE.format("... and " + (r.problemCount()
          - r.problems().size()) + " more bad lines"));
    }
    getLog().info(Message.LEARNED.format("traffic", r.goodLines() + " lines, "
        + r.observations().size() + " distinct sightings"));
    List<Path> catalogs;
    try {
      catalogs = CatalogFiles.in(catalogDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException(Message.UNREADABLE_INPUT.format(catalogDirectory,
          e.getMessage()), e);
    }
    for (Path c : catalogs) {
      byte[] content;
      try {
        content = Files.readAllBytes(c);
      } catch (IOException e) {
        throw new MojoExecutionException(Message.UNREADABLE_INPUT.format(c, e.getMessage()), e);
      }
      Learn.Learned l = Learn.learn(c.toString(), content, r);
      if (l.proposal().isEmpty()) {
        l.before().forEach(p -> getLog().error(p.format()));
        throw new MojoFailureException(Message.CHECK_FAILED.format(
            Message.count(l.before().size(), "problem"), c));
      }
      CatalogPatch.Proposal p = l.proposal().get();
      String name = c.getFileName().toString();
      p.summary().forEach(s -> getLog().info(Message.LEARNED.format(name, s)));
      if (!p.changed()) {
        getLog().info(Message.LEARNED.format(name, "nothing to add"));
        continue;
      }
      Path target = inPlace ? c : outputDirectory.toPath().resolve(name);
      try {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, p.text(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MojoExecutionException(Message.WRITE_FAILED.format(target, e.getMessage()), e);
      }
      getLog().info(Message.LEARNED.format(name, Message.count(p.drafts(), "draft entry")
          .replace("entrys", "entries") + ", " + Message.count(p.notes(), "note") + " -> "
          + target));
      for (Problem problem : l.after()) {
        getLog().warn(Message.LEARNED.format(name, "to review: " + problem.format()));
      }
    }
  }

  private static List<Path> trafficFiles(Path p) throws MojoExecutionException {
    try {
      return TrafficReader.files(p);
    } catch (IOException e) {
      throw new MojoExecutionException(Message.UNREADABLE_INPUT.format(p, e.getMessage()), e);
    }
  }
}
