package io.errcat.catalog.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.errcat.catalog.Engine;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.JavaSection;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Product;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Codes whose Java names equal the generated code's own members ({@code ROWS}, {@code BY_CODE},
 * {@code code}, the factories {@code of}, {@code copy}, {@code withRequestId}) still compile and
 * work: the emitter steps around them.
 */
class NameClashTest {
  @Test
  void codesNamedLikeGeneratedMembersCompile(@TempDir Path dir) {
    List<String> codes = List.of("ROWS", "BY_CODE", "OF", "COPY", "WITH_REQUEST_ID", "Variant",
        "DATA0", "OPERATION");
    List<ErrorEntry> entries = new java.util.ArrayList<>();
    for (String c : codes) {
      entries.add(ErrorEntry.builder(c).httpStatus(400).message("m " + c).build());
    }
    entries.add(ErrorEntry.builder("lower").name("code").httpStatus(409).message("lower").build());
    Catalog catalog = Catalog.builder(new Product("clash", "Clash", null,
            new JavaSection(null, "Clash", SyntheticCatalog.AT), List.of(), SyntheticCatalog.AT))
        .operations(List.of(new Operation("Op", null, null, null, SyntheticCatalog.AT)))
        .errors(entries)
        .build();
    Compiled compiled = Compiled.of(dir, Engine.generateJava(catalog, JavaOptions.defaults()),
        Compiled.STRICT);
    Plan plan = Plan.of(catalog, JavaOptions.defaults());
    Class<?> error = compiled.type(plan.error().reflectionName());
    for (String c : List.of("ROWS", "BY_CODE", "lower", "Variant")) {
      ErrorCode e = (ErrorCode) ((Optional<?>) Compiled.callStatic(error, "fromCode", c))
          .orElseThrow();
      assertEquals(c, e.code());
    }
    Class<?> ex = compiled.type(plan.exception().reflectionName());
    assertEquals("COPY", ((ErrcatException) Compiled.callStatic(ex, "copy_")).code());
    assertEquals("WITH_REQUEST_ID",
        ((ErrcatException) Compiled.callStatic(ex, "withRequestId_")).code());
    assertEquals("OF", ((ErrcatException) Compiled.callStatic(ex, "of_")).code());
    assertEquals("OPERATION", ((ErrcatException) Compiled.callStatic(ex, "operation_")).code());
  }

  @Test
  void aCatalogWithoutErrorsOrOperationsCompiles(@TempDir Path dir) {
    Catalog catalog = Catalog.builder(new Product("empty", null, null, null, List.of(),
        SyntheticCatalog.AT)).build();
    Compiled compiled = Compiled.of(dir, Engine.generateJava(catalog, JavaOptions.defaults()),
        Compiled.STRICT);
    Class<?> error = compiled.type("io.errcat.catalogs.empty.EmptyError");
    assertEquals(0, error.getEnumConstants().length);
    assertEquals(Optional.empty(), Compiled.callStatic(error, "fromCode", "x"));
  }

  @Test
  void unpairedSurrogatesAndLineSeparatorsSurviveExactly(@TempDir Path dir) {
    List<String> texts = List.of("x\ud800y", "\udc00", "a\u2028b\u2029", "ok 🚀\ud83d");
    List<ErrorEntry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      entries.add(ErrorEntry.builder("C" + i).name("C" + i).httpStatus(400).message(texts.get(i))
          .description(texts.get(i)).build());
    }
    Catalog catalog = Catalog.builder(new Product("odd", null, null, null, List.of(),
        SyntheticCatalog.AT)).errors(entries).build();
    Compiled compiled = Compiled.of(dir, Engine.generateJava(catalog, JavaOptions.defaults()),
        Compiled.STRICT);
    Class<?> error = compiled.type("io.errcat.catalogs.odd.OddError");
    for (int i = 0; i < texts.size(); i++) {
      ErrorCode e = (ErrorCode) ((Optional<?>) Compiled.callStatic(error, "fromCode", "C" + i))
          .orElseThrow();
      assertEquals(texts.get(i), e.message());
      assertEquals(texts.get(i), e.description());
    }
  }
}
