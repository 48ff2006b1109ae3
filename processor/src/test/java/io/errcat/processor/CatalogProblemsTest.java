package io.errcat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.errcat.processor.Fixtures.javac;
import static io.errcat.processor.Fixtures.lineOf;
import static io.errcat.processor.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.model.Catalog;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Catalogs with problems, and failures inside the engine: reported, never thrown. */
class CatalogProblemsTest {
  static final String FIRST = """
      package com.acme;
      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;
      @ErrorCatalog("broken.yaml") // first
      interface First {
        @Raises("BAD STATUS")
        void get();
      }
      """;
  static final String SECOND = """
      package com.acme;
      import io.errcat.runtime.ErrorCatalog;
      @ErrorCatalog("broken.yaml") // second
      interface Second {}
      """;

  @Test
  void catalogProblemsNameTheCatalogFileLineAndColumnOnTheNamingAnnotation() {
    JavaFileObject first = source("com.acme.First", FIRST);
    JavaFileObject second = source("com.acme.Second", SECOND);
    Compilation c = javac().compile(first, second);
    String file = Fixtures.CATALOGS.resolve("broken.yaml").toString();
    assertThat(c).hadErrorContaining(file + ":13:5: [EC012] Unknown key 'mesage' in errors[1]. (did you mean 'message'?)")
        .inFile(first).onLine(lineOf(FIRST, "// first"));
    assertThat(c).hadErrorContaining(file + ":9:17: [EC024] 'errors[0].httpStatus' is 700")
        .inFile(first).onLine(lineOf(FIRST, "// first"));
    assertThat(c).hadWarningContaining(file + ":11:5: [EC045]")
        .inFile(first).onLine(lineOf(FIRST, "// first"));
    // the second interface naming the same catalog is told where the problems were reported
    assertThat(c).hadErrorContaining("[ERRCAT-P006] catalog '" + file + "' has ")
        .inFile(second).onLine(lineOf(SECOND, "// second"));
    assertThat(c).hadErrorContaining("reported on com.acme.First; no code is generated from it");
    // problems are reported once, on the first naming annotation only
    assertEquals(1, c.errors().stream().filter(d -> d.getMessage(null).contains("[EC012]")).count());
    assertThat(c).hadErrorCount(3);
  }

  static final String API = """
      package com.acme;
      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;
      @ErrorCatalog("shop.yaml")
      interface Api { // here
        @Raises("Throttled")
        void placeOrder();
      }
      """;

  @Test
  void anEngineFailureBecomesOneClearErrorOnTheInterface() {
    CatalogEngine failing = new CatalogEngine() {
      @Override
      public LoadResult load(String displayName, byte[] content) {
        throw new IllegalStateException("loader exploded on " + displayName.substring(displayName.lastIndexOf('/') + 1));
      }

      @Override
      public List<GeneratedFile> generateJava(Catalog catalog, JavaOptions options) {
        throw new AssertionError("never reached");
      }
    };
    JavaFileObject api = source("com.acme.Api", API);
    Compilation c = javac(new ErrcatProcessor(failing)).compile(api);
    assertThat(c).hadErrorContaining("[ERRCAT-P000] internal error in the errcat processor while processing"
            + " com.acme.Api: java.lang.IllegalStateException: loader exploded on shop.yaml at ")
        .inFile(api).onLine(lineOf(API, "// here"));
    assertThat(c).hadErrorCount(1);
  }

  static final String OTHER = """
      package com.acme;
      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;
      @ErrorCatalog("shop.yaml")
      interface Other {
        @Raises("OUT OF STOK") // typo
        void placeOrder();
      }
      """;

  @Test
  void aGenerationFailureIsReportedOnceAndInterfacesAreStillChecked() {
    CatalogEngine failing = new CatalogEngine() {
      @Override
      public LoadResult load(String displayName, byte[] content) {
        return CatalogEngine.ENGINE.load(displayName, content);
      }

      @Override
      public List<GeneratedFile> generateJava(Catalog catalog, JavaOptions options) {
        throw new StackOverflowError();
      }
    };
    JavaFileObject api = source("com.acme.Api", API);
    JavaFileObject other = source("com.acme.Other", OTHER);
    Compilation c = javac(new ErrcatProcessor(failing)).compile(api, other);
    assertThat(c).hadErrorContaining("[ERRCAT-P000] internal error in the errcat processor while processing"
        + " com.acme.Api: java.lang.StackOverflowError").inFile(api).onLine(lineOf(API, "// here"));
    assertThat(c).hadErrorContaining("[ERRCAT-P013]").inFile(other).onLine(lineOf(OTHER, "// typo"));
    assertThat(c).hadErrorCount(2);
  }

  static final String CLASHING = """
      package com.acme;
      import io.errcat.runtime.ErrorCatalog;
      @ErrorCatalog("clash.yaml") // same package and prefix as shop
      interface Clashing {}
      """;

  @Test
  void twoCatalogsThatWouldGenerateTheSameTypesAreAnError() {
    JavaFileObject clashing = source("com.acme.Clashing", CLASHING);
    Compilation c = javac().compile(source("com.acme.Api", API), clashing);
    assertThat(c).hadErrorContaining("[ERRCAT-P017] catalogs '" + Fixtures.CATALOGS.resolve("shop.yaml") + "' and '"
            + Fixtures.CATALOGS.resolve("clash.yaml") + "' both generate com.acme.shop.errors.ShopError")
        .inFile(clashing).onLine(lineOf(CLASHING, "// same package"));
    assertThat(c).hadErrorCount(1);
  }

  static final String HAND_WRITTEN = """
      package com.acme;
      /** Someone's own class, in the way of the generated table. */
      public final class ApiErrors {}
      """;

  @Test
  void aGeneratedFileThatCannotBeWrittenIsAnErrorOnItsInterface() {
    JavaFileObject api = source("com.acme.Api", API);
    Compilation c = javac().compile(api, source("com.acme.ApiErrors", HAND_WRITTEN));
    assertThat(c).hadErrorContaining("[ERRCAT-P019] could not write generated file com.acme.ApiErrors: ")
        .inFile(api).onLine(lineOf(API, "// here"));
    assertThat(c).hadErrorCount(1);
  }
}
