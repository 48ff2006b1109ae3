package io.errcat.catalog.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.ParamType;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.model.Positions;
import io.errcat.catalog.model.Product;
import io.errcat.catalog.model.Retry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CatalogDiffTest {

  private static Positions at(String file, int line) {
    return new Positions(new Position(file, line, 3),
        Map.of("code", new Position(file, line, 11), "httpStatus", new Position(file, line + 1, 17),
            "message", new Position(file, line + 2, 14), "params", new Position(file, line + 3, 13)));
  }

  private static Param param(String name, ParamType type) {
    return new Param(name, type, Positions.of(Position.unknown("<built>")));
  }

  private static Operation op(String id) {
    return op("fc.yaml", id);
  }

  private static Operation op(String file, String id) {
    return new Operation(id, null, null, null, Positions.of(new Position(file, 5, 5)));
  }

  private static ErrorEntry.Builder serviceNotFound(String file) {
    return ErrorEntry.builder("ServiceNotFound").httpStatus(404)
        .message("service '%s' does not exist").params(List.of(param("service", ParamType.STRING)))
        .description("The service does not exist.").at(at(file, 20));
  }

  private static ErrorEntry.Builder versionNotFound(String file) {
    return ErrorEntry.builder("VersionNotFound").httpStatus(404)
        .message("version '%d' of service '%s' does not exist")
        .params(List.of(param("version", ParamType.LONG), param("service", ParamType.STRING)))
        .at(at(file, 30));
  }

  private static Catalog catalog(String file, List<Operation> ops, List<ErrorEntry> errors) {
    Product product = new Product("function-compute", "Function Compute", "Alibaba Cloud", null,
        List.of(), Positions.of(new Position(file, 2, 1)));
    return Catalog.builder(product).operations(ops).errors(errors)
        .at(Positions.of(new Position(file, 1, 1))).build();
  }

  private static Catalog base() {
    return catalog("old/fc.yaml", List.of(op("old/fc.yaml", "InvokeFunction"),
        op("old/fc.yaml", "GetService")),
        List.of(serviceNotFound("old/fc.yaml").build(), versionNotFound("old/fc.yaml").build()));
  }

  /** The baseline with one entry changed by {@code edit}. */
  private static Catalog withServiceNotFound(UnaryOperator<ErrorEntry.Builder> edit) {
    return catalog("fc.yaml", List.of(op("InvokeFunction"), op("GetService")),
        List.of(edit.apply(serviceNotFound("fc.yaml")).build(), versionNotFound("fc.yaml").build()));
  }

  private static List<String> lines(DiffResult r) {
    return r.changes().stream().map(Change::format).toList();
  }

  @Test
  void identicalCatalogsHaveNoChanges() {
    assertEquals(List.of(), CatalogDiff.compare(base(), withServiceNotFound(b -> b)).changes());
  }

  @Test
  void removedCodeIsBreakingAtItsBaselinePosition() {
    Catalog now = catalog("fc.yaml", List.of(op("InvokeFunction"), op("GetService")),
        List.of(serviceNotFound("fc.yaml").build()));
    DiffResult r = CatalogDiff.compare(base(), now);
    assertEquals(List.of("old/fc.yaml:30:11: breaking: code 'VersionNotFound' was removed"
        + " (moving it to retired would keep it from being reused)"), lines(r));
    assertTrue(r.hasBreaking());
  }

  @Test
  void addedCodeIsCompatible() {
    Catalog now = catalog("fc.yaml", List.of(op("InvokeFunction"), op("GetService")),
        List.of(serviceNotFound("fc.yaml").build(), versionNotFound("fc.yaml").build(),
            ErrorEntry.builder("ClientClosedRequest").httpStatus(499).at(at("fc.yaml", 40)).build()));
    DiffResult r = CatalogDiff.compare(base(), now);
    assertEquals(List.of("fc.yaml:40:11: compatible: code 'ClientClosedRequest' was added"), lines(r));
    assertFalse(r.hasBreaking());
  }

  @Test
  void changedStatusIsBreakingWithBothPositions() {
    DiffResult r = CatalogDiff.compare(base(), withServiceNotFound(b -> b.httpStatus(410)));
    assertEquals(List.of("fc.yaml:21:17: breaking: code 'ServiceNotFound' changed its HTTP status"
        + " from 404 to 410 (baseline: old/fc.yaml:21:17)"), lines(r));
  }

  @Test
  void changedMessageTemplateIsBreaking() {
    DiffResult r = CatalogDiff.compare(base(),
        withServiceNotFound(b -> b.message("service '%s' is missing")));
    assertEquals(1, r.breaking().size());
    assertEquals("code 'ServiceNotFound' changed its message from 'service '%s' does not exist' to"
        + " 'service '%s' is missing'", r.changes().get(0).message());
  }

  @Test
  void reorderedAndChangedParamsAreBreaking() {
    Catalog reordered = catalog("fc.yaml", List.of(op("InvokeFunction"), op("GetService")),
        List.of(serviceNotFound("fc.yaml").build(), versionNotFound("fc.yaml")
            .message("service '%2$s' has no version '%1$d'")
            .params(List.of(param("service", ParamType.STRING), param("version", ParamType.LONG)))
            .build()));
    DiffResult r = CatalogDiff.compare(base(), reordered);
    assertTrue(r.changes().stream().anyMatch(c -> c.breaking() && c.message().equals(
        "code 'VersionNotFound' reordered its parameters from (long version, String service) to"
            + " (String service, long version)")), lines(r).toString());

    DiffResult retyped = CatalogDiff.compare(base(), withServiceNotFound(
        b -> b.params(List.of(param("serviceName", ParamType.STRING)))));
    assertEquals(List.of("fc.yaml:23:13: breaking: code 'ServiceNotFound' changed its parameters"
        + " from (String service) to (String serviceName) (baseline: old/fc.yaml:23:13)"),
        lines(retyped));
  }

  @Test
  void changedProseIsCompatible() {
    DiffResult r = CatalogDiff.compare(base(), withServiceNotFound(b -> b.description("Gone.")
        .solution("Create it first.").notes("See the console.")
        .retry(new Retry(true, Duration.ofMinutes(10), Positions.of(Position.unknown("x"))))));
    assertFalse(r.hasBreaking(), lines(r).toString());
    assertEquals(4, r.compatible().size(), lines(r).toString());
    assertTrue(r.changes().stream().anyMatch(c -> c.message().equals(
        "code 'ServiceNotFound' changed its retry advice from none to retryable after PT10M")));
  }

  @Test
  void removingACodeIsCompatibleOnlyWhenItIsRetired() {
    Catalog now = catalog("fc.yaml", List.of(op("InvokeFunction"), op("GetService")),
        List.of(versionNotFound("fc.yaml").build()));
    assertTrue(CatalogDiff.compare(base(), now).hasBreaking());
    Catalog retired = Catalog.builder(now.product()).operations(now.operations())
        .errors(now.errors()).retired(List.of(new io.errcat.catalog.model.Retired(
            "ServiceNotFound", "3.0", null, at("fc.yaml", 40)))).at(now.at()).build();
    DiffResult r = CatalogDiff.compare(base(), retired);
    assertFalse(r.hasBreaking(), lines(r).toString());
    assertEquals(List.of("code 'ServiceNotFound' was retired (since 3.0)"),
        r.changes().stream().map(Change::message).toList());
  }

  @Test
  void deprecatingACodeIsCompatible() {
    DiffResult r = CatalogDiff.compare(base(), withServiceNotFound(b -> b.deprecated(
        new io.errcat.catalog.model.Deprecation("2.0", "VersionNotFound", null,
            Positions.of(Position.unknown("x"))))));
    assertFalse(r.hasBreaking(), lines(r).toString());
    assertEquals(List.of("code 'ServiceNotFound' was deprecated (since '2.0', replaced by"
        + " 'VersionNotFound')"), r.changes().stream().map(Change::message).toList());
  }

  @Test
  void removedOperationIsBreakingAndAddedOneCompatible() {
    Catalog now = catalog("fc.yaml", List.of(op("InvokeFunction"), op("ListServices")),
        List.of(serviceNotFound("fc.yaml").build(), versionNotFound("fc.yaml").build()));
    DiffResult r = CatalogDiff.compare(base(), now);
    assertEquals(List.of("old/fc.yaml:5:5: breaking: operation 'GetService' was removed",
        "fc.yaml:5:5: compatible: operation 'ListServices' was added"), lines(r));
  }

  @Test
  void narrowedScopeIsBreakingAndWidenedScopeCompatible() {
    Catalog narrowed = withServiceNotFound(b -> b.operations(List.of("GetService")));
    assertTrue(CatalogDiff.compare(base(), narrowed).hasBreaking());
    assertFalse(CatalogDiff.compare(narrowed, base()).hasBreaking());
  }

  @Test
  void perOperationVariantsArePairedByScope() {
    Catalog was = catalog("old/fc.yaml", List.of(op("A"), op("B")), List.of(
        ErrorEntry.builder("NOT AUTHORIZED").operations(List.of("A")).message("x").at(at("old", 1)).build(),
        ErrorEntry.builder("NOT AUTHORIZED").operations(List.of("B")).message("y").at(at("old", 9)).build()));
    Catalog now = catalog("fc.yaml", List.of(op("A"), op("B")), List.of(
        ErrorEntry.builder("NOT AUTHORIZED").operations(List.of("B")).message("y").at(at("new", 1)).build(),
        ErrorEntry.builder("NOT AUTHORIZED").operations(List.of("A")).message("z").at(at("new", 9)).build()));
    assertEquals(List.of("new:11:14: breaking: code 'NOT AUTHORIZED' for operations [A] changed its"
        + " message from 'x' to 'z' (baseline: old:3:14)"), lines(CatalogDiff.compare(was, now)));
  }

  @Test
  void catalogSetsAreMatchedById() {
    Product other = new Product("faas", "FaaS", "Alibaba Cloud", null, List.of(),
        Positions.of(new Position("faas.yaml", 2, 1)));
    Catalog faas = Catalog.builder(other).at(Positions.of(new Position("faas.yaml", 1, 1))).build();
    DiffResult r = CatalogDiff.compareAll(List.of(base(), faas), List.of(base()));
    assertEquals(List.of("faas.yaml:1:1: breaking: catalog 'faas' was removed"), lines(r));
    assertEquals(List.of("faas.yaml:1:1: compatible: catalog 'faas' was added"),
        lines(CatalogDiff.compareAll(List.of(base()), List.of(faas, base()))));
  }
}
