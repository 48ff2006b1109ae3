package io.errcat.catalog.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Operation;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.ErrorCode;
import io.errcat.runtime.HttpError;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile catalog text in every field (quotes, backslashes, comment terminators, {@code \}u
 * sequences, {@code $}, HTML, emoji, right-to-left marks, line breaks) generates code that
 * compiles strictly, passes doclint, and returns exactly the catalog's text at run time.
 */
class HostileCatalogTest {
  @TempDir static Path dir;
  static Catalog catalog;
  static Plan plan;
  static Compiled compiled;

  @BeforeAll
  static void compile() throws URISyntaxException {
    Path yaml = Path.of(HostileCatalogTest.class.getResource("/hostile/hostile.yaml").toURI());
    LoadResult r = Engine.load(yaml, "hostile.yaml");
    assertTrue(r.isClean(), r.problems().toString());
    catalog = r.catalog().orElseThrow();
    plan = Plan.of(catalog, JavaOptions.defaults());
    compiled = Compiled.of(dir, Engine.generateJava(catalog, JavaOptions.defaults()),
        Compiled.STRICT);
  }

  @Test
  void javadocWithDoclintAllRaisesNothing() {
    assertEquals(List.of(), compiled.javadoc(dir.resolve("javadoc")));
  }

  @Test
  void runtimeStringsEqualTheCatalogText() {
    Class<?> error = compiled.type(plan.error().reflectionName());
    Class<?> op = compiled.type(plan.operation().reflectionName());
    for (Plan.Code c : plan.codes()) {
      ErrorCode e = (ErrorCode) ((Optional<?>) Compiled.callStatic(error, "fromCode", c.code()))
          .orElseThrow(() -> new AssertionError(c.code()));
      ErrorEntry first = c.primary();
      assertEquals(c.code(), e.code());
      assertEquals(first.message(), e.message());
      assertEquals(first.description(), e.description());
      assertEquals(first.solution(), e.solution());
      List<?> variants = (List<?>) Compiled.call(e, "variants");
      assertEquals(c.variants().size(), variants.size());
      for (int i = 0; i < variants.size(); i++) {
        ErrorEntry v = c.variants().get(i);
        assertEquals(v.message(), Compiled.call(variants.get(i), "message"));
        assertEquals(v.description(), Compiled.call(variants.get(i), "description"));
        assertEquals(v.solution(), Compiled.call(variants.get(i), "solution"));
        assertEquals(v.operations(), Compiled.call(variants.get(i), "operations"));
      }
    }
    Object[] ops = op.getEnumConstants();
    for (int i = 0; i < ops.length; i++) {
      Operation o = catalog.operations().get(i);
      assertEquals(o.id(), Compiled.call(ops[i], "id"));
      assertEquals(o.action() != null ? o.action() : o.id(), Compiled.call(ops[i], "action"));
      assertEquals(o.command(), Compiled.call(ops[i], "command"));
    }
  }

  @Test
  void factoriesFormatHostileTemplatesAndSurviveTheWire() {
    Class<?> ex = compiled.type(plan.exception().reflectionName());
    Class<?> mapper = compiled.type(plan.mapper().reflectionName());
    Class<?> op = compiled.type(plan.operation().reflectionName());
    for (Plan.Code c : plan.codes()) {
      for (ErrorEntry v : c.variants()) {
        survivesTheWire(ex, mapper, op, c, v);
      }
    }
  }

  /** The factory of one variant (with its operation when the code's texts differ by one). */
  private void survivesTheWire(Class<?> ex, Class<?> mapper, Class<?> op, Plan.Code c,
      ErrorEntry v) {
    Object[] args = BundledJavaTest.args(v);
    ErrcatException e;
    if (c.variants().size() == 1) {
      e = (ErrcatException) Compiled.callStatic(ex, c.factory(), args);
    } else {
      Object[] withOp = new Object[args.length + 1];
      withOp[0] = ((Optional<?>) Compiled.callStatic(op, "fromId", v.operations().get(0)))
          .orElseThrow();
      System.arraycopy(args, 0, withOp, 1, args.length);
      e = (ErrcatException) Compiled.callStatic(ex, c.factory(), withOp);
    }
    String expected = args.length == 0 ? v.message()
        : String.format(Locale.ROOT, v.message(), args);
    assertEquals(expected, e.getMessage());
    e = (ErrcatException) Compiled.call(e, "withRequestId", "r\"*/\\u000a");
    for (String via : List.of("toHttp", "toProblem")) {
      HttpError http = (HttpError) Compiled.callStatic(mapper, via, e);
      ErrcatException back = (ErrcatException) Compiled.callStatic(mapper, "fromHttp",
          http.status(), http.headers(), http.body());
      assertEquals(c.code(), back.code(), via);
      assertEquals(expected, back.getMessage(), via);
      assertTrue(back.isKnown(), via);
    }
  }
}
