package io.errcat.catalog.output;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Catalog texts (descriptions, solutions, notes, advice) are CommonMark: the bundled catalogs
 * hold backticks and lists. They are rendered with commonmark-java into safe HTML: raw HTML in a
 * text is shown as text, never passed through, and link targets other than http(s), mailto and
 * relative ones are dropped. Messages are not prose: they are what the runtime returns, and stay
 * plain text. Used by the HTML reference and by generated Javadoc alike.
 */
public final class Prose {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .escapeHtml(true)
      .sanitizeUrls(true)
      .build();
  /** Javadoc's doclint knows no {@code rel} attribute, which URL sanitising adds to links. */
  private static final HtmlRenderer JAVADOC = HtmlRenderer.builder()
      .escapeHtml(true)
      .sanitizeUrls(true)
      .attributeProviderFactory(context -> (node, tag, attributes) -> attributes.remove("rel"))
      .build();

  private Prose() {}

  /** The text as block HTML ({@code <p>}, {@code <ul>}, {@code <code>} …), ends trimmed. */
  public static String block(String text) {
    return RENDERER.render(PARSER.parse(text)).strip();
  }

  /**
   * The text for generated Javadoc, whose sentence already has its own paragraph ({@code
   * <p>Solution: …}): one paragraph's inline HTML, or, for a richer text, its blocks; and whether
   * it was inline.
   */
  public static Rendered inline(String text) {
    return render(text, JAVADOC);
  }

  /** Rendered HTML, and whether it is inline (fits inside a paragraph). */
  public record Rendered(String html, boolean inline) {}

  /**
   * {@code <p><strong>label:</strong> text</p>} for a one-paragraph text; for a richer one (lists,
   * several paragraphs) the label's paragraph followed by the text's blocks. The label is errcat's
   * own plain word ({@code Notes}), not catalog text.
   */
  public static String labelled(String label, String text) {
    Rendered r = render(text, RENDERER);
    String head = "<p><strong>" + label + ":</strong>";
    return r.inline() ? head + " " + r.html() + "</p>" : head + "</p>" + r.html();
  }

  /** One paragraph without its {@code <p>} (inline), or the blocks as they are. */
  private static Rendered render(String text, HtmlRenderer renderer) {
    Node doc = PARSER.parse(text);
    String html = renderer.render(doc).strip();
    Node first = doc.getFirstChild();
    if (first instanceof Paragraph && first.getNext() == null && html.startsWith("<p>")
        && html.endsWith("</p>")) {
      return new Rendered(html.substring(3, html.length() - 4), true);
    }
    return new Rendered(html, false);
  }
}
