package io.errcat.catalog.java;

import com.palantir.javapoet.CodeBlock;
import io.errcat.catalog.output.Prose;

/**
 * Turns catalog text into Javadoc text. Catalog text is untrusted: it may close the comment
 * ({@code *}{@code /}), start a block tag ({@code @}), carry HTML ({@code <script>}), or hold a
 * {@code \}{@code u} sequence, which javac decodes even inside comments. Every such character
 * becomes an HTML character reference, so the comment shows the text as written.
 */
final class Javadocs {
  private Javadocs() {}

  /** The text escaped for a Javadoc comment; line breaks normalised to {@code \n}. */
  static String escape(String text) {
    return references(text, true);
  }

  /** Escaped text as a {@link CodeBlock} fragment (via {@code $L}, so {@code $} stays literal). */
  static CodeBlock text(String text) {
    return CodeBlock.of("$L", escape(text));
  }

  /**
   * A paragraph {@code <p>label: text} when the text is present, else nothing. The text is
   * CommonMark ({@link Prose}): one paragraph stays in the label's; lists and further paragraphs
   * follow it as blocks.
   */
  static CodeBlock paragraph(String label, String text) {
    if (text == null || text.isBlank()) {
      return CodeBlock.of("");
    }
    Prose.Rendered r = Prose.inline(text);
    String head = label.isEmpty() ? "" : label + ":";
    if (r.inline()) {
      return CodeBlock.of("\n<p>$L$L\n", head.isEmpty() ? "" : head + " ", safe(r.html()));
    }
    return CodeBlock.of("\n$L$L\n", head.isEmpty() ? "" : "<p>" + head + "\n", safe(r.html()));
  }

  /** A CommonMark text inline (one paragraph's HTML), for a sentence such as an operation's. */
  static String prose(String text) {
    Prose.Rendered r = Prose.inline(text);
    return r.inline() ? safe(r.html()) : escape(text);
  }

  /**
   * Rendered HTML made safe for a Javadoc comment: what HTML leaves but Javadoc or javac would
   * read ({@code @}, braces, backslashes, {@code *}{@code /}, line separators, lone surrogates,
   * controls) becomes a character reference. Tags and entities stay.
   */
  static String safe(String html) {
    return references(html, false);
  }

  /**
   * Every character Javadoc or javac would read as more than text, as a character reference;
   * with {@code markup}, also {@code &}, {@code <} and {@code >} (plain text, not HTML).
   */
  private static String references(String text, boolean markup) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      if (Character.isSurrogate(c)) {
        out.append("&#xfffd;"); // unpaired: not encodable in the UTF-8 source
        continue;
      }
      switch (c) {
        case '&' -> out.append(markup ? "&amp;" : "&");
        case '<' -> out.append(markup ? "&lt;" : "<");
        case '>' -> out.append(markup ? "&gt;" : ">");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '{', '}' -> out.append(c == '{' ? "&#123;" : "&#125;");
        // JavaPoet breaks comment lines at these; as references they stay one character.
        case '\u2028', '\u2029' -> out.append(c == '\u2028' ? "&#x2028;" : "&#x2029;");
        case '\r' -> {
          out.append('\n');
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return out.toString().strip();
  }


  /** Escaped text, or {@code fallback} when the text is absent or blank. */
  static String orElse(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : escape(text);
  }
}
