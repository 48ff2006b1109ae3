package io.errcat.catalog.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Source;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bundled catalog loads cleanly, with the pinned number of entries per document table. */
class BundledCatalogsTest {

  @Test
  void theFiveCatalogsAreBundled() {
    assertEquals(List.of("faas", "function-compute", "image-search", "openyuanrong-rest", "openyuanrong-sdk"),
        ClasspathCatalogs.ids());
  }

  @Test
  void everyBundledCatalogLoadsWithZeroProblems() {
    for (Map.Entry<String, LoadResult> r : BundledCatalogs.results().entrySet()) {
      assertEquals(List.of(), r.getValue().problems().stream().map(Problem::format).toList(), r.getKey());
      assertTrue(r.getValue().isClean(), r.getKey());
      assertEquals(r.getKey(), BundledCatalogs.catalog(r.getKey()).product().id());
    }
  }

  @Test
  void entriesPerDocumentTableArePinned() {
    assertEquals(Map.of("000_411fc1c005104528.txt#error-codes", 33L), perTable("faas"));
    assertEquals(Map.of("001_3e9193a07ec53bf6.txt#sdk-error-codes", 49L), perTable("openyuanrong-sdk"));
    assertEquals(Map.of("001_3e9193a07ec53bf6.txt#rest-api-error-codes", 60L), perTable("openyuanrong-rest"));
    assertEquals(Map.of("002_ef4b1cbd1c2a64a9.txt#table-1-error-codes", 141L), perTable("image-search"));
    assertNotNull(BundledCatalogs.catalog("image-search").fallback(), "Others");
    assertEquals(Map.of("003_7c922f9710c17b82.txt#error-codes", 15L,
        "004_f745180b8a5e963d.txt#common-error-codes", 2L), perTable("function-compute"));
    assertEquals(17, BundledCatalogs.catalog("function-compute").entriesByCode().size());
    assertEquals(15, BundledCatalogs.catalog("function-compute").endpoints().size());
    // the four FaaS codes listed twice stay two entries, one Java constant each
    assertEquals(29, BundledCatalogs.catalog("faas").entriesByCode().size());
  }

  private static Map<String, Long> perTable(String id) {
    return BundledCatalogs.catalog(id).errors().stream()
        .collect(Collectors.groupingBy(ErrorEntry::source, TreeMap::new, Collectors.counting()));
  }

  @Test
  void everyEntryNamesADocumentOfItsProduct() {
    for (String id : ClasspathCatalogs.ids()) {
      Catalog c = BundledCatalogs.catalog(id);
      List<String> documents = c.product().sources().stream().map(Source::document).toList();
      assertFalse(documents.isEmpty(), id);
      for (ErrorEntry e : c.errors()) {
        assertNotNull(e.source(), id + " " + e.code());
        String doc = e.source().substring(0, Math.max(0, e.source().indexOf('#')));
        assertTrue(documents.contains(doc), id + " " + e.code() + ": " + e.source());
      }
    }
  }

  @Test
  void wiresAreThoseOfTheProducts() {
    var faas = BundledCatalogs.catalog("faas").wire();
    assertEquals(List.of("Code", "Message", "RequestId", "HostId", "Recommend"),
        List.of(faas.codeField(), faas.messageField(), faas.requestIdField(), faas.extraFields().get(0),
            faas.extraFields().get(1)));
    assertEquals("Error", faas.xml().root());
    assertEquals("text/xml;charset=utf-8", faas.xml().mediaType());
    assertEquals("application/json;charset=utf-8", faas.mediaType());
    assertEquals(io.errcat.catalog.model.RequestIdMint.UPPERCASE_UUID, faas.mintRequestId());
    // the live wire, which the official FC SDK reads case-sensitively (the documents say errorCode)
    var fc = BundledCatalogs.catalog("function-compute").wire();
    assertEquals(List.of("ErrorCode", "ErrorMessage", "X-Fc-Request-Id"),
        List.of(fc.codeField(), fc.messageField(), fc.requestIdHeader()));
    assertTrue(fc.notes().contains("errorCode"), fc.notes());
    var is = BundledCatalogs.catalog("image-search").wire();
    assertEquals(List.of("error_code", "error_msg", "request_id", "X-Request-Id"),
        List.of(is.codeField(), is.messageField(), is.requestIdField(), is.requestIdHeader()));
    assertEquals(List.of("code", "error.code"), is.codeAliases());
    assertEquals(List.of("message", "error.message"), is.messageAliases());
    var rest = BundledCatalogs.catalog("openyuanrong-rest");
    assertEquals(io.errcat.catalog.model.CodeType.NUMBER, rest.wire().codeType());
    assertEquals(List.of("code", "message", "trace_id", "X-Request-Id", "X-Inner-Code"),
        List.of(rest.wire().codeField(), rest.wire().messageField(), rest.wire().requestIdField(),
            rest.wire().requestIdHeader(), rest.wire().codeHeader()));
    assertEquals(500, rest.defaultHttpStatus());
    assertEquals(null, BundledCatalogs.catalog("openyuanrong-sdk").wire(), "in-process only");
    assertEquals("FunctionCompute", BundledCatalogs.catalog("function-compute").product().javaPrefix());
  }

