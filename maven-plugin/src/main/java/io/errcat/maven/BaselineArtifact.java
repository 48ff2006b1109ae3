package io.errcat.maven;

import io.errcat.catalog.ClasspathCatalogs;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The catalogs inside a released artifact: resolved with Maven's own resolver (local repository,
 * then the project's remote repositories) and read from {@code META-INF/errcat/*.yaml} in the jar,
 * where {@code errcat:generate} put them when that version was built.
 */
final class BaselineArtifact {
  private BaselineArtifact() {}

  /** Resolves {@code coordinates} ({@code g:a:v}, or {@code g:a:ext[:classifier]:v}) to a file. */
  static File resolve(String coordinates, RepositorySystem system, RepositorySystemSession session,
      List<RemoteRepository> repositories) throws MojoExecutionException {
    Artifact artifact;
    try {
      artifact = new DefaultArtifact(coordinates.strip());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(Message.BAD_COORDINATES.format(coordinates), e);
    }
    try {
      return system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
          .getArtifact().getFile();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException(
          Message.BASELINE_UNRESOLVED.format(coordinates, e.getMessage()), e);
    }
  }

  /**
   * The catalogs directly under {@code META-INF/errcat/} in {@code jar}, sorted by entry name,
   * each shown as {@code <label>!/META-INF/errcat/<file>}.
   */
  static List<CatalogInput> catalogs(File jar, String label) throws MojoExecutionException {
    List<CatalogInput> inputs = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar)) {
      List<? extends ZipEntry> entries = zip.stream()
          .filter(e -> !e.isDirectory() && isCatalogEntry(e.getName()))
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .toList();
      for (ZipEntry entry : entries) {
        try (InputStream in = zip.getInputStream(entry)) {
          String file = entry.getName().substring(ClasspathCatalogs.DIRECTORY.length());
          inputs.add(new CatalogInput(label + "!/" + entry.getName(), file, in.readAllBytes(), false));
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException(Message.UNREADABLE_INPUT.format(label, e.getMessage()), e);
    }
    return inputs;
  }

  private static boolean isCatalogEntry(String name) {
    if (!name.startsWith(ClasspathCatalogs.DIRECTORY)) return false;
    String rest = name.substring(ClasspathCatalogs.DIRECTORY.length());
    return !rest.contains("/") && io.errcat.catalog.CatalogFiles.isCatalogName(rest);
  }
}
