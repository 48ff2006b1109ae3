package io.errcat.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.errcat.catalog.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

/** How problems are printed: the plugin's lines, or JSON for editors and CI. */
final class Problems {
  private Problems() {}

  /**
   * One line each, {@code file:line:col: [EC012] sentence}, exactly as the Maven plugin and the
   * processor print them (each id has one severity: docs/problems.md; JSON also says it).
   */
  static void text(PrintWriter out, List<Problem> problems) {
    for (Problem p : problems) {
      out.println(p.format());
    }
  }

  /**
   * A JSON array with one object per problem: {@code id}, {@code severity} ({@code error} or
   * {@code warning}), {@code file}, {@code line}, {@code column} (1-based; 0 where the problem
   * has no position), {@code message}, and {@code didYouMean} where there is one.
   */
  static void json(PrintWriter out, List<Problem> problems) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.writeStartArray();
      for (Problem p : problems) {
        g.writeRaw("\n  ");
        g.writeStartObject();
        g.writeStringField("id", p.id().name());
        g.writeStringField("severity", p.severity().name().toLowerCase(Locale.ROOT));
        g.writeStringField("file", p.position().file());
        g.writeNumberField("line", p.position().line());
        g.writeNumberField("column", p.position().column());
        g.writeStringField("message", p.message());
        if (p.didYouMean() != null) {
          g.writeStringField("didYouMean", p.didYouMean());
        }
        g.writeEndObject();
      }
      if (!problems.isEmpty()) {
        g.writeRaw("\n");
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    out.println(text);
  }
}
