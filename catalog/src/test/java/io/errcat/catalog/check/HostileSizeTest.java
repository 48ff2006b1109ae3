package io.errcat.catalog.check;

import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.model.Position;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Large hostile catalogs just under the size limit: whatever a 4 MiB file holds, loading and
 * checking stay roughly linear (no pairwise comparison, no regex backtracking, no unbounded list
 * of problems). The time bound is only a hang guard, generous for a loaded build machine.
 */
class HostileSizeTest {
  static LoadResult load(CharSequence yaml) {
    return BadCatalogTest.loadQuietly("t.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8),
        Duration.ofSeconds(120));
  }

  @Test
  void twentyThousandVariantsOfOneCode() {
    int n = 20_000;
    StringBuilder b = new StringBuilder("catalog: 1\nproduct: {id: t, name: T}\noperations:\n");
    for (int i = 0; i < n; i++) {
      b.append("- {id: O").append(i).append("}\n");
    }
    b.append("errors:\n");
    for (int i = 0; i < n; i++) {
      b.append("- {code: A, message: m, operations: [O").append(i).append("]}\n");
    }
    b.append("- {code: A, message: m, operations: [O7]}\n"); // the one overlap
    LoadResult r = load(b);
    assertEquals(1, r.problems().size(), () -> r.problems().subList(0, 3).toString());
    Problem p = r.problems().get(0);
    assertEquals(ProblemId.EC021, p.id());
    assertEquals(new Position("t.yaml", 2 * n + 5, 10), p.position());
    assertTrue(p.message().contains("line " + (n + 12) + ", column 10 for operation O7"), p.message());
  }

  @Test
  void problemsAreCappedAndSummed() {
    int n = 30_000;
    StringBuilder b = new StringBuilder("catalog: 1\nproduct: {id: t, name: T}\noperations:\n");
    for (int i = 0; i < n; i++) {
      b.append("- {id: O").append(i).append("}\n");
    }
    b.append("errors:\n- {code: A, message: m, operations: [");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("P").append(i);
    }
    b.append("]}\n");
    LoadResult r = load(b);
    List<Problem> ps = r.problems();
    assertEquals(Problems.LIMIT + 1, ps.size());
    assertEquals(Problems.LIMIT, ps.stream().filter(p -> p.id() == ProblemId.EC022).count());
    Problem last = ps.stream().filter(p -> p.id() == ProblemId.EC047).findFirst().orElseThrow();
    assertTrue(last.message().startsWith((n - Problems.LIMIT) + " more problems"), last.message());
  }

  @Test
  void aLongSpecifierDoesNotBacktrack() {
    String zeros = "0".repeat(1_000_000);
    LoadResult r = load(BadCatalogTest.HEAD + "errors:\n- {code: A, params: [{name: a, type: int}], message: '%s %"
        + zeros + "!'}\n");
    // a megabyte text is also too long for a Java constant (EC051, at the text)
    assertEquals(List.of(ProblemId.EC029, ProblemId.EC051),
        r.problems().stream().map(Problem::id).sorted().toList());
    assertTrue(r.problems().stream().allMatch(p -> p.message().length() < 300), "quoted text is cut");
  }

  @Test
  void hugeTextsAreCutInMessages() {
    String code = "X".repeat(1_500_000);
    LoadResult r = load(BadCatalogTest.HEAD + "errors:\n- {code: " + code + ", message: a}\n- {code: "
        + code + ", message: b}\nendpoints: [{regionId: r, publicEndpoint: '" + "a".repeat(100_000)
        + "-'}]\n");
    // both codes and the host name are also too long for Java constants (EC051 at each)
    assertEquals(List.of(ProblemId.EC021, ProblemId.EC038, ProblemId.EC051, ProblemId.EC051,
        ProblemId.EC051), r.problems().stream().map(Problem::id).sorted().toList());
    assertTrue(r.problems().stream().allMatch(p -> p.message().length() < 400));
  }
}
