package io.errcat.catalog.check;

import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.ProblemId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.problem.LoadResult;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One catalog with problems of over 20 different ids: one run reports every one, each in place. */
class AcceptanceTest {
  static final String CATALOG = """
      catalog: 1
      product:
        id: ⟪EC019⟫⟪EC020⟫Bad_Id
        name: ⟪EC015⟫""
        ⟪EC012⟫vendr: Example
        java: {package: ⟪EC034⟫io.errcat.class, prefix: ⟪EC035⟫lower}
      wire:
        codeField: code
        codeType: number
        requestIdHeader: ⟪EC044⟫X Request Id
      defaultHttpStatus: ⟪EC024⟫99
      operations:
        - id: Get
        - id: ⟪EC023⟫Get
        - id: Put
      errors:
        - {code: "1", message: ⟪EC025⟫"%s of %s", params: [{name: a, type: String}]}
        - {code: "2", message: "version %d", params: [{name: v, type: ⟪EC026⟫String}]}
        - {code: "3", message: "%s", params: [{name: ⟪EC027⟫first-name, type: String}]}
        - {code: "4", message: "%s %s", params: [{name: a, type: String}, {name: ⟪EC028⟫a, type: String}]}
        - {code: "5", message: ⟪EC029⟫"%s %x", params: [{name: a, type: int}]}
        - {code: "6", name: ⟪EC030⟫6SIX, message: six}
        - {code: "7", name: ⟪EC031⟫enum, message: seven}
        - {code: "8", name: E9, message: eight}
        - {code: ⟪EC032⟫"9", message: nine}
        - {code: ⟪EC040⟫TEN, message: ten}
        - code: "10"
          message: ten
          operations: [Get, ⟪EC022⟫Pot]
          retry: {retryable: true, after: ⟪EC037⟫soon}
        - {code: "11", message: eleven, operations: [Get]}
        - {code: ⟪EC021⟫"11", message: also eleven, operations: [Get]}
        - {code: "12", message: twelve, ⟪EC006⟫message: again}
        - {code: "13", message: thirteen, httpStatus: ⟪EC013⟫"500"}
        - ⟪EC014⟫{message: fourteen has no code}
        - {code: ⟪EC016⟫0015, message: fifteen}
        - {code: ⟪EC007⟫!!java.io.File "16", message: sixteen}
        - {code: "17", name: SEVENTEEN, message: seventeen, operations: [Get]}
        - {code: "17", name: ⟪EC041⟫XVII, message: seventeen again, operations: [Put]}
        - {code: "19", message: nineteen, operations: [Get]}
        - {code: "19", message: "nineteen %s", params: ⟪EC046⟫[{name: a, type: String}], operations: [Put]}
        - ⟪EC045⟫{code: "20"}
        - {code: "21", name: ⟪EC048⟫RETRY, message: twenty-one}
        - {code: "22", name: TWENTY_TWO, message: twenty-two}
        - {code: "23", name: ⟪EC033⟫Twenty_Two, message: twenty-three}
      endpoints:
        - {regionId: r, publicEndpoint: ⟪EC038⟫"https://x.example"}
        - {regionId: ⟪EC039⟫r, publicEndpoint: a.example}
      """;

  @Test
  void oneRunReportsEveryProblemInPlace() {
    Marked marked = Marked.parse("many.yaml", CATALOG);
    LoadResult result = BadCatalogTest.loadQuietly("many.yaml",
        marked.text().getBytes(StandardCharsets.UTF_8));
    List<Marked.Expected> expected = marked.expected().stream()
        .sorted(Comparator.comparing(Marked.Expected::at).thenComparing(Marked.Expected::id))
        .toList();
    List<Marked.Expected> actual = result.problems().stream()
        .map(p -> new Marked.Expected(p.id(), p.position())).toList();
    assertEquals(expected, actual, () -> result.problems().stream().map(Problem::format)
        .collect(Collectors.joining("\n")));
    Set<ProblemId> distinct = actual.stream().map(Marked.Expected::id).collect(Collectors.toSet());
    assertTrue(distinct.size() >= 20, "distinct ids: " + distinct.size());
    assertTrue(result.problems().stream().allMatch(p -> p.position().line() > 0
        && p.position().column() > 0 && !p.message().isBlank()));
  }
}
