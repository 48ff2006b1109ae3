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
 *
 * <p>Most texts are one plain sentence that no CommonMark construct can touch ({@link #plain}):
 * those are one paragraph of escaped text without the parser, which is loaded only for the first
 * text that needs it (the annotation processor runs in a cold JVM, where loading it costs more
 * than the texts; {@code ProseTest} holds the shortcut to commonmark's own output).
 */
public final class Prose {
  private Prose() {}

  /** commonmark-java, loaded on first use. */
  private static final class CommonMark {
    static final Parser PARSER = Parser.builder().build();
    static final HtmlRenderer RENDERER = HtmlRenderer.builder()
        .escapeHtml(true)
        .sanitizeUrls(true)
        .build();
    /** Javadoc's doclint knows no {@code rel} attribute, which URL sanitising adds to links. */
    static final HtmlRenderer JAVADOC = HtmlRenderer.builder()
        .escapeHtml(true)
        .sanitizeUrls(true)
        .attributeProviderFactory(context -> (node, tag, attributes) -> attributes.remove("rel"))
        .build();
  }

  /** The text as block HTML ({@code <p>}, {@code <ul>}, {@code <code>} …), ends trimmed. */
  public static String block(String text) {
    String plain = plain(text);
    if (plain != null) {
      return "<p>" + plain + "</p>";
    }
    return CommonMark.RENDERER.render(CommonMark.PARSER.parse(text)).strip();
  }

  /**
   * The text for generated Javadoc, whose sentence already has its own paragraph ({@code
   * <p>Solution: …}): one paragraph's inline HTML, or, for a richer text, its blocks; and whether
   * it was inline.
   */
  public static Rendered inline(String text) {
    return render(text, false);
  }

  /** Rendered HTML, and whether it is inline (fits inside a paragraph). */
  public record Rendered(String html, boolean inline) {}

  /**
   * {@code <p><strong>label:</strong> text</p>} for a one-paragraph text; for a richer one (lists,
   * several paragraphs) the label's paragraph followed by the text's blocks. The label is errcat's
   * own plain word ({@code Notes}), not catalog text.
   */
  public static String labelled(String label, String text) {
    Rendered r = render(text, true);
    String head = "<p><strong>" + label + ":</strong>";
    return r.inline() ? head + " " + r.html() + "</p>" : head + "</p>" + r.html();
  }

  /** One paragraph without its {@code <p>} (inline), or the blocks as they are. */
  private static Rendered render(String text, boolean html) {
    String plain = plain(text);
    if (plain != null) {
      return new Rendered(plain, true);
    }
    Node doc = CommonMark.PARSER.parse(text);
    String out = (html ? CommonMark.RENDERER : CommonMark.JAVADOC).render(doc).strip();
    Node first = doc.getFirstChild();
    if (first instanceof Paragraph && first.getNext() == null && out.startsWith("<p>")
        && out.endsWith("</p>")) {
      return new Rendered(out.substring(3, out.length() - 4), true);
    }
    return new Rendered(out, false);
  }

  /**
   * The inline HTML of a text that CommonMark reads as one paragraph of literal text, or null when
   * it may hold more. Literal means: one line (a final line break aside), no character that can
   * open an inline construct (code span, emphasis, link, image, autolink, raw HTML, entity,
   * escape), no control character, no white space at either end, and a first character that opens
   * no block (heading, quote, list, thematic break, fence, setext line). CommonMark escapes only
   * {@code &}, {@code <}, {@code >} and {@code "} in text, and the first three are not let through.
   */
  static String plain(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    if (end == 0 || blank(text.charAt(0)) || blank(text.charAt(end - 1)) || opensBlock(text, end)) {
      return null;
    }
    int quotes = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '`', '*', '_', '[', ']', '!', '<', '>', '&', '\\', '\u007f' -> {
          return null;
        }
        case '"' -> quotes++;
        default -> {
          if (c < 0x20) {
            return null;
          }
        }
      }
    }
    String s = text.substring(0, end);
    return quotes == 0 ? s : s.replace("\"", "&quot;");
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Whether the line starts like a block: a marker character, or digits then {@code .} or {@code )}. */
  private static boolean opensBlock(String text, int end) {
    char first = text.charAt(0);
    if ("#>-+=~|:".indexOf(first) >= 0) {
      return true;
    }
    int i = 0;
    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i > 0 && i < end && (text.charAt(i) == '.' || text.charAt(i) == ')');
  }
}
