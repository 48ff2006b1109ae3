package io.errcat.catalog;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.model.Product;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The catalogs shipped inside the errcat-catalog jar, as resources {@code META-INF/errcat/<id>.yaml}
 * listed in the index {@code META-INF/errcat/bundled.list} (one id per line). The index is read,
 * never a directory scan: class path directories and jars cannot be listed portably.
 *
 * <p>{@link #load(String, ClassLoader)} also finds catalogs that other jars put under the same
 * path (the Maven plugin copies a project's catalogs there), so callers can resolve any id.
 */
public final class ClasspathCatalogs {
  /** Where catalogs live on the class path. */
  public static final String DIRECTORY = "META-INF/errcat/";

  /** The index of the catalogs bundled in this jar. */
  public static final String INDEX = DIRECTORY + "bundled.list";

  private ClasspathCatalogs() {}

  /**
   * The ids of the catalogs bundled in this jar (and of any other jar on errcat's class path that
   * ships an index), sorted.
   */
  public static List<String> ids() {
    return ids(ClasspathCatalogs.class.getClassLoader());
  }

  /**
   * The ids listed by every index visible to {@code cl} (each jar may ship one), sorted and without
   * duplicates.
   */
  public static List<String> ids(ClassLoader cl) {
    Objects.requireNonNull(cl, "cl");
    TreeSet<String> ids = new TreeSet<>();
    try {
      for (URL index : Collections.list(cl.getResources(INDEX))) {
        try (InputStream in = index.openStream()) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) {
              ids.add(id);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class path resource " + INDEX, e);
    }
    return List.copyOf(ids);
  }

  /** The class path resource of catalog {@code id}: {@code META-INF/errcat/<id>.yaml}. */
  public static String resourcePath(String id) {
    Objects.requireNonNull(id, "id");
    return DIRECTORY + id + ".yaml";
  }

  /**
   * Beside a project catalog's copy, the package its code was generated into: {@code
   * META-INF/errcat/<id>.package}, read by the annotation processor so that it finds that code.
   */
  public static final String PACKAGE_SUFFIX = ".package";

  /**
   * What a build puts on the class path for one of the project's own catalogs: its bytes as
   * {@code META-INF/errcat/<id>.yaml} (the name lookups by id expect, also for a {@code .yml}) and
   * the package its code went to, beside it.
   *
   * @param catalog the loaded catalog (its package already decided)
   * @param source the catalog file's bytes
   * @return the two files
   */
  public static List<GeneratedFile> copies(Catalog catalog, byte[] source) {
    String id = catalog.product().id();
    return List.of(new GeneratedFile(resourcePath(id), source),
        new GeneratedFile(DIRECTORY + id + PACKAGE_SUFFIX,
            (catalog.product().javaPackage() + "\n").getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The catalogs an id-less search looks in: the given ones, then every bundled catalog whose id
   * none of them has (a project's copy of a bundled catalog wins).
   *
   * @param own the project's or the user's catalogs, in order
   * @return those and the bundled ones
   */
  public static List<Catalog> withBundled(List<Catalog> own) {
    List<Catalog> all = new ArrayList<>(own);
    List<String> taken = own.stream().map(c -> c.product().id()).toList();
    for (String id : ids()) {
      if (!taken.contains(id)) {
        load(id).flatMap(LoadResult::catalog).ifPresent(all::add);
      }
    }
    return all;
  }

  /** Loads and checks catalog {@code id} from this jar; empty when there is no such catalog. */
  public static Optional<LoadResult> load(String id) {
    return load(id, ClasspathCatalogs.class.getClassLoader());
  }

  /**
   * Loads and checks catalog {@code id} as {@code cl} sees it; empty when {@code id} is not a valid
   * product id or no such resource exists. Problems name the file by its resource path.
   */
  public static Optional<LoadResult> load(String id, ClassLoader cl) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cl, "cl");
    if (!Product.ID.matcher(id).matches()) { // anything else never names a resource
      return Optional.empty();
    }
    String path = resourcePath(id);
    byte[] content = read(cl, path);
    return content == null ? Optional.empty() : Optional.of(Engine.load(path, content));
  }

  private static byte[] read(ClassLoader cl, String path) {
    try (InputStream in = cl.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class path resource " + path, e);
    }
  }
}
