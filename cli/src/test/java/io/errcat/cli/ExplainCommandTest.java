package io.errcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Symbols;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code errcat explain} in-process on every code of every bundled catalog, as written. */
class ExplainCommandTest {
  @Test
  void everyBundledCodeIsExplained() {
    int checked = 0;
    for (String id : ClasspathCatalogs.ids()) {
      Catalog c = ClasspathCatalogs.load(id).orElseThrow().catalog().orElseThrow();
      for (Symbols.Symbol s : Symbols.of(c).all()) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Errcat.run(new PrintWriter(out), new PrintWriter(err), "explain", s.code());
        assertEquals(0, exit, s.code() + ": " + err);
        assertTrue(out.toString().contains(s.code() + "  \u2014  "), out.toString());
        assertTrue(out.toString().contains("Reference: " + id + ".html#" + s.anchor() + "\n"),
            out.toString());
        checked++;
      }
    }
    assertTrue(checked >= 296, "checked " + checked);
  }
}
