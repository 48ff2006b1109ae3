package io.errcat.processor;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.problem.DidYouMean;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the bytes of the catalog an {@code @ErrorCatalog} value names.
 *
 * <p>A file ({@code errcat/my-api.yaml}) is looked up, in order: as an absolute path; in each
 * directory of {@code -Aerrcat.catalogPath}; on the source path; against the source root of the
 * annotated element and that root's sibling {@code errcat} directory (Maven's {@code
 * src/main/java} and {@code src/main/errcat}); on the class path under {@code META-INF/errcat/}.
 *
 * <p>An id ({@code faas}) is the file {@code <id>.yaml} (or {@code .yml}), looked up the same
 * way, and last on the processor path (the bundled catalogs of the errcat-catalog jar this
 * processor ships with). So a project's own catalogs (in its directories, or copied to the class
 * path by the Maven plugin) and a pinned errcat-catalog version on the class path win over the
 * bundled ones.
 */
final class CatalogLocator {
  static final String CATALOG_PATH_OPTION = "errcat.catalogPath";


  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  private final Filer filer;
  private final ClassLoader processorPath;
  private final List<Path> catalogPath;
  private final SourceRoots sourceRoots;

  private final String projectPackage;

  /** {@code projectPackage}: for the project's own catalogs that name none ({@code -Aerrcat.package}). */
  CatalogLocator(Filer filer, ClassLoader processorPath, List<Path> catalogPath,
      SourceRoots sourceRoots, String projectPackage) {
    this.projectPackage = projectPackage;
    this.filer = filer;
    this.processorPath = processorPath;
    this.catalogPath = List.copyOf(catalogPath);
    this.sourceRoots = sourceRoots;
  }

  /** What a lookup found: the catalog's bytes and a name to report problems under, or why not. */
  sealed interface Located permits Found, NotFound {}

  /**
   * {@code key} identifies the file for caching; {@code displayName} is what problems print;
   * {@code javaPackage} is the package for a catalog that names none (null: the id's).
   */
  record Found(String key, String displayName, byte[] content, String javaPackage)
      implements Located {
    Found(String key, String displayName, byte[] content) {
      this(key, displayName, content, null);
    }

    Found withJavaPackage(String p) {
      return new Found(key, displayName, content, p);
    }
  }

  /** The message to report and its arguments. */
  record NotFound(Message message, Object[] args) implements Located {}

  private static boolean isId(String value) {
    return ID.matcher(value).matches();
  }

