package io.errcat.catalog.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.JavaSection;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Product;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.ErrorCode;
import io.errcat.runtime.Variant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's one per-operation rule through the generated code of every bundled catalog with
 * operations: for each variant of each code, the exception moved into an operation of that
 * variant ({@code withOperation}) carries the variant's message and status, and a response to that
 * operation without a message decodes ({@code fromHttp(…, operation)}) with the variant's message
 * and the status the response had.
 */
class PerOperationTest {
  @Test
  void everyVariantOfEveryCatalogWithOperations(@TempDir Path dir) {
    int checked = 0;
    for (String id : ClasspathCatalogs.ids()) {
      Catalog c = ClasspathCatalogs.load(id).orElseThrow().catalog().orElseThrow();
      if (c.operations().isEmpty() || c.wire() == null) {
        continue;
      }
      Plan plan = Plan.of(c, JavaOptions.defaults());
      Compiled compiled = Compiled.of(dir.resolve(id), Engine.generateJava(c,
          JavaOptions.defaults()), Compiled.STRICT);
      Class<?> error = compiled.type(plan.error().reflectionName());
      Class<?> operation = compiled.type(plan.operation().reflectionName());
      Class<?> exception = compiled.type(plan.exception().reflectionName());
      Class<?> mapper = compiled.type(plan.mapper().reflectionName());
      for (Plan.Code code : plan.codes()) {
        ErrorCode e = (ErrorCode) ((Optional<?>) Compiled.callStatic(error, "fromCode",
            code.code())).orElseThrow();
        assertEquals(code.variants().size(), e.variants().size(), code.code());
        for (Variant v : e.variants()) {
          for (String opId : v.operations()) {
            Object op = ((Optional<?>) Compiled.callStatic(operation, "fromId", opId)).orElseThrow();
            String where = id + " " + code.code() + " in " + opId;
            assertSame(v, e.variant(opId), where);
            ErrcatException moved = (ErrcatException) Compiled.call(
                Compiled.callStatic(exception, "of", e), "withOperation", op);
            assertEquals(v.message(), moved.details().message(), where);
            assertEquals(v.httpStatus() != 0 ? v.httpStatus() : e.httpStatus(),
                moved.httpStatus(), where);
            byte[] body = ("{\"" + c.wire().codeField() + "\":\"" + code.code() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
            ErrcatException decoded = (ErrcatException) Compiled.callStatic(mapper, "fromHttp",
                599, Map.of(), body, op);
            assertSame(e, decoded.error(), where);
            assertEquals(v.message(), decoded.details().message(), where);
            assertEquals(599, decoded.httpStatus(), where + ": the response's status stays");
            assertEquals(opId, decoded.operationId(), where);
            checked++;
          }
        }
      }
    }
    assertTrue(checked >= 26, "checked " + checked); // faas: 26 (code, operation) pairs
  }

  /**
   * A factory without an operation never picks one operation's text silently: codes whose variants
   * agree keep it; codes with an "every other operation" variant raise that one; codes whose texts
   * differ by operation and have no such variant have only the factory that takes the operation.
   */
  @Test
  void factoryWithoutOperationRaisesOnlyAnUnambiguousText(@TempDir Path dir) {
    List<ErrorEntry> entries = List.of(
        ErrorEntry.builder("SAME").httpStatus(404).message("gone").operations(List.of("A"))
            .build(),
        ErrorEntry.builder("SAME").httpStatus(404).message("gone").operations(List.of("B"))
            .build(),
        ErrorEntry.builder("FALLBACK").httpStatus(409).message("in A").operations(List.of("A"))
            .build(),
        ErrorEntry.builder("FALLBACK").httpStatus(400).message("elsewhere").build(),
        ErrorEntry.builder("SPLIT").httpStatus(404).message("in A").operations(List.of("A"))
            .build(),
        ErrorEntry.builder("SPLIT").httpStatus(410).message("in B").operations(List.of("B"))
            .build());
    Catalog catalog = Catalog.builder(new Product("ops", "Ops", null,
            new JavaSection(null, "Ops", SyntheticCatalog.AT), List.of(), SyntheticCatalog.AT))
        .operations(List.of(new Operation("A", null, null, null, SyntheticCatalog.AT),
            new Operation("B", null, null, null, SyntheticCatalog.AT)))
        .errors(entries)
        .build();
    Plan plan = Plan.of(catalog, JavaOptions.defaults());
    Compiled compiled = Compiled.of(dir, Engine.generateJava(catalog, JavaOptions.defaults()),
        Compiled.STRICT);
    Class<?> ex = compiled.type(plan.exception().reflectionName());
    Class<?> operation = compiled.type(plan.operation().reflectionName());
    Object b = ((Optional<?>) Compiled.callStatic(operation, "fromId", "B")).orElseThrow();

    ErrcatException same = (ErrcatException) Compiled.callStatic(ex, "same");
    assertEquals("gone", same.details().message());

    ErrcatException fallback = (ErrcatException) Compiled.callStatic(ex, "fallback");
    assertEquals("elsewhere", fallback.details().message());
    assertEquals(400, fallback.httpStatus());
    ErrcatException fallbackInB = (ErrcatException) Compiled.callStatic(ex, "fallback", b);
    assertEquals("elsewhere", fallbackInB.details().message());

    assertThrows(NoSuchMethodException.class, () -> ex.getMethod("split"));
    ErrcatException splitInB = (ErrcatException) Compiled.callStatic(ex, "split", b);
    assertEquals("in B", splitInB.details().message());
    assertEquals(410, splitInB.httpStatus());
    assertEquals("B", splitInB.operationId());
  }
}
