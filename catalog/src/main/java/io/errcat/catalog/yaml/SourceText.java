package io.errcat.catalog.yaml;

import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.catalog.model.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The raw text of a catalog before YAML sees it: strict UTF-8 decoding (a malformed byte is a
 * problem with its position, never a replacement character) and a scan for characters YAML
 * rejects or that make indentation ambiguous (tabs). Lines and columns are counted the way
 * SnakeYAML counts them (1-based, in code points, breaks at LF, CR, CRLF, NEL, LS and PS), so
 * positions from here and from the parser agree.
 */
final class SourceText {
  private SourceText() {}

  /** Decodes {@code bytes} as UTF-8 without a leading BOM; reports EC003 and returns null if malformed. */
  static String decode(String file, byte[] bytes, Problems problems) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      out.flip();
      Position at = positionAfter(file, out);
      problems.add(ProblemId.EC003, at, bytes[offset] & 0xFF, offset);
      return null;
    }
    out.flip();
    return out.toString();
  }

  /** Reports every tab in a line's indentation (EC004) and every character YAML forbids (EC005). */
  static void scan(String file, String text, Problems problems) {
    int line = 1;
    int column = 1;
    boolean inIndent = true;
    int tabColumn = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (isBreak(c, text, i)) {
        line++;
        column = 1;
        inIndent = true;
        tabColumn = 0;
        i = next;
        continue;
      }
      if (inIndent) {
        if (c == '\t') {
          tabColumn = tabColumn == 0 ? column : tabColumn;
        } else if (c != ' ' && c != '\r') {
          inIndent = false;
          if (tabColumn != 0) {
            problems.add(ProblemId.EC004, new Position(file, line, tabColumn));
          }
        }
      }
      if (!isPrintable(c)) {
        problems.add(ProblemId.EC005, new Position(file, line, column), c);
      }
      column++;
      i = next;
    }
  }

  /** The position just after {@code text}, i.e. of the character that would follow it. */
  static Position positionAfter(String file, CharSequence text) {
    int line = 1;
    int column = 1;
    String s = text.toString();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (isBreak(c, s, i)) {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    return new Position(file, line, column);
  }

  /** A line break as SnakeYAML counts one: CR only when not followed by LF. */
  private static boolean isBreak(int c, String text, int i) {
    return c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029
        || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
  }

  /** YAML 1.1's printable set, the one SnakeYAML enforces. */
  private static boolean isPrintable(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0x7E || c == 0x85
        || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
  }
}
