package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registry adapters find catalogs through: {@link java.util.ServiceLoader} over the test's
 * services file (one binding and one entry whose class is missing), lookups by exception,
 * subclass, error and id, and the run-time docs base URL.
 */
class CatalogRegistryTest {
  private final CatalogRegistry registry = CatalogRegistry.load(getClass().getClassLoader());

  /** A user's own subclass of a generated exception. */
  static final class Special extends TestCatalog.Failure {
    private static final long serialVersionUID = 1L;

    Special(ErrorDetails d) {
      super(d);
    }
  }

  /** An exception of no catalog. */
  static final class Stray extends ErrcatException {
    private static final long serialVersionUID = 1L;

    Stray(ErrorDetails d) {
      super(d);
    }
  }

  @Test
  void serviceLoaderFindsTheBindingAndReportsTheBrokenEntry() {
    assertEquals(1, registry.all().size(), registry.all().toString());
    assertInstanceOf(TestCatalog.class, registry.all().get(0));
    assertEquals(1, registry.problems().size(), registry.problems().toString());
    assertTrue(registry.problems().get(0).contains("io.errcat.runtime.NoSuchCatalog"),
        registry.problems().get(0));
  }

  @Test
  void everyLookupLeadsToTheSameCatalog() {
    CatalogBinding<?> b = registry.byId("test-catalog").orElseThrow();
    ErrorDetails d = ErrorDetails.builder(TestCatalog.BUSY).build();
    assertSame(b, registry.forException(new TestCatalog.Failure(d)).orElseThrow());
    assertSame(b, registry.forException(new Special(d)).orElseThrow(), "a subclass finds it");
    assertSame(b, registry.forError(TestCatalog.BUSY).orElseThrow());
    assertSame(b, registry.require(TestCatalog.Failure.class));
    assertFalse(registry.forException(new Stray(d)).isPresent());
    assertFalse(registry.forException(null).isPresent());
    assertFalse(registry.byId("nope").isPresent());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> registry.require(Stray.class));
    assertTrue(e.getMessage().contains(Stray.class.getName()), e.getMessage());
  }

  @Test
  void theBindingDecodesIntoTheTypedException() {
    CatalogBinding<TestCatalog.Failure> b = registry.require(TestCatalog.Failure.class);
    TestCatalog.Failure f = b.fromHttp(HttpError.of(503, null,
        "{\"Code\":\"Busy\",\"Message\":\"later\"}".getBytes(StandardCharsets.UTF_8)), "Op");
    assertSame(TestCatalog.BUSY, f.error());
    assertEquals("later", f.getMessage());
    assertEquals("Op", f.operationId());
    TestCatalog.Failure html = b.fromHttp(HttpError.of(502, null,
        "<html>bad gateway</html>".getBytes(StandardCharsets.UTF_8)), null);
    assertFalse(html.isKnown());
    assertTrue(html.decodeFailure().isPresent());
  }

  @Test
  void aDocsBaseUrlGivenAtRunTimeMovesTheProblemTypes() {
    CatalogBinding<TestCatalog.Failure> b = registry.require(TestCatalog.Failure.class);
    ErrorDetails d = ErrorDetails.builder(TestCatalog.BUSY).build();
    assertTrue(body(b.codec().toProblem(d))
        .contains("\"type\":\"https://generated.example/test-catalog.html#BUSY\""));
    assertTrue(body(b.codec(" https://docs.example.com/errors v2/ ").toProblem(d))
        .contains("\"type\":\"https://docs.example.com/errors%20v2/test-catalog.html#BUSY\""));
    assertSame(b.codec(), b.codec(null), "no base keeps the generated codec");
    assertSame(b.codec(), b.codec("  / "), "a blank base keeps it too");
  }

  @Test
  void aServerDefaultAppliesOnlyWhereAcceptNamesNoForm() {
    HttpErrorCodec c = TestCatalog.CODEC;
    assertEquals(BodyForm.PROBLEM, c.negotiate(null, BodyForm.PROBLEM));
    assertEquals(BodyForm.PROBLEM, c.negotiate("*/*", BodyForm.PROBLEM));
    assertEquals(BodyForm.PROBLEM, c.negotiate("text/html, */*;q=0.8", BodyForm.PROBLEM));
    assertEquals(BodyForm.JSON, c.negotiate("application/json", BodyForm.PROBLEM));
    assertEquals(BodyForm.PROBLEM, c.negotiate("application/problem+json", BodyForm.JSON));
    assertEquals(BodyForm.JSON, c.negotiate("*/*", null));
    assertEquals(BodyForm.JSON, c.negotiate(null, BodyForm.XML), "this format has no XML form");
  }

  @Test
  void anExplicitRegistryHoldsWhatItIsGiven() {
    CatalogRegistry r = CatalogRegistry.of(List.of(new TestCatalog()));
    assertEquals(List.of(), r.problems());
    assertEquals("test-catalog", r.all().get(0).id());
    assertTrue(CatalogRegistry.of(List.of()).all().isEmpty());
  }

  private static String body(HttpError e) {
    return new String(e.body(), StandardCharsets.UTF_8);
  }
}
