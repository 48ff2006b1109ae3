package io.errcat.catalog.java;

import com.palantir.javapoet.CodeBlock;

/**
 * Java string literals for catalog text. JavaPoet's {@code $S} escapes quotes, backslashes and
 * control characters, but two kinds of character it writes as they are would change the text:
 * U+2028 and U+2029 (JavaPoet breaks its output lines there, splitting the literal), and unpaired
 * surrogates (they cannot be encoded in the UTF-8 source file and would become {@code ?}). Those
 * are written as Unicode escapes between {@code $S} pieces: a constant expression, so the
 * compiled string is exactly the catalog's.
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
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
        if (i > start || first) {
          b.add(first ? "$S" : " + $S", text.substring(start, i));
          first = false;
        }
        b.add(" + \"\\u$L\"", hex(c));
        start = i + 1;
      }
    }
    if (start < text.length() || first) {
      b.add(first ? "$S" : " + $S", text.substring(start));
    }
    return b.build();
  }

  /** Four lower-case hex digits, without {@code String.format} (locale-free by construction). */
  /**
   * Text literals as an argument list: {@code "a", "b"}.
   *
   * @param texts the texts
   * @return the arguments
   */
  static CodeBlock all(java.util.List<String> texts) {
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < texts.size(); i++) {
      b.add(i == 0 ? "$L" : ", $L", of(texts.get(i)));
    }
    return b.build();
  }

  private static String hex(char c) {
    String h = Integer.toHexString(c);
    return "0000".substring(h.length()) + h;
  }
}
