package io.errcat.catalog.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Catalog text becomes inert Javadoc text, and string literals survive JavaPoet's line breaks. */
class JavadocsTest {
  @Test
  void escapesEverythingJavadocOrJavacWouldInterpret() {
    assertEquals("a *&#47; b", Javadocs.escape("a */ b"));
    assertEquals("&#64;param x &#123;&#64;code y&#125;", Javadocs.escape("@param x {@code y}"));
    assertEquals("&lt;script&gt;&amp;amp;", Javadocs.escape("<script>&amp;"));
    assertEquals("&#92;u000a &#92;&#92;", Javadocs.escape("\\u000a \\\\"));
    assertEquals("one\ntwo\nthree", Javadocs.escape("one\r\ntwo\rthree"));
    assertEquals("a&#x2028;b&#x2029;c", Javadocs.escape("a\u2028b\u2029c"));
    assertEquals("a b", Javadocs.escape("a\u0000b"));
    assertEquals("$L 🚀 \u200F", Javadocs.escape("$L 🚀 \u200F"));
    assertEquals("a&#xfffd;b", Javadocs.escape("a\ud800b"));
  }

  @Test
  void escapedTextNeverClosesTheComment() {
    String nasty = "**/ */ * / *\\u002a/ @ \\";
    String out = Javadocs.escape(nasty);
    assertFalse(out.contains("*/"), out);
    assertFalse(out.contains("\\"), out);
    assertFalse(out.contains("@"), out);
  }

  @Test
  void lineSeparatorsBecomeEscapesBetweenLiteralPieces() {
    assertEquals("\"a\" + \"\\u2028\" + \"b\"", Literals.of("a\u2028b").toString());
    assertEquals("\"\" + \"\\u2029\"", Literals.of("\u2029").toString());
    assertEquals("\"\\\"q\\\" \\\\ $\"", Literals.of("\"q\" \\ $").toString());
    assertEquals("\"\"", Literals.of("").toString());
    assertEquals("\"a\" + \"\\ud800\" + \"b 🚀\"", Literals.of("a\ud800b 🚀").toString());
    assertEquals("\"\" + \"\\udc00\"", Literals.of("\udc00").toString());
    assertEquals("null", Literals.of(null).toString());
  }
}
