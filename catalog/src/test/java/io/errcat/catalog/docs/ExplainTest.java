package io.errcat.catalog.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Product;
import io.errcat.catalog.model.Symbols;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code explain} over the bundled catalogs: every code by every spelling, and pasted lines. */
class ExplainTest {
  private static List<Catalog> bundled;

  @BeforeAll
  static void load() {
    bundled = DocsFixtures.bundled();
  }

  private static List<String> found(String query) {
    List<String> out = new ArrayList<>();
    for (Explain.Match m : Explain.find(bundled, query).matches()) {
      out.add(m.catalog().product().id() + " " + m.symbol().code());
    }
    return out;
  }

  @Test
  void everyCodeOfEveryBundledCatalogByCodeConstantAndFactory() {
    int checked = 0;
    for (Catalog c : bundled) {
      for (Symbols.Symbol s : Symbols.of(c).all()) {
        String me = c.product().id() + " " + s.code();
        for (String q : List.of(s.code(), s.code().toLowerCase(java.util.Locale.ROOT),
            s.constant(), s.factory(), " " + s.code().replace(' ', '_') + " ")) {
          List<String> got = found(q);
          assertTrue(got.contains(me), q + " → " + got);
        }
        String card = Explain.render(new Explain.Match(c, s), null);
        assertTrue(card.startsWith(s.code() + "  \u2014  "), card);
        assertTrue(card.contains("Reference: " + c.product().id() + ".html#" + s.anchor()), card);
        if (s.primary().message() != null && s.variants().size() == 1) {
          assertTrue(card.contains(s.primary().message().split("\n")[0].strip()), card);
        }
        checked++;
      }
    }
    assertTrue(checked >= 296, "checked " + checked); // 296 codes in the five catalogs
  }

  @Test
  void theFaqsOwnLinesPastedAsTheyAre() {
    assertEquals(List.of("faas SHELL NOT MATCH"), found("HTTP Status:404 Error:SHELL NOT MATCH. "
        + "The image Shell is not match with fpga Shell! Request ID:D7D1AB1E-8682-4091-8129-"
        + "C17D54FD10D4"));
    assertEquals(List.of("faas ANOTHER TASK RUNNING"), found("HTTP Status:503 Error:ANOTHER TASK "
        + "RUNNING. Another task has not finished yet, please retry later! Request ID: "
        + "5FCB6F75-8572-4840-9BDC-87C57174F26D"));
    assertEquals(List.of("faas EntityNotExist.RoleError"), found(
        "\"HTTP Status: 404 Error: EntityNotExist.\" Role Error. The specified Role not exists ."));
  }

  @Test
  void aCardShowsEachOperationsVariantStatusRetryAndSource() {
    Explain.Match m = Explain.find(bundled, "image not found").matches().get(0);
    String card = Explain.render(m, "https://errors.example.com/ref");
    assertTrue(card.contains("HTTP 404 Not Found"), card);
    assertTrue(card.contains("\nIn "), "one block per variant:\n" + card);
    assertTrue(card.contains("Source: faascmd FAQ \u2014 Error codes (000_411fc1c005104528.txt"
        + "#error-codes)"), card);
    assertTrue(card.contains("Reference: https://errors.example.com/ref/faas.html#IMAGE_NOT_FOUND"),
        card);
    assertTrue(card.contains("Java: io.errcat.catalogs.faas.FaasError.IMAGE_NOT_FOUND"), card);
    String busy = Explain.render(Explain.find(bundled, "ANOTHER_TASK_RUNNING").matches().get(0),
        null);
    assertTrue(busy.contains("Retry: Retry after"), busy);
  }

  @Test
  void aNearMissSuggestsAndNothingFindsNothing() {
    Explain.Result r = Explain.find(bundled, "SHELL NOT MACH");
    assertEquals(List.of(), r.matches());
    assertEquals("SHELL NOT MATCH", r.didYouMean());
    assertEquals(List.of(), Explain.find(bundled, "   ").matches());
    assertEquals(List.of(), Explain.find(bundled, "x".repeat(100_000)).matches());
  }

  @Test
  void aCodeInSeveralCatalogsIsListedForEach() {
    Catalog other = Catalog.builder(new Product("mirror", "Mirror", null, null, List.of(),
            DocsFixtures.AT))
        .errors(List.of(ErrorEntry.builder("SHELL NOT MATCH").httpStatus(409).build()))
        .build();
    List<Catalog> both = new ArrayList<>(bundled);
    both.add(other);
    List<String> got = new ArrayList<>();
    Explain.find(both, "shell_not_match").matches()
        .forEach(m -> got.add(m.catalog().product().id()));
    assertEquals(List.of("faas", "mirror"), got);
  }

  @Test
  void aDeprecatedCodeSaysSoAndWhatToUse() {
    Catalog c = io.errcat.catalog.Engine.load("shop.yaml", ("catalog: 1\n"
        + "product: {id: shop, name: Shop}\n"
        + "errors:\n"
        + "  - {code: Busy, httpStatus: 503, message: busy}\n"
        + "  - {code: TooBusy, httpStatus: 503, message: too busy,"
        + " deprecated: {since: '2.0', replacedBy: Busy}}\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).catalog().orElseThrow();
    String card = Explain.render(Explain.find(List.of(c), "too busy").matches().get(0), null);
    assertTrue(card.contains("\nDeprecated: since 2.0; use Busy.\n"), card);
  }

  @Test
  void aRetiredCodeStillHasItsPage() {
    Catalog c = io.errcat.catalog.Engine.load("shop.yaml", ("catalog: 1\n"
        + "product: {id: shop, name: Shop}\n"
        + "errors: [{code: Busy, message: busy}]\n"
        + "retired: [{code: TooBusy, since: '2.0', note: Now Busy.}]\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).catalog().orElseThrow();
    Explain.Result r = Explain.find(List.of(c), "too_busy");
    assertEquals(1, r.matches().size());
    String card = Explain.render(r.matches().get(0), null);
    assertTrue(card.startsWith("TooBusy  \u2014  Shop (shop)\nRetired since 2.0: "), card);
    assertTrue(card.contains("\nReference: shop.html#TOO_BUSY\n"), card);
  }
}
