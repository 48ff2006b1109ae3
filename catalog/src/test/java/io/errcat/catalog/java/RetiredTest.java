package io.errcat.catalog.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.runtime.DecodeFailure;
import io.errcat.runtime.ErrcatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retired codes: never reused (EC056, also in a spelling that decodes the same or under the old
 * Java name), and decoded by the generated mapper as what they are.
 */
class RetiredTest {
  private static LoadResult load(String yaml) {
    return Engine.load("shop.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decodingARetiredCodeSaysItIsRetired(@TempDir Path dir) {
    LoadResult r = load("""
        catalog: 1
        product: {id: shop, name: Shop, java: {package: com.acme.shop, prefix: Shop}}
        wire: {codeField: code, messageField: message}
        errors:
          - {code: Busy, httpStatus: 503, message: busy}
        retired:
          - {code: TooBusy, since: "2.0", note: Now Busy.}
        """);
    assertEquals(List.of(), r.problems());
    Catalog c = r.catalog().orElseThrow();
    Compiled compiled = Compiled.of(dir, Engine.generateJava(c, JavaOptions.defaults()),
        Compiled.STRICT);
    Class<?> mapper = compiled.type("com.acme.shop.ShopHttpMapper");
    ErrcatException retired = (ErrcatException) Compiled.callStatic(mapper, "fromHttp", 503,
        Map.of(), "{\"code\":\"TooBusy\"}".getBytes(StandardCharsets.UTF_8));
    assertFalse(retired.isKnown());
    assertEquals("TooBusy", retired.code());
    assertEquals(DecodeFailure.Reason.RETIRED_CODE, retired.decodeFailure().orElseThrow().reason());
    assertTrue(retired.decodeFailure().orElseThrow().detail().contains("retired"),
        retired.decodeFailure().orElseThrow().detail());
    ErrcatException unknown = (ErrcatException) Compiled.callStatic(mapper, "fromHttp", 503,
        Map.of(), "{\"code\":\"Other\"}".getBytes(StandardCharsets.UTF_8));
    assertEquals(DecodeFailure.Reason.UNKNOWN_CODE, unknown.decodeFailure().orElseThrow().reason());
  }

  @Test
  void aRetiredCodeIsNeverReusedInAnySpellingThatMeansIt() {
    List<Problem> same = load("""
        catalog: 1
        product: {id: shop, name: Shop}
        errors: [{code: TooBusy, message: m}]
        retired: [{code: TooBusy}]
        """).problems();
    assertEquals(List.of(ProblemId.EC056), same.stream().map(Problem::id).toList());
    List<Problem> name = load("""
        catalog: 1
        product: {id: shop, name: Shop}
        errors: [{code: too_busy, message: m}]
        retired: [{code: TooBusy}]
        """).problems();
    assertEquals(List.of(ProblemId.EC056), name.stream().map(Problem::id).toList(),
        "the same Java name and anchor");
    List<Problem> numeric = load("""
        catalog: 1
        product: {id: shop, name: Shop}
        wire: {codeField: code, codeType: number}
        errors: [{code: "42", message: m}]
        retired: [{code: "042"}]
        """).problems();
    assertEquals(List.of(ProblemId.EC056), numeric.stream().map(Problem::id).toList(),
        numeric.toString());
    assertTrue(numeric.get(0).message().contains("decodes the same as"), numeric.toString());
  }
}