  /** Retry hints exist exactly where a document gives one ("wait 10 minutes", "Please retry", ...). */
  @Test
  void retryOnlyWhereADocumentSaysSo() {
    Map<String, String> retries = new TreeMap<>();
    for (String id : ClasspathCatalogs.ids()) {
      for (ErrorEntry e : BundledCatalogs.catalog(id).errors()) {
        if (e.retry() != null) {
          assertTrue(e.retry().retryable(), e.code());
          Duration after = e.retry().after();
          retries.put(id + " " + e.code(), after == null ? "-" : after.toString());
        }
      }
    }
    assertEquals(Map.of(
        "faas ANOTHER TASK RUNNING", "PT10M",
        "faas FREQUENCY ERROR", "PT30M",
        "function-compute InternalServerError", "-",
        "openyuanrong-sdk 1005", "-",
        "openyuanrong-sdk 3003", "-"), retries);
  }

  @Test
  void javaNamesAreUniquePerCatalog() {
    for (String id : ClasspathCatalogs.ids()) {
      Map<String, List<String>> codesByName = BundledCatalogs.catalog(id).entriesByCode().values().stream()
          .map(v -> v.get(0))
          .collect(Collectors.groupingBy(ErrorEntry::javaName, Collectors.mapping(ErrorEntry::code, Collectors.toList())));
      codesByName.forEach((name, codes) -> assertEquals(1, codes.size(), id + " " + name + " " + codes));
    }
  }

  @Test
  void loadFindsACatalogOfTheGivenClassLoaderAndNamesItsResource(@TempDir Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve("META-INF/errcat"));
    Files.writeString(dir.resolve("demo.yaml"), """
        catalog: 1
        product:
          id: demo
          name: Demo
        errors:
          - code: "0010"
            message: leading zeros stay
        """);
    Files.writeString(dir.resolve("typo.yaml"), """
        catalog: 1
        product:
          id: typo
          name: Typo
        errorz: []
        """);
    try (URLClassLoader cl = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      LoadResult demo = ClasspathCatalogs.load("demo", cl).orElseThrow();
      assertTrue(demo.isClean(), demo.problems().toString());
      assertEquals("0010", demo.catalog().orElseThrow().errors().get(0).code());
      LoadResult typo = ClasspathCatalogs.load("typo", cl).orElseThrow();
      assertFalse(typo.problems().isEmpty());
      assertTrue(typo.problems().stream().allMatch(p -> p.position().file().equals("META-INF/errcat/typo.yaml")),
          typo.problems().toString());
      assertTrue(ClasspathCatalogs.load("faas", cl).isEmpty(), "the bundled catalogs are not on this loader");
    }
  }

  @Test
  void operationsOfFaasAreDeclaredWithActionsAndCommands() {
    Map<String, String> ops = BundledCatalogs.catalog("faas").operations().stream()
        .collect(Collectors.toMap(o -> o.id(), o -> (o.action() == null ? "" : o.action()) + "/" + o.command(),
            (a, b) -> a, TreeMap::new));
    assertEquals(Map.of(
        "CreateFpgaImage", "CreateFpgaImageTask/create_image",
        "DeleteFpgaImage", "/delete_image",
        "DeletePublishFpgaImage", "/delete_image",
        "DescribeFpgaImages", "/list_images",
        "DescribeFpgaInstances", "/list_instances",
        "DescribeLoadTaskStatus", "/fpga_status",
        "LoadFpgaImage", "LoadFpgaImageTask/download_image",
        "PublishFpgaImage", "/publish_image",
        "auth", "/auth"), ops);
    Function<String, Long> scoped = op -> BundledCatalogs.catalog("faas").errors().stream()
        .filter(e -> e.operations().contains(op)).count();
    assertEquals(8L, scoped.apply("LoadFpgaImage"));
    assertEquals(8L, scoped.apply("CreateFpgaImage"));
  }
}
