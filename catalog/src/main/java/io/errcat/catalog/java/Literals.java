package io.errcat.catalog.java;

import com.palantir.javapoet.CodeBlock;

/**
 * Java string literals for catalog text. JavaPoet's {@code $S} escapes quotes, backslashes and
 * control characters, but breaks its output lines at every Unicode line separator, including
 * U+2028 and U+2029, which it leaves unescaped, so such text would split a literal across lines.
 * Those two characters are therefore written as escapes between {@code $S} pieces (a constant
 * expression: the compiled string is the same).
 */
final class Literals {
  private Literals() {}

  static CodeBlock of(String text) {
    if (text == null) {
      return CodeBlock.of("null");
    }
    CodeBlock.Builder b = CodeBlock.builder();
    int start = 0;
    boolean first = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u2028' || c == '\u2029') {
        if (i > start || first) {
          b.add(first ? "$S" : " + $S", text.substring(start, i));
          first = false;
        }
        b.add(" + \"$L\"", c == '\u2028' ? "\\u2028" : "\\u2029");
        start = i + 1;
      }
    }
    if (start < text.length() || first) {
      b.add(first ? "$S" : " + $S", text.substring(start));
    }
    return b.build();
  }
}
