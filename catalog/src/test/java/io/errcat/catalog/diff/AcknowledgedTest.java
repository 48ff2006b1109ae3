package io.errcat.catalog.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.model.Acknowledgement;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.yaml.AcknowledgementsLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A release's acknowledged breaks: exactly those pass; any other break fails; an acknowledgement
 * of a change that did not happen fails too (it would hide the next real one).
 */
class AcknowledgedTest {
  private static Catalog catalog(String yaml) {
    return Engine.load("shop.yaml", yaml.getBytes(StandardCharsets.UTF_8)).catalog()
        .orElseThrow();
  }

  private static final Catalog V1 = catalog("""
      catalog: 1
      product: {id: shop, name: Shop}
      operations: [{id: Order}, {id: Cancel}]
      errors:
        - {code: Gone, httpStatus: 404, message: gone}
        - {code: Closed, httpStatus: 409, message: closed}
      """);
  private static final Catalog V2 = catalog("""
      catalog: 1
      product: {id: shop, name: Shop}
      operations: [{id: Order}]
      errors:
        - {code: Gone, httpStatus: 410, message: gone}
      """);

  private static List<Acknowledgement> acks(String yaml) {
    AcknowledgementsLoader.Result r = AcknowledgementsLoader.load("errcat-breaks.yaml",
        yaml.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), r.problems());
    return r.acknowledgements();
  }

  @Test
  void exactlyTheAcknowledgedBreaksPass() {
    DiffResult diff = CatalogDiff.compare(V1, V2);
    assertEquals(3, diff.breaking().size(), diff.changes().toString());
    Acknowledged all = Acknowledged.of(diff, acks("""
        breaks:
          - {code: Gone, change: status, reason: 410 says it will not come back.}
          - {code: Closed, change: removed, reason: Shops never close now.}
          - {catalog: shop, operation: Cancel, change: removed, reason: Orders are final.}
        """));
    assertTrue(all.passes(), all.toString());
    assertEquals("410 says it will not come back.", all.acknowledged().values().stream()
        .filter(a -> a.name().equals("Gone")).findFirst().orElseThrow().reason());

    Acknowledged some = Acknowledged.of(diff, acks("""
        breaks:
          - {code: Gone, change: status, reason: why}
        """));
    assertFalse(some.passes());
    assertEquals(2, some.unacknowledged().size(), some.toString());
  }

  @Test
  void anAcknowledgementOfAChangeThatDidNotHappenIsStale() {
    Acknowledged r = Acknowledged.of(CatalogDiff.compare(V1, V2), acks("""
        breaks:
          - {code: Gone, change: status, reason: why}
          - {code: Closed, change: removed, reason: why}
          - {operation: Cancel, change: removed, reason: why}
          - {code: Gone, change: message, reason: the message did not change}
          - {catalog: other, code: Gone, change: status, reason: another catalog}
        """));
    assertFalse(r.passes());
    assertEquals(List.of(), r.unacknowledged());
    assertEquals(List.of("message", "status"), r.stale().stream().map(Acknowledgement::change)
        .sorted().toList());
  }

  @Test
  void aMalformedFileNamesEachProblemWithItsPosition() {
    List<Problem> problems = AcknowledgementsLoader.load("errcat-breaks.yaml", """
        breaks:
          - {code: Gone, change: stauts, reason: why}
          - {change: removed, reason: no subject}
          - {code: A, operation: B, change: removed, reason: two subjects}
          - {code: Gone, change: status}
        """.getBytes(StandardCharsets.UTF_8)).problems();
    assertEquals(List.of("errcat-breaks.yaml:2:26: [EC057] 'stauts' is no breaking change of a"
            + " code; one of removed, javaName, status, message, params, operations, variant."
            + " (did you mean 'status'?)"),
        problems.stream().limit(1).map(Problem::format).toList());
    assertEquals(List.of(ProblemId.EC057, ProblemId.EC057, ProblemId.EC057, ProblemId.EC014),
        problems.stream().map(Problem::id).toList(), problems.toString());
  }
}
