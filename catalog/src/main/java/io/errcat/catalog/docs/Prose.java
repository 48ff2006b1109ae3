package io.errcat.catalog.docs;

import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Catalog texts (descriptions, solutions, notes, advice) are CommonMark: the bundled catalogs
 * hold backticks and lists. They are rendered with commonmark-java into safe HTML: raw HTML in a
 * text is shown as text, never passed through, and link targets other than http(s), mailto and
 * relative ones are dropped. Messages are not prose: they are what the runtime returns, and stay
 * plain text.
 */
final class Prose {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .escapeHtml(true)
      .sanitizeUrls(true)
      .build();

  private Prose() {}

  /** The text as block HTML ({@code <p>}, {@code <ul>}, {@code <code>} …), ends trimmed. */
  static String block(String text) {
    return RENDERER.render(PARSER.parse(text)).strip();
  }

  /**
   * {@code <p><strong>label:</strong> text</p>} for a one-paragraph text; for a richer one (lists,
   * several paragraphs) the label's paragraph followed by the text's blocks.
   */
  static String labelled(String label, String text) {
    Node doc = PARSER.parse(text);
    String html = RENDERER.render(doc).strip();
    String head = "<p><strong>" + Escape.html(label) + ":</strong>";
    Node first = doc.getFirstChild();
    if (first instanceof Paragraph && first.getNext() == null && html.startsWith("<p>")) {
      return head + " " + html.substring(3);
    }
    return head + "</p>" + html;
  }
}
