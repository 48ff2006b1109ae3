package io.errcat.catalog.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Deprecation;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.ProblemId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deprecated code in generated Java: {@code @Deprecated(since)} on its constant and factories,
 * a {@code @deprecated} tag naming the replacement, and code that still compiles warning-free
 * under {@code -Xlint:all -Werror} (a large catalog's tables name every constant) and passes the
 * javadoc tool.
 */
class DeprecationTest {
  private static final String YAML = """
      catalog: 1
      product: {id: shop, name: Shop, java: {package: com.acme.shop, prefix: Shop}}
      wire: {codeField: code, messageField: message}
      operations: [{id: Order}]
      errors:
        - {code: Busy, httpStatus: 503, message: busy}
        - code: TooBusy
          httpStatus: 503
          message: too busy
          deprecated: {since: "2.0", replacedBy: Busy, note: One code for every busy case.}
        - {code: Gone, httpStatus: 410, message: gone, deprecated: {}}
      """;

  @Test
  void theConstantAndFactoriesAreDeprecatedAndNameTheReplacement(@TempDir Path dir)
      throws Exception {
    LoadResult r = Engine.load("shop.yaml", YAML.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), r.problems());
    Catalog c = r.catalog().orElseThrow();
    Compiled compiled = Compiled.of(dir.resolve("src"), Engine.generateJava(c,
        JavaOptions.defaults()), Compiled.STRICT);
    assertEquals(List.of(), compiled.javadoc(dir.resolve("javadoc")));
    Class<?> error = compiled.type("com.acme.shop.ShopError");
    Deprecated d = error.getField("TOO_BUSY").getAnnotation(Deprecated.class);
    assertNotNull(d);
    assertEquals("2.0", d.since());
    assertNotNull(error.getField("GONE").getAnnotation(Deprecated.class), "deprecated: {} too");
    assertEquals("", error.getField("GONE").getAnnotation(Deprecated.class).since());
    assertFalse(error.getField("BUSY").isAnnotationPresent(Deprecated.class));
    Class<?> exception = compiled.type("com.acme.shop.ShopException");
    assertEquals("2.0", exception.getMethod("tooBusy").getAnnotation(Deprecated.class).since());
    String source = new String(Engine.generateJava(c, JavaOptions.defaults()).stream()
        .filter(f -> f.path().endsWith("ShopError.java")).findFirst().orElseThrow().content(),
        StandardCharsets.UTF_8);
    String javadoc = source.replaceAll("\\s*\\n\\s*\\*\\s*", " "); // lines joined
    assertTrue(javadoc.contains("@deprecated since 2.0; use <code>Busy</code> ({@link"
        + " ShopError#BUSY}). One code for every busy case."), source);
  }

  @Test
  void aLargeCatalogWithDeprecatedCodesCompilesWithoutAWarning(@TempDir Path dir) {
    Catalog big = SyntheticCatalog.of(2_500);
    List<ErrorEntry> errors = new ArrayList<>(big.errors());
    String replacement = errors.get(2_400).code(); // in another part
    for (int i : new int[] {5, 1_200}) {
      errors.set(i, errors.get(i).toBuilder()
          .deprecated(new Deprecation("3.1", replacement, null, SyntheticCatalog.AT)).build());
    }
    Catalog c = new Catalog(big.formatVersion(), big.product(), big.wire(),
        big.defaultHttpStatus(), big.operations(), errors, big.endpoints(), big.fallback(),
        big.retired(), big.language(), big.locales(), big.grpc(), big.at());
    assertTrue(Plan.of(c, JavaOptions.defaults()).sharded());
    io.errcat.catalog.problem.Problems problems = new io.errcat.catalog.problem.Problems();
    io.errcat.catalog.check.Checker.check(c, problems);
    assertTrue(problems.list().stream().noneMatch(p -> p.id() == ProblemId.EC054),
        "the replacement is a code of the catalog: " + problems.list());
    Compiled.of(dir, Engine.generateJava(c, JavaOptions.defaults()), Compiled.STRICT_LINT);
  }
}