  /** Splits the option value into directories (path separator or comma separated). */
  static List<String> splitCatalogPath(String option) {
    List<String> out = new ArrayList<>();
    if (option != null) {
      for (String part : option.split("[" + Pattern.quote(File.pathSeparator) + ",]")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  Located locate(String value, Element annotated) throws IOException {
    boolean id = isId(value);
    String file = id ? value + ".yaml" : value;
    Path asPath;
    try {
      asPath = Path.of(file);
    } catch (InvalidPathException e) {
      return new NotFound(Message.CATALOG_FILE_NOT_FOUND, new Object[] {value, "nowhere: " + e.getReason()});
    }
    List<String> looked = new ArrayList<>();
    if (asPath.isAbsolute()) {
      return Files.isRegularFile(asPath)
          ? readFile(asPath).withJavaPackage(projectPackage)
          : new NotFound(Message.CATALOG_FILE_NOT_FOUND, new Object[] {value, asPath.toString()});
    }
    Optional<Found> inDirectory = inDirectories(id ? List.of(file, value + ".yml") : List.of(file), annotated, looked);
    if (inDirectory.isPresent()) {
      return inDirectory.get().withJavaPackage(projectPackage);
    }
    String resource = ClasspathCatalogs.DIRECTORY + file;
    looked.add("the class path (" + resource + ")");
    Optional<Found> onClassPath = read(StandardLocation.CLASS_PATH, resource);
    if (onClassPath.isPresent()) {
      return onClassPath.get().withJavaPackage(copiedPackage(resource));
    }
    if (!id) {
      return new NotFound(Message.CATALOG_FILE_NOT_FOUND, new Object[] {value, String.join(", ", looked)});
    }
    looked.add("the processor path");
    try (InputStream in = processorPath.getResourceAsStream(resource)) {
      if (in != null) {
        return new Found("processor-path:" + resource, resource, in.readAllBytes());
      }
    }
    List<String> own = projectIds(annotated);
    List<String> bundled = ClasspathCatalogs.ids(processorPath);
    List<String> all = new ArrayList<>(own);
    all.addAll(bundled);
    String near = DidYouMean.nearest(value, all);
    String hint;
    if (near != null) {
      hint = " (did you mean '" + near + "'?)";
    } else {
      hint = (own.isEmpty() ? "" : "; the project's: " + String.join(", ", own))
          + (bundled.isEmpty() ? "; no bundled catalogs are on the processor path"
              : "; bundled: " + String.join(", ", bundled));
    }
    return new NotFound(Message.CATALOG_ID_NOT_FOUND, new Object[] {value, String.join(", ", looked), hint});
  }

  /** The package the Maven plugin recorded beside a catalog copy, if any and well formed. */
  private String copiedPackage(String resource) throws IOException {
    // the Maven plugin writes it beside the copy (ClasspathCatalogs.copies)
    String sidecar = resource.substring(0, resource.lastIndexOf('.'))
        + ClasspathCatalogs.PACKAGE_SUFFIX;
    Optional<Found> found = read(StandardLocation.CLASS_PATH, sidecar);
    if (found.isEmpty() || found.get().content().length > 1_000) {
      return null;
    }
    String p = new String(found.get().content(), java.nio.charset.StandardCharsets.UTF_8).strip();
    return javax.lang.model.SourceVersion.isName(p) ? p : null;
  }

  /**
   * The ids of the catalogs in the project's own directories (the option's, the source roots and
   * their {@code errcat} siblings), sorted: what a misspelt id is most likely meant to be. At most
   * 1,000 entries of each directory are looked at, so a huge directory costs no unbounded time.
   */
  private List<String> projectIds(Element annotated) {
    TreeSet<String> ids = new TreeSet<>();
    List<Path> dirs = new ArrayList<>(catalogPath);
    for (Path root : sourceRoots.of(annotated)) {
      dirs.add(root);
      dirs.add(root.resolveSibling("errcat"));
    }
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (var files = Files.list(dir)) {
        files.limit(1_000).map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
            .map(n -> n.substring(0, n.lastIndexOf('.')))
            .filter(CatalogLocator::isId)
            .forEach(ids::add);
      } catch (IOException | RuntimeException e) {
        // an unreadable directory offers no suggestion; the lookup itself already said where
      }
    }
    return List.copyOf(ids);
  }

  /**
   * The directories a project keeps catalogs in: the option's, the source path, the source roots.
   * {@code names}: the file names to try in each ({@code x.yaml} and {@code x.yml} for an id).
   */
  private Optional<Found> inDirectories(List<String> names, Element annotated, List<String> looked) throws IOException {
    for (Path dir : catalogPath) {
      Optional<Found> found = inDirectory(dir, names, looked);
      if (found.isPresent()) {
        return found;
      }
    }
    looked.add("the source path");
    for (String name : names) {
      Optional<Found> onSourcePath = read(StandardLocation.SOURCE_PATH, name);
      if (onSourcePath.isPresent()) {
        return onSourcePath;
      }
    }
    for (Path root : sourceRoots.of(annotated)) {
      for (Path dir : List.of(root, root.resolveSibling("errcat"))) {
        Optional<Found> found = inDirectory(dir, names, looked);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> inDirectory(Path dir, List<String> names, List<String> looked)
      throws IOException {
    for (String name : names) {
      Path p = dir.resolve(name);
      looked.add(p.toString());
      if (Files.isRegularFile(p)) {
        return Optional.of(readFile(p));
      }
    }
    return Optional.empty();
  }

  /**
   * A resource through the Filer, read; empty when it does not exist. Filers signal absence in
   * different ways (javac: an IOException on open; others: IllegalArgumentException for a location
   * they do not support), so every one of them means "not here"; a resource that opens but cannot
   * be read is an error.
   */
  private Optional<Found> read(StandardLocation location, String relativeName) throws IOException {
    FileObject fo;
    InputStream in;
    try {
      fo = filer.getResource(location, "", relativeName);
      in = fo.openInputStream();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    byte[] content;
    try (in) {
      content = in.readAllBytes();
    }
    URI uri = fo.toUri();
    String display = "file".equals(uri.getScheme()) ? Path.of(uri).toString() : relativeName;
    return Optional.of(new Found(uri.toString(), display, content));
  }

  private static Found readFile(Path p) throws IOException {
    Path abs = p.toAbsolutePath().normalize();
    return new Found(abs.toUri().toString(), abs.toString(), Files.readAllBytes(abs));
  }

  /** The package an element lives in (for packages: itself). */
  static PackageElement packageOf(Element e) {
    Element cur = e;
    while (cur.getKind() != ElementKind.PACKAGE) {
      cur = cur.getEnclosingElement();
    }
    return (PackageElement) cur;
  }
}
