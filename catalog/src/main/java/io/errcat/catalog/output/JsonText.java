package io.errcat.catalog.output;

/**
 * JSON the emitters write (catalog.json, OpenAPI, the pages' search data): the same bytes on every
 * machine — two-space indents and {@code \n} whatever the platform's line separator.
 */
public final class JsonText {
  private JsonText() {}

  /** What writes a document. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the document.
     *
     * @param g where it goes
     */
    void write(JsonOut g);
  }

  /**
   * Runs {@code body} against a writer.
   *
   * @param pretty indented by two spaces and ending in a line break, else compact
   * @param body the document
   * @return the text
   */
  public static String write(boolean pretty, Body body) {
    JsonOut out = new JsonOut(pretty);
    body.write(out);
    return pretty ? out.text() + "\n" : out.text();
  }
}
