package io.errcat.catalog.docs;

import io.errcat.catalog.model.Symbols;
import java.nio.charset.StandardCharsets;

/**
 * Escapes catalog text for each context it lands in. Catalog text is untrusted: a {@code <script>}
 * in a message must show as text in every output and never run.
 */
final class Escape {
  private Escape() {}

  /** HTML text content. Quotes too, so the same text is also safe in a quoted attribute. */
  static String html(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\0' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A double-quoted HTML attribute value. */
  static String attr(String s) {
    return html(s);
  }

  /**
   * JSON text placed inside a {@code <script>} element. {@code <}, {@code >} and {@code &} only
   * occur inside JSON strings, so writing them as {@code \\u} escapes keeps the JSON equal while
   * {@code </script>} and {@code <!--} can no longer end or confuse the element; U+2028/2029 are
   * escaped for consumers that treat the text as JavaScript source.
   */
  static String scriptJson(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A URL fragment: unreserved characters stay, everything else is percent-encoded as UTF-8.
   * Constant names ({@code ANOTHER_TASK_RUNNING}) pass through unchanged.
   */
  static String urlFragment(String s) {
    return Symbols.urlFragment(s);
  }

  /**
   * Inline Markdown (a table cell or a paragraph after a label): Markdown punctuation is
   * backslash-escaped, HTML is written as entities so no tag survives, and line breaks become
   * {@code <br>} so that a cell or paragraph never splits. Safe in GitHub-flavoured tables.
   */
  static String markdown(String s) {
    String text = s.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("<br>");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\0' -> out.append('\uFFFD');
        case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Short literal text (a code, a constant, a field name) as a Markdown code span when it holds
   * only characters that need no escaping there, else as escaped inline text.
   */
  static String markdownCode(String s) {
    if (!s.isEmpty() && s.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
        || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-' || c == ':' || c == '/'
        || c == ' ' && s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' ')) {
      return "`" + s + "`";
    }
    return markdown(s);
  }

  /**
   * A URL as a Markdown link destination: parentheses percent-encoded, so {@code [text](url)}
   * ends where it should in every renderer (the base URL's own normal form already encodes
   * spaces, angle brackets and backslashes).
   */
  static String markdownDestination(String url) {
    return url.replace("(", "%28").replace(")", "%29");
  }
}
