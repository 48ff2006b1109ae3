package io.errcat.catalog.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Severity;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.CodeType;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.ParamType;
import io.errcat.catalog.model.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

  static byte[] resource(String name) throws IOException {
    try (InputStream in = CatalogLoaderTest.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    }
  }

  static LoadResult load(String yaml) {
    return CatalogLoader.load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryFieldOfTheFormatWithPositions() throws IOException {
    LoadResult r = CatalogLoader.load("faas.yaml", resource("good/faas.yaml"));
    assertEquals(List.of(), r.problems());
    Catalog c = r.catalog().orElseThrow();
    assertEquals("faas", c.product().id());
    assertEquals("Alibaba Cloud", c.product().vendor());
    assertEquals("io.errcat.catalogs.faas", c.product().javaPackage());
    assertEquals("Faas", c.product().javaPrefix());
    assertEquals("Error codes", c.product().sources().get(0).section());
    assertEquals(CodeType.STRING, c.wire().codeType());
    assertEquals(List.of("HostId", "Recommend"), c.wire().extraFields());
    assertEquals("X-Fc-Request-Id", c.wire().requestIdHeader());
    assertEquals(500, c.defaultHttpStatus());
    assertEquals("LoadFpgaImageTask", c.operation("LoadFpgaImage").orElseThrow().action());
    assertEquals(4, c.errors().size());
    ErrorEntry first = c.errors().get(0);
    assertEquals("ANOTHER TASK RUNNING", first.code());
    assertEquals(503, first.httpStatus());
    assertEquals(Duration.ofMinutes(10), first.retry().after());
    assertTrue(first.retry().retryable());
    assertEquals(new Position("faas.yaml", 28, 11), first.at().of("code"));
    assertEquals(new Position("faas.yaml", 28, 5), first.at().self());
    assertEquals(new Position("faas.yaml", 34, 18), first.at().item("operations", 0));
    ErrorEntry templated = c.errors().get(3);
    assertEquals("0010", templated.code());
    assertEquals(ParamType.LONG, templated.params().get(0).type());
    assertEquals("service", templated.params().get(1).name());
    assertEquals("cn-hangzhou.fc.aliyuncs.com", c.endpoints().get(0).publicEndpoint());
    assertEquals("Others", c.fallback().label());
    assertEquals(2, c.entriesByCode().get("NOT AUTHORIZED").size());
  }

  @Test
  void unquotedScalarsAreReadAsWrittenWithAWarning() {
    LoadResult r = load("""
        catalog: 1
        product: {id: t, name: T}
        errors:
          - code: 0010
          - code: NO
          - code: 1e3
          - code: ~
          - code: 2024-01-01
          - code: 0x1F
        """);
    List<String> codes = r.catalog().orElseThrow().errors().stream().map(ErrorEntry::code).toList();
    assertEquals(List.of("0010", "NO", "1e3", "~", "2024-01-01", "0x1F"), codes);
    assertEquals(6, r.problems().size(), r.problems().toString());
    assertTrue(r.problems().stream().allMatch(p -> p.id() == ProblemId.EC016
        && p.severity() == Severity.WARNING));
    assertEquals(new Position("t.yaml", 4, 11), r.problems().get(0).position());
  }

  @Test
  void loadsFromPathAndRejectsOversizedFilesBeforeReading(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("faas.yaml");
    Files.write(good, resource("good/faas.yaml"));
    assertTrue(CatalogLoader.load(good, "faas.yaml").problems().isEmpty());

    Path big = dir.resolve("big.yaml");
    Files.write(big, new byte[LoaderLimits.MAX_BYTES + 1]);
    LoadResult r = CatalogLoader.load(big, "big.yaml");
    assertEquals(ProblemId.EC002, r.problems().get(0).id());
    assertFalse(r.catalog().isPresent());

    LoadResult missing = CatalogLoader.load(dir.resolve("nope.yaml"), "nope.yaml");
    assertEquals(ProblemId.EC010, missing.problems().get(0).id());
    assertEquals(new Position("nope.yaml", 1, 1), missing.problems().get(0).position());
  }

  @Test
  void tagsAreReportedAndNeverInstantiated() {
    LoadResult r = load("""
        catalog: 1
        product: {id: t, name: T}
        errors:
          - code: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://127.0.0.1:1/"]]]]
        """);
    Problem p = r.problems().get(0);
    assertEquals(ProblemId.EC007, p.id());
    assertEquals(new Position("t.yaml", 4, 11), p.position());
    assertTrue(p.message().contains("!!javax.script.ScriptEngineManager"), p.message());
  }

  @Test
  void aSyntaxErrorHasItsPosition() {
    LoadResult r = load("catalog: 1\nproduct: {id: t, name: T\nerrors: []\n");
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertEquals(ProblemId.EC001, r.problems().get(0).id());
    assertNull(r.catalog().orElse(null));
  }
}
