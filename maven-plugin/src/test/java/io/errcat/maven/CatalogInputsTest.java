package io.errcat.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogInputsTest {
  @TempDir Path project;

  private static final String SHOP = """
      catalog: 1
      product:
        id: shop
        name: Shop
      errors:
        - code: OrderNotFound
          httpStatus: 404
      """;

  @Test
  void filesAreSortedByNameShownRelativeToTheProjectAndBundledOnesFollow() throws Exception {
    Path dir = Files.createDirectories(project.resolve("src/main/errcat"));
    Files.writeString(dir.resolve("zeta.yml"), "x");
    Files.writeString(dir.resolve("alpha.yaml"), "x");
    Files.writeString(dir.resolve("notes.txt"), "not a catalog");
    List<CatalogInput> inputs = CatalogInputs.find(project, dir, List.of(" faas "));
    assertEquals(List.of("src/main/errcat/alpha.yaml", "src/main/errcat/zeta.yml",
        "META-INF/errcat/faas.yaml"), inputs.stream().map(CatalogInput::displayName).toList());
    assertTrue(inputs.get(2).bundled());
  }

  @Test
  void aMissingDirectoryHasNoCatalogs() throws Exception {
    assertEquals(List.of(), CatalogInputs.find(project, project.resolve("nope"), List.of()));
  }

  @Test
  void anUnknownBundledIdNamesTheKnownOnes() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> CatalogInputs.bundled("function-compue"));
    assertTrue(e.getMessage().startsWith("[ERRCAT-M01] there is no bundled catalog 'function-compue';"
        + " bundled catalogs are: "), e.getMessage());
    assertTrue(e.getMessage().contains("function-compute"), e.getMessage());
    assertThrows(MojoExecutionException.class, () -> CatalogInputs.bundled("../../etc/passwd"));
  }

  @Test
  void oneIdTwiceIsRefused() throws IOException {
    byte[] shop = SHOP.getBytes(StandardCharsets.UTF_8);
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> LoadedCatalogs.load(
        List.of(new CatalogInput("a/shop.yaml", "shop.yaml", shop, false),
            new CatalogInput("b/shop.yaml", "shop.yaml", shop, false)), null));
    assertEquals("[ERRCAT-M12] catalog 'shop' is given twice: a/shop.yaml and b/shop.yaml",
        e.getMessage());
  }

  @Test
  void anOversizedFileIsReadOnlyToTheLimitAndReportedWithItsRealSize() throws Exception {
    Path dir = Files.createDirectories(project.resolve("src/main/errcat"));
    Path big = dir.resolve("big.yaml");
    long size = 6L << 20;
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(size); // sparse: 6 MiB without writing them
    }
    List<CatalogInput> inputs = CatalogInputs.find(project, dir, List.of());
    assertEquals(io.errcat.catalog.Engine.MAX_CATALOG_BYTES + 1, inputs.get(0).content().length);
    io.errcat.catalog.problem.LoadResult r = LoadedCatalogs.load(inputs, null).results().get(0);
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertEquals("EC002", r.problems().get(0).id().name());
    assertTrue(r.problems().get(0).message().contains(String.valueOf(size)),
        r.problems().get(0).message());
  }

  @Test
  void aCatalogChangedMidBuildIsOneSnapshot() throws Exception {
    Path dir = Files.createDirectories(project.resolve("src/main/errcat"));
    Path shop = dir.resolve("shop.yaml");
    Files.writeString(shop, SHOP);
    List<CatalogInput> inputs = CatalogInputs.find(project, dir, List.of());
    String fingerprint = new Fingerprint().addInputs(inputs).hex();
    // an editor saves the file while the build runs
    Files.writeString(shop, SHOP.replace("OrderNotFound", "Renamed"));
    io.errcat.catalog.problem.LoadResult r = LoadedCatalogs.load(inputs, null).results().get(0);
    // what is loaded, copied and fingerprinted is the one read: the build is consistent, and the
    // next one sees the change
    assertEquals("OrderNotFound", r.catalog().orElseThrow().errors().get(0).code());
    assertEquals(fingerprint, new Fingerprint().addInputs(inputs).hex());
    assertTrue(!fingerprint.equals(new Fingerprint()
        .addInputs(CatalogInputs.find(project, dir, List.of())).hex()));
  }
}
