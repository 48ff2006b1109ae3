package io.errcat.catalog.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON the emitters write (catalog.json, OpenAPI): the same bytes on every machine — two-space
 * indents and {@code \n} whatever the platform's line separator.
 */
public final class JsonText {
  private JsonText() {}

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** What writes a document to a generator. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the document.
     *
     * @param g the generator
     * @throws IOException never, for a string target
     */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Runs {@code body} against a generator.
   *
   * @param pretty indented by two spaces and ending in a line break, else compact
   * @param body the document
   * @return the text
   */
  public static String write(boolean pretty, Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indent)
            .withArrayIndenter(indent));
      }
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return pretty ? out + "\n" : out.toString();
  }
}
