package io.errcat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.errcat.processor.Fixtures.javac;
import static io.errcat.processor.Fixtures.lineOf;
import static io.errcat.processor.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's own catalog (test catalog {@code shop.yaml}), found every way the processor looks
 * for catalogs, named by several interfaces and packages, generated once.
 */
class CatalogUseTest {
  static final String SHOP_SERVICE = """
      package com.acme.shop;

      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;

      @ErrorCatalog("shop.yaml")
      public interface ShopService {
        @Raises({"Throttled", "OUT OF STOCK", "LOCKED"})
        void placeOrder(String item);

        @Raises("LOCKED") // by RPC action CreateOrder
        void createOrder(String item);

        @Raises({"ORDER NOT FOUND", "LOCKED"}) // by CLI command
        void cancel(String orderId);

        @Raises(operation = "CancelOrder", value = {})
        void abort(String orderId);

        /** Nested interfaces take the enclosing type's catalog. */
        interface Admin {
          @Raises("Throttled")
          void cancelOrder(String orderId);
        }
      }
      """;
  static final String BILLING = """
      package com.acme.shop;

      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;

      @ErrorCatalog("shop.yaml")
      interface Billing {
        @Raises("Throttled")
        void placeOrder();
      }
      """;

  @Test
  void twoInterfacesAndANestedOneShareOneGeneratedCatalogApi() {
    Compilation c = javac().compile(source("com.acme.shop.ShopService", SHOP_SERVICE),
        source("com.acme.shop.Billing", BILLING));
    assertThat(c).succeededWithoutWarnings();
    for (String type : List.of("ShopError", "ShopOperation", "ShopException", "ShopHttpMapper")) {
      assertEquals(1, Fixtures.generatedCount(c, type + ".java"), type);
    }
    Fixtures.assertGolden("ShopServiceErrors.java", Fixtures.generated(c, "com.acme.shop.ShopServiceErrors"));
    Fixtures.assertGolden("ShopService_AdminErrors.java",
        Fixtures.generated(c, "com.acme.shop.ShopService_AdminErrors"));
    assertTrue(c.generatedSourceFile("com.acme.shop.BillingErrors").isPresent());
  }

  static final String PACKAGE_INFO = """
      @ErrorCatalog("shop.yaml")
      package com.acme.orders;

      import io.errcat.runtime.ErrorCatalog;
      """;
  static final String ORDERS = """
      package com.acme.orders;

      import io.errcat.runtime.Raises;

      public interface Orders {
        @Raises("ORDER NOT FOUND")
        void cancelOrder(String id);
      }
      """;

  @Test
  void aPackageNamesTheCatalogOfItsInterfaces() {
    Compilation c = javac().compile(source("com.acme.orders.package-info", PACKAGE_INFO),
        source("com.acme.orders.Orders", ORDERS), source("com.acme.shop.Billing", BILLING));
    assertThat(c).succeededWithoutWarnings();
    assertTrue(c.generatedSourceFile("com.acme.orders.OrdersErrors").isPresent());
    assertEquals(1, Fixtures.generatedCount(c, "ShopError.java"));
  }

  @Test
  void aPackageCatalogWithProblemsIsReportedOnThePackageOnce() {
    String info = PACKAGE_INFO.replace("shop.yaml", "broken.yaml");
    JavaFileObject pkg = source("com.acme.orders.package-info", info);
    Compilation c = javac().compile(pkg, source("com.acme.orders.Orders", ORDERS));
    assertThat(c).hadErrorContaining("[EC012]").inFile(pkg).onLine(lineOf(info, "@ErrorCatalog"));
    assertEquals(1, c.errors().stream().filter(d -> d.getMessage(null).contains("[EC012]")).count());
    assertTrue(c.errors().stream().noneMatch(d -> d.getMessage(null).contains("ERRCAT-P006")));
  }

