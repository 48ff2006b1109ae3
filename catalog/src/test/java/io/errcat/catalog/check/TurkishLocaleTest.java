package io.errcat.catalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.model.ErrorEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Java names are derived the same way under every default locale: under Turkish rules a naive
 * {@code "invalid-id".toUpperCase()} gives {@code İNVALİD-İD}, which would hide the collision
 * with {@code INVALID_ID} and produce a non-ASCII constant.
 */
class TurkishLocaleTest {
  private Locale saved;

  @BeforeEach
  void turkish() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
  }

  @AfterEach
  void restore() {
    Locale.setDefault(saved);
  }

  @Test
  void collisionsAreFoundUnderTheTurkishLocale() {
    Marked marked = Marked.parse("t.yaml", BadCatalogTest.HEAD + """
        errors:
          - {code: invalid-id, message: a}
          - {code: ⟪EC032⟫INVALID_ID, message: b}
          - {code: title, message: c}
          - {code: ⟪EC032⟫TITLE, message: d}
          - {code: ok, name: ⟪EC033⟫Invalid_Id_, message: e}
        """);
    LoadResult r = BadCatalogTest.loadQuietly("t.yaml", marked.text().getBytes(StandardCharsets.UTF_8));
    List<Marked.Expected> actual = r.problems().stream()
        .map(p -> new Marked.Expected(p.id(), p.position())).toList();
    assertEquals(marked.expected(), actual, r.problems().toString());
    assertEquals("INVALID_ID", r.catalog().orElseThrow().errors().get(0).javaName());
    assertEquals(List.of("INVALID_ID", "INVALID_ID", "TITLE", "TITLE", "Invalid_Id_"),
        r.catalog().orElseThrow().errors().stream().map(ErrorEntry::javaName).toList());
  }

  @Test
  void parameterTypesAreReadUnderTheTurkishLocale() {
    LoadResult r = BadCatalogTest.loadQuietly("t.yaml", (BadCatalogTest.HEAD
        + "wire: {codeField: CODE, codeType: string}\n"
        + "errors: [{code: A, message: 'id %d %s', params: [{name: id, type: INT}, {name: i, type: STRING}]}]\n")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), r.problems());
  }
}
