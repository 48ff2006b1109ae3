package io.errcat.catalog.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** The plain-text shortcut of {@link Prose} against commonmark-java's own rendering. */
class ProseTest {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private static String commonmark(String text) {
    return RENDERER.render(PARSER.parse(text)).strip();
  }

  /** Random texts, mostly letters so that many are plain, over every ASCII character and more. */
  @Test
  void whatTheShortcutTakesCommonMarkRendersTheSame() {
    StringBuilder alphabet = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      alphabet.append(c);
    }
    alphabet.append("\u00a0\u00e9\u2028\u3000\u4e2d\ufeff");
    Random r = new Random(42);
    int plain = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + r.nextInt(12); n > 0; n--) {
        b.append(r.nextInt(3) > 0 ? (char) ('a' + r.nextInt(26)) : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = b.toString();
      String shortcut = Prose.plain(text);
      if (shortcut != null) {
        plain++;
        assertEquals(commonmark(text), "<p>" + shortcut + "</p>", () -> "text " + List.of(text));
      }
    }
    assertTrue(plain > 10_000, "too few plain texts drawn to mean anything: " + plain);
  }

  @Test
  void plainTextsTakeTheShortcutAndRichOnesDoNot() {
    assertEquals("The instance is locked by &quot;another&quot; task.",
        Prose.plain("The instance is locked by \"another\" task.\n"));
    assertEquals("404 Not Found, try again (in 10 minutes).", Prose.plain("404 Not Found, try again (in 10 minutes)."));
    for (String rich : List.of("Run `faascmd`.", "See [the FAQ](https://example.com).", "1. first",
        "- item", "# Heading", "a\n\nb", "a\nb", "x &amp; y", "<b>x</b>", "*x*", " lead", "trail ", "")) {
      assertNull(Prose.plain(rich), rich);
    }
  }

  @Test
  void everyEntryPointGivesWhatCommonMarkGives() {
    for (String text : List.of("Plain \"quoted\" text.", "Run `faascmd`.\n", "- a\n- b", "Two\n\nparagraphs")) {
      assertEquals(commonmark(text), Prose.block(text), text);
      Prose.Rendered r = Prose.inline(text);
      String html = commonmark(text);
      assertEquals(html.startsWith("<p>") && html.indexOf("<p>", 1) < 0 && !html.contains("<ul>"), r.inline(), text);
    }
  }
}
