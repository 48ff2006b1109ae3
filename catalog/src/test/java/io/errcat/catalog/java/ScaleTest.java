package io.errcat.catalog.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.model.Catalog;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.ErrorCode;
import io.errcat.runtime.HttpError;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog of 20,000 codes generates code that compiles: no method outgrows 64 KB and no class
 * outgrows its constant pool, because the codes are split into part enums with chunked data.
 * Prints emit and javac times (for the record, never asserted).
 *
 * <p>The times for 1k, 5k and 20k codes: {@code mvn -o -pl catalog -am verify -Dtest=ScaleTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Derrcat.scaleReport=true}.
 */
class ScaleTest {
  @Test
  void twentyThousandCodesCompileAndWork(@TempDir Path dir) {
    Catalog catalog = SyntheticCatalog.of(20_000);
    long t0 = System.nanoTime();
    List<GeneratedFile> files = Engine.generateJava(catalog, JavaOptions.defaults());
    long t1 = System.nanoTime();
    Compiled compiled = Compiled.of(dir, files, Compiled.STRICT_LINT);
    long t2 = System.nanoTime();
    System.out.printf("[scale] 20000 codes: emit %d ms, javac %d ms%n", (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000);

    Plan plan = Plan.of(catalog, JavaOptions.defaults());
    assertEquals(20, plan.parts());
    Class<?> error = compiled.type(plan.error().reflectionName());
    for (int i : new int[] {0, 1, 7, 50, 9_999, 10_000, 19_999}) {
      String code = "SYN.%05d".formatted(i);
      Optional<?> found = (Optional<?>) Compiled.callStatic(error, "fromCode", code);
      ErrorCode e = (ErrorCode) found.orElseThrow();
      assertEquals(code, e.code());
      assertEquals("SYN_" + "%05d".formatted(i), e.name());
      assertEquals(400 + i % 100, e.httpStatus());
    }
    assertEquals(Optional.empty(), Compiled.callStatic(error, "fromCode", "SYN.20000"));

    // The last part's factory, through the mapper and back.
    Plan.Code last = plan.codes().get(19_999);
    ErrcatException ex = (ErrcatException) Compiled.callStatic(
        compiled.type(plan.partFactories(last.part()).reflectionName()), last.factory(),
        BundledJavaTest.args(last.primary()));
    Class<?> mapper = compiled.type(plan.mapper().reflectionName());
    HttpError http = (HttpError) Compiled.callStatic(mapper, "toHttp", ex);
    ErrcatException back = (ErrcatException) Compiled.callStatic(mapper, "fromHttp",
        http.status(), http.headers(), http.body());
    assertEquals("SYN.19999", back.code());
    assertTrue(back.isKnown());

    Class<?> op = compiled.type(plan.operation().reflectionName());
    Object op3 = op.getEnumConstants()[3];
    List<?> errors = (List<?>) Compiled.call(op3, "errors");
    assertEquals(20_000, errors.size(), "every code applies to Operation3 (one variant does)");
  }

  @Test
  void aSplitCatalogPassesDoclintAndKeepsPerOperationVariants(@TempDir Path dir) throws Exception {
    Catalog catalog = SyntheticCatalog.of(1_200);
    Plan plan = Plan.of(catalog, JavaOptions.defaults());
    assertEquals(2, plan.parts());
    Compiled compiled = Compiled.of(dir, Engine.generateJava(catalog, JavaOptions.defaults()),
        Compiled.STRICT);
    assertEquals(List.of(), compiled.javadoc(dir.resolve("javadoc")));

    Class<?> error = compiled.type(plan.error().reflectionName());
    Class<?> op = compiled.type(plan.operation().reflectionName());
    Object op1 = op.getEnumConstants()[1];
    Object op3 = op.getEnumConstants()[3];
    Object e = ((Optional<?>) Compiled.callStatic(error, "fromCode", "SYN.01100")).orElseThrow();
    assertEquals(plan.partEnum(1).reflectionName(), e.getClass().getName());
    assertEquals("Variant text of 1100 in Operation3.",
        Compiled.call(Compiled.call(e, "variant", op3), "message"));
    assertEquals("Synthetic error number 1100.",
        Compiled.call(Compiled.call(e, "variant", op1), "message"));
    Class<?> factories = compiled.type(plan.partFactories(1).reflectionName());
    ErrcatException ex = (ErrcatException) Compiled.callStatic(factories, "syn01100", op3);
    assertEquals(503, ex.httpStatus());
    assertEquals("Variant text of 1100 in Operation3.", ex.getMessage());
  }

  @Test
  @EnabledIfSystemProperty(named = "errcat.scaleReport", matches = "true")
  void reportEmitAndJavacTimes(@TempDir Path dir) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    for (int n : new int[] {1_000, 5_000, 20_000}) {
      Catalog catalog = SyntheticCatalog.of(n);
      long w0 = System.nanoTime();
      long c0 = bean.getCurrentThreadCpuTime();
      List<GeneratedFile> files = Engine.generateJava(catalog, JavaOptions.defaults());
      long w1 = System.nanoTime();
      long c1 = bean.getCurrentThreadCpuTime();
      Compiled.of(dir.resolve("n" + n), files, Compiled.STRICT_LINT);
      long w2 = System.nanoTime();
      long c2 = bean.getCurrentThreadCpuTime();
      long bytes = files.stream().mapToLong(f -> f.content().length).sum();
      System.out.printf("[scale] %6d codes, %5.1f MB source: emit %6d ms (cpu %6d ms), javac %7d ms"
              + " (cpu %7d ms)%n", n, bytes / 1e6, (w1 - w0) / 1_000_000, (c1 - c0) / 1_000_000,
          (w2 - w1) / 1_000_000, (c2 - c1) / 1_000_000);
    }
  }
}
