package io.errcat.catalog.java;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.model.Catalog;
import io.errcat.runtime.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two forms of a catalog's data in one enum: readable, each constant with its variants in its
 * own declaration, while the enum's static initialiser stays well under 64 KB; chunked tables
 * above that (still one enum up to {@link Plan#PART_SIZE} codes). Both compile strictly and give
 * the same answers.
 */
class DataFormTest {
  private static String errorSource(Catalog c) {
    Plan plan = Plan.of(c, JavaOptions.defaults());
    String path = plan.error().reflectionName().replace('.', '/') + ".java";
    for (GeneratedFile f : Engine.generateJava(c, JavaOptions.defaults())) {
      if (f.path().equals(path)) {
        return new String(f.content(), UTF_8);
      }
    }
    throw new AssertionError("no " + path);
  }

  @Test
  void smallCatalogsDeclareTheirDataInTheConstants(@TempDir Path dir) {
    Catalog small = SyntheticCatalog.of(50);
    String src = errorSource(small);
    assertTrue(src.contains("  SYN_00007(\"SYN.00007\",\n    Variant.status("), src.substring(0, 2000));
    assertFalse(src.contains("class Data0"));
    check(dir.resolve("small"), small, "SYN.00042");
  }

  @Test
  void largerCatalogsKeepTheirDataInChunkedTables(@TempDir Path dir) {
    Catalog large = SyntheticCatalog.of(900);
    assertEquals(1, Plan.of(large, JavaOptions.defaults()).parts());
    String src = errorSource(large);
    assertTrue(src.contains("  SYN_00007(\"SYN.00007\"),"), "a plain constant");
    assertTrue(src.contains("class Data0") && src.contains("class Data1"), "chunked");
    check(dir.resolve("large"), large, "SYN.00842");
  }

  private static void check(Path dir, Catalog c, String code) {
    Plan plan = Plan.of(c, JavaOptions.defaults());
    Compiled compiled = Compiled.of(dir, Engine.generateJava(c, JavaOptions.defaults()),
        Compiled.STRICT_LINT);
    Class<?> error = compiled.type(plan.error().reflectionName());
    ErrorCode e = (ErrorCode) ((Optional<?>) Compiled.callStatic(error, "fromCode", code))
        .orElseThrow();
    Plan.Code expected = plan.codes().stream().filter(x -> x.code().equals(code)).findFirst()
        .orElseThrow();
    assertEquals(expected.variants().size(), e.variants().size());
    assertEquals(expected.primary().message(), e.message());
    List<String> ops = e.operations();
    for (var v : e.variants()) {
      assertTrue(ops.isEmpty() || ops.containsAll(v.operations()), ops + " " + v);
    }
  }
}