  @Test
  void aCatalogOnTheSourcePath(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("errcat"));
    Files.copy(Fixtures.CATALOGS.resolve("shop.yaml"), dir.resolve("errcat/shop.yaml"));
    String text = BILLING.replace("\"shop.yaml\"", "\"errcat/shop.yaml\"");
    Compilation c = Compiler.javac().withProcessors(new ErrcatProcessor())
        .withOptions("-sourcepath", dir.toString())
        .compile(source("com.acme.shop.Billing", text));
    assertThat(c).succeededWithoutWarnings();
    assertTrue(c.generatedSourceFile("com.acme.shop.BillingErrors").isPresent());
  }

  @Test
  void aCatalogIdBesideTheSourceRootInMavensLayoutAlsoAsYml(@TempDir Path project) throws IOException {
    Path java = project.resolve("src/main/java/com/acme/shop/Billing.java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, BILLING.replace("\"shop.yaml\"", "\"shop\""));
    Files.createDirectories(project.resolve("src/main/errcat"));
    Files.copy(Fixtures.CATALOGS.resolve("shop.yaml"), project.resolve("src/main/errcat/shop.yml"));
    Compilation c = Compiler.javac().withProcessors(new ErrcatProcessor())
        .compile(JavaFileObjects.forResource(java.toUri().toURL()));
    assertThat(c).succeededWithoutWarnings();
    assertTrue(c.generatedSourceFile("com.acme.shop.BillingErrors").isPresent());
  }

  @Test
  void aCatalogIdOnTheCatalogPath() {
    Compilation c = javac().compile(source("com.acme.shop.Billing", BILLING.replace("\"shop.yaml\"", "\"shop\"")));
    assertThat(c).succeededWithoutWarnings();
    assertTrue(c.generatedSourceFile("com.acme.shop.BillingErrors").isPresent());
  }

  @Test
  void aCatalogOnTheClassPathByIdAsTheMavenPluginCopiesIt(@TempDir Path classes) throws IOException {
    Files.createDirectories(classes.resolve("META-INF/errcat"));
    Files.copy(Fixtures.CATALOGS.resolve("shop.yaml"), classes.resolve("META-INF/errcat/shop.yaml"));
    String text = BILLING.replace("\"shop.yaml\"", "\"shop\"");
    Compilation c = Compiler.javac().withProcessors(new ErrcatProcessor())
        .withClasspath(classPathWith(classes))
        .compile(source("com.acme.shop.Billing", text));
    assertThat(c).succeededWithoutWarnings();
    assertTrue(c.generatedSourceFile("com.acme.shop.BillingErrors").isPresent());
  }

  @Test
  void aCatalogApiAlreadyOnTheClassPathIsUsedNotGeneratedAgain(@TempDir Path classes) throws IOException {
    Compilation first = javac().compile(source("com.acme.shop.Billing", BILLING));
    assertThat(first).succeeded();
    new CompiledClasses(first).writeTo(classes);
    Compilation second = javac().withClasspath(classPathWith(classes))
        .compile(source("com.acme.shop.ShopService", SHOP_SERVICE));
    assertThat(second).succeededWithoutWarnings();
    assertEquals(0, Fixtures.generatedCount(second, "ShopError.java"));
    Fixtures.assertGolden("ShopServiceErrors.java",
        Fixtures.generated(second, "com.acme.shop.ShopServiceErrors"));
  }

  static final String STALE_ERROR = """
      package com.acme.shop.errors;

      /** An older generation of the shop catalog's error type: it lacks LOCKED. */
      public enum ShopError { OUT_OF_STOCK, ORDER_NOT_FOUND, THROTTLED }
      """;
  static final String USES_LOCKED = """
      package com.acme.shop;

      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;

      @ErrorCatalog("shop.yaml")
      interface UsesLocked {
        @Raises({"Throttled",
            "LOCKED"}) // not in the old type
        void placeOrder();
      }
      """;

  @Test
  void aStaleCatalogApiIsAnErrorOnTheCodeItLacks() {
    JavaFileObject uses = source("com.acme.shop.UsesLocked", USES_LOCKED);
    Compilation c = javac().compile(source("com.acme.shop.errors.ShopError", STALE_ERROR), uses);
    assertThat(c).hadErrorContaining("[ERRCAT-P018] com.acme.shop.errors.ShopError found on the class path has no"
            + " constant LOCKED for code 'LOCKED'")
        .inFile(uses).onLine(lineOf(USES_LOCKED, "// not in the old type"));
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void outputIsTheSameForAnySourceOrderMethodOrderAndLocale() {
    Compilation c1 = javac().compile(source("com.acme.shop.ShopService", SHOP_SERVICE),
        source("com.acme.shop.Billing", BILLING));
    // methods in another order, files in another order, under a locale with its own case rules
    String reordered = SHOP_SERVICE.replace("""
          @Raises({"Throttled", "OUT OF STOCK", "LOCKED"})
          void placeOrder(String item);
        """, "").replace("""
          @Raises(operation = "CancelOrder", value = {})
          void abort(String orderId);
        """, """
          @Raises(operation = "CancelOrder", value = {})
          void abort(String orderId);

          @Raises({"LOCKED", "OUT OF STOCK", "Throttled"})
          void placeOrder(String item);
        """);
    assertTrue(reordered.indexOf("void placeOrder") > reordered.indexOf("void abort"), reordered);
    Locale saved = Locale.getDefault();
    Compilation c2;
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      c2 = javac().compile(source("com.acme.shop.Billing", BILLING),
          source("com.acme.shop.ShopService", reordered));
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(c2).succeededWithoutWarnings();
    assertEquals(names(c1), names(c2));
    for (String type : names(c1)) {
      assertEquals(Fixtures.generated(c1, type), Fixtures.generated(c2, type), type);
    }
  }

  /** The generated source types of a compilation, sorted. */
  private static List<String> names(Compilation c) {
    return c.generatedSourceFiles().stream()
        .map(f -> f.toUri().getPath())
        .map(p -> p.substring(p.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length(), p.length() - 5))
        .map(p -> p.replace('/', '.'))
        .sorted()
        .toList();
  }

  @Test
  void theDocsBaseUrlOptionReachesTheGeneratedMapper() {
    Compilation c = javac("-Aerrcat.docsBaseUrl=https://errors.acme.com/ref")
        .compile(source("com.acme.shop.Billing", BILLING));
    assertThat(c).succeededWithoutWarnings();
    assertTrue(Fixtures.generated(c, "com.acme.shop.errors.ShopHttpMapper")
        .contains("\"https://errors.acme.com/ref/shop.html#\""));
  }

  @Test
  void aMissingCatalogPathDirectoryIsAWarning() {
    Compilation c = javac("-Aerrcat.catalogPath=" + Fixtures.CATALOGS + File.pathSeparator + "/no/such/dir")
        .compile(source("com.acme.shop.Billing", BILLING));
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining("[ERRCAT-P020] -Aerrcat.catalogPath entry '/no/such/dir' is not a directory");
  }

  /** The test class path plus {@code dir}. */
  static List<File> classPathWith(Path dir) {
    List<File> cp = new ArrayList<>();
    cp.add(dir.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      cp.add(new File(entry));
    }
    return cp;
  }
}
