package io.errcat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.errcat.processor.Fixtures.javac;
import static io.errcat.processor.Fixtures.lineOf;
import static io.errcat.processor.Fixtures.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic about an interface, its annotations and their values, from one javac run over
 * many small interfaces: each assertion names the message id, the file and the line.
 */
class DiagnosticsTest {
  static final String UNKNOWN_CODE = """
      package com.acme;
      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;
      @ErrorCatalog("shop.yaml")
      interface UnknownCode {
        @Raises({"Throttled",
            "OUT OF STOK"}) // typo
        void placeOrder();
        @Raises("OUT_OF_STOCK") // the Java constant, not the code
        void createOrder(int quantity);
      }
      """;
  static final String SCOPE = """
      package com.acme;
      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;
      @ErrorCatalog("shop.yaml")
      interface Scope {
        @Raises({"Throttled", "LOCKED", "ORDER NOT FOUND"}) // CancelOrder only
        void placeOrder();
        @Raises({"LOCKED", "Throttled",
            "LOCKED"}) // twice
        void cancelOrder();
      }
      """;
  static final String OPERATIONS = """
      package com.acme;
      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;
      @ErrorCatalog("shop.yaml")
      interface Operations {
        @Raises(value = "Throttled",
            operation = "PlaceOrdr") // typo
        void submit();
        @Raises("Throttled") // no operation named checkout
        void checkout();
        @Raises("Throttled") // first placeOrder
        void placeOrder();
        @Raises("LOCKED") // second placeOrder
        void placeOrder(String coupon);
      }
      """;
  static final String MISPLACED = """
      package com.acme;
      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;
      @ErrorCatalog("shop.yaml") // on a class
      abstract class Misplaced {
        @Raises("Throttled") // in a class
        abstract void placeOrder();
      }
      """;
  static final String NO_CATALOG = """
      package com.acme;
      import io.errcat.runtime.Raises;
      interface NoCatalog {
        @Raises("Throttled") // no @ErrorCatalog anywhere
        void placeOrder();
      }
      """;
  static final String BAD_NAMES = """
      package com.acme;
      import io.errcat.runtime.ErrorCatalog;
      class BadNames {
        @ErrorCatalog("") // empty
        interface Empty {}
        @ErrorCatalog("fass") // misspelt id
        interface MisspeltId {}
        @ErrorCatalog("errcat/nope.yaml") // no such file
        interface NoFile {}
        @ErrorCatalog("shpo") // the project's own, misspelt
        interface MisspeltOwn {}
        @ErrorCatalog("zzzzzzzz") // nothing near
        interface NothingNear {}
      }
      """;

  static JavaFileObject unknownCode = source("com.acme.UnknownCode", UNKNOWN_CODE);
  static JavaFileObject scope = source("com.acme.Scope", SCOPE);
  static JavaFileObject operations = source("com.acme.Operations", OPERATIONS);
  static JavaFileObject misplaced = source("com.acme.Misplaced", MISPLACED);
  static JavaFileObject noCatalog = source("com.acme.NoCatalog", NO_CATALOG);
  static JavaFileObject badNames = source("com.acme.BadNames", BAD_NAMES);
  static Compilation compilation;

  @BeforeAll
  static void compileAll() {
    compilation = javac().compile(unknownCode, scope, operations, misplaced, noCatalog, badNames);
  }

