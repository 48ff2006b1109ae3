package io.errcat.catalog.bundled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.ClasspathCatalogs;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index and resource layout of the bundled catalogs, independent of the loader. */
class BundledIndexTest {
  private static final Path SOURCE_DIR = Path.of("src/main/errcat");

  @Test
  void indexListsExactlyTheCatalogFilesSorted() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(SOURCE_DIR)) {
      files = s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList();
    }
    assertEquals(files, ClasspathCatalogs.ids());
    assertTrue(ClasspathCatalogs.ids().contains("faas"));
  }

  @Test
  void everyIdHasItsResourceWithTheSourceBytes() throws IOException {
    for (String id : ClasspathCatalogs.ids()) {
      String path = ClasspathCatalogs.resourcePath(id);
      assertEquals("META-INF/errcat/" + id + ".yaml", path);
      try (InputStream in = ClasspathCatalogs.class.getClassLoader().getResourceAsStream(path)) {
        assertNotNull(in, path);
        assertArrayEquals(Files.readAllBytes(SOURCE_DIR.resolve(id + ".yaml")), in.readAllBytes(), path);
      }
    }
  }

  @Test
  void idsThatCannotNameACatalogGiveEmpty() {
    for (String id : List.of("", "../faas", "FAAS", "faas/../faas", "faas.yaml", "no-such-catalog", " faas")) {
      assertTrue(ClasspathCatalogs.load(id).isEmpty(), id);
    }
  }

  @Test
  void aClassLoaderWithoutCatalogsHasNoIdsAndNoCatalogs(@TempDir Path empty) throws IOException {
    try (URLClassLoader cl = new URLClassLoader(new URL[] {empty.toUri().toURL()}, null)) {
      assertEquals(List.of(), ClasspathCatalogs.ids(cl));
      assertTrue(ClasspathCatalogs.load("faas", cl).isEmpty());
    }
  }

  @Test
  void indexesOfSeveralJarsAreMerged(@TempDir Path root) throws IOException {
    Path a = Files.createDirectories(root.resolve("a/META-INF/errcat"));
    Path b = Files.createDirectories(root.resolve("b/META-INF/errcat"));
    Files.writeString(a.resolve("bundled.list"), "zeta\nfaas\n");
    Files.writeString(b.resolve("bundled.list"), "alpha\nfaas\n");
    URL[] path = {root.resolve("a").toUri().toURL(), root.resolve("b").toUri().toURL()};
    try (URLClassLoader cl = new URLClassLoader(path, null)) {
      assertEquals(List.of("alpha", "faas", "zeta"), ClasspathCatalogs.ids(cl));
    }
  }

  @Test
  void indexIgnoresCommentsBlankLinesAndOrder(@TempDir Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve("META-INF/errcat"));
    Files.writeString(dir.resolve("bundled.list"), "# comment\r\nzeta\n\n  alpha  \r\nzeta\n");
    try (URLClassLoader cl = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      assertEquals(List.of("alpha", "zeta"), ClasspathCatalogs.ids(cl));
    }
  }
}
