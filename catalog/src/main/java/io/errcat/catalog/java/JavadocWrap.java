package io.errcat.catalog.java;

/**
 * Wraps the Javadoc lines of a generated source file at a sane width: JavaPoet writes each
 * Javadoc paragraph on one line, however long. Lines break at spaces only, and a continuation
 * keeps the comment's indentation, so the text and what Javadoc renders stay the same. Code lines
 * are left to JavaPoet.
 */
final class JavadocWrap {
  /** The widest line a wrapped Javadoc line takes, when its words allow. */
  static final int WIDTH = 100;

  private JavadocWrap() {}

  static String wrap(String source) {
    StringBuilder out = new StringBuilder(source.length() + source.length() / 20);
    boolean inDoc = false;
    int start = 0;
    while (start < source.length()) {
      int end = source.indexOf('\n', start);
      String line = end < 0 ? source.substring(start) : source.substring(start, end);
      String trimmed = line.stripLeading();
      if (trimmed.startsWith("/**")) {
        inDoc = true;
      }
      if (inDoc && trimmed.startsWith("* ") && line.length() > WIDTH) {
        wrapLine(line, line.length() - trimmed.length() + 2, out);
      } else {
        out.append(line);
      }
      if (trimmed.endsWith("*/")) {
        inDoc = false;
      }
      if (end < 0) {
        break;
      }
      out.append('\n');
      start = end + 1;
    }
    return out.toString();
  }

  /** One long {@code " * text"} line as several, each with the same {@code " * "} prefix. */
  private static void wrapLine(String line, int textStart, StringBuilder out) {
    String prefix = line.substring(0, textStart);
    String text = line.substring(textStart);
    int column = prefix.length();
    out.append(prefix);
    boolean first = true;
    for (String word : text.split(" ", -1)) {
      if (!first && column + 1 + word.length() > WIDTH) {
        out.append('\n').append(prefix);
        column = prefix.length();
      } else if (!first) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
      first = false;
    }
  }
}