  @Test
  void unknownCodeIsAnErrorOnItsValueWithADidYouMean() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P013] catalog 'shop' has no error code 'OUT OF STOK' (did you mean 'OUT OF STOCK'?)")
        .inFile(unknownCode).onLine(lineOf(UNKNOWN_CODE, "\"OUT OF STOK\""));
  }

  @Test
  void aJavaConstantNameSuggestsItsCode() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P013] catalog 'shop' has no error code 'OUT_OF_STOCK' (did you mean 'OUT OF STOCK'?)")
        .inFile(unknownCode).onLine(lineOf(UNKNOWN_CODE, "\"OUT_OF_STOCK\""));
  }

  @Test
  void aCodeScopedToOtherOperationsNamesThem() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P014] 'ORDER NOT FOUND' is not raised by operation PlaceOrder: catalog 'shop' scopes it to CancelOrder")
        .inFile(scope).onLine(lineOf(SCOPE, "\"ORDER NOT FOUND\""));
  }

  @Test
  void aCodeDeclaredTwiceIsAWarningOnTheSecond() {
    assertThat(compilation).hadWarningContaining("[ERRCAT-P015] 'LOCKED' is declared more than once on cancelOrder()")
        .inFile(scope).onLine(lineOf(SCOPE, "\"LOCKED\"}) // twice"));
  }

  @Test
  void anUndeclaredExplicitOperationIsAnErrorWithADidYouMean() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P011] catalog 'shop' declares no operation 'PlaceOrdr' (did you mean 'PlaceOrder'?)")
        .inFile(operations).onLine(lineOf(OPERATIONS, "operation = \"PlaceOrdr\""));
  }

  @Test
  void aMethodThatMatchesNoOperationIsAnError() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P012] method checkout() matches no operation of catalog 'shop' by name")
        .inFile(operations).onLine(lineOf(OPERATIONS, "// no operation named checkout"));
  }

  @Test
  void overloadsClashOnTheirMember() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P016] methods placeOrder() and placeOrder(java.lang.String) both map to member PLACE_ORDER of com.acme.OperationsErrors")
        .inFile(operations).onLine(lineOf(OPERATIONS, "// second placeOrder"));
  }

  @Test
  void errorCatalogOnAClassIsAnError() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P008] @ErrorCatalog applies to interfaces and packages, not to class com.acme.Misplaced")
        .inFile(misplaced).onLine(lineOf(MISPLACED, "// on a class"));
  }

  @Test
  void raisesInAClassIsAnError() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P010] @Raises applies to methods of interfaces, not to a method of class com.acme.Misplaced")
        .inFile(misplaced).onLine(lineOf(MISPLACED, "// in a class"));
  }

  @Test
  void raisesWithoutACatalogIsAnError() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P009] @Raises on placeOrder(), but neither com.acme.NoCatalog nor its package names a catalog")
        .inFile(noCatalog).onLine(lineOf(NO_CATALOG, "// no @ErrorCatalog anywhere"));
  }

  @Test
  void anEmptyCatalogValueIsAnError() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P007]")
        .inFile(badNames).onLine(lineOf(BAD_NAMES, "// empty"));
  }

  @Test
  void anUnknownCatalogIdSuggestsABundledOne() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P001] no catalog with id 'fass'; looked in: "
            + Fixtures.CATALOGS.resolve("fass.yaml") + ", " + Fixtures.CATALOGS.resolve("fass.yml")
            + ", the source path, the class path"
            + " (META-INF/errcat/fass.yaml), the processor path (did you mean 'faas'?)")
        .inFile(badNames).onLine(lineOf(BAD_NAMES, "// misspelt id"));
  }

  @Test
  void anUnknownCatalogIdSuggestsTheProjectsOwn() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P001] no catalog with id 'shpo'; looked in: ")
        .inFile(badNames).onLine(lineOf(BAD_NAMES, "// the project's own, misspelt"));
    assertThat(compilation).hadErrorContaining("the processor path (did you mean 'shop'?)")
        .inFile(badNames).onLine(lineOf(BAD_NAMES, "// the project's own, misspelt"));
    assertThat(compilation).hadErrorContaining(
            "the processor path; the project's: broken, clash, shop; bundled: faas, ")
        .inFile(badNames).onLine(lineOf(BAD_NAMES, "// nothing near"));
  }

  @Test
  void aMissingCatalogFileListsWhereItWasLookedFor() {
    assertThat(compilation).hadErrorContaining("[ERRCAT-P002] catalog file 'errcat/nope.yaml' not found; looked in: "
            + Fixtures.CATALOGS.resolve("errcat/nope.yaml"))
        .inFile(badNames).onLine(lineOf(BAD_NAMES, "// no such file"));
  }

  @Test
  void exactlyTheseErrorsAndNoOthers() {
    assertThat(compilation).hadErrorCount(14);
    assertThat(compilation).hadWarningContaining("[ERRCAT-P015]");
  }
}
