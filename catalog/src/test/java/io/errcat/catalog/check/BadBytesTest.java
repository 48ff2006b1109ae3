package io.errcat.catalog.check;

import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.ProblemId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.yaml.LoaderLimits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Catalogs that are wrong below the YAML level: bytes that are not UTF-8, and size. */
class BadBytesTest {
  static final String HEAD = BadCatalogTest.HEAD + "errors:\n  - code: A\n    message: ";

  /** HEAD (four lines and 15 columns of line 6), then {@code bad}, then more text. */
  static byte[] withBytes(int... bad) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("# é\n" + HEAD + "ok ").getBytes(StandardCharsets.UTF_8));
    for (int b : bad) {
      out.write(b);
    }
    out.writeBytes(" end\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("stray 0xFF", withBytes(0xFF)),
        Arguments.of("Latin-1 é", withBytes(0xE9, 0x74, 0xE9)),
        Arguments.of("overlong slash", withBytes(0xC0, 0xAF)),
        Arguments.of("encoded surrogate", withBytes(0xED, 0xA0, 0x80)),
        Arguments.of("lone continuation byte", withBytes(0x80)),
        Arguments.of("beyond U+10FFFF", withBytes(0xF4, 0x90, 0x80, 0x80)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void invalidUtf8IsReportedAtItsPosition(String name, byte[] bytes) {
    LoadResult r = BadCatalogTest.loadQuietly("t.yaml", bytes);
    assertEquals(1, r.problems().size(), r.problems().toString());
    Problem p = r.problems().get(0);
    assertEquals(ProblemId.EC003, p.id());
    // line 7 ("# é" first), after "    message: ok " (16 code points)
    assertEquals(new Position("t.yaml", 7, 17), p.position());
    int offset = ("# é\n" + HEAD + "ok ").getBytes(StandardCharsets.UTF_8).length;
    assertTrue(p.message().contains("byte offset " + offset), p.message());
    assertFalse(r.catalog().isPresent());
  }

  @Test
  void truncatedSequenceAtTheEnd() {
    byte[] head = (BadCatalogTest.HEAD + "errors: [{code: A, message: a}]\n#").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE2;
    bytes[head.length + 1] = (byte) 0x82;
    LoadResult r = BadCatalogTest.loadQuietly("t.yaml", bytes);
    assertEquals(ProblemId.EC003, r.problems().get(0).id());
    assertEquals(new Position("t.yaml", 5, 2), r.problems().get(0).position());
  }

  @Test
  void aFileOverTheSizeLimitIsRejectedBeforeParsing() {
    byte[] big = new byte[LoaderLimits.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) '[');
    LoadResult r = BadCatalogTest.loadQuietly("big.yaml", big);
    assertEquals(1, r.problems().size());
    assertEquals(ProblemId.EC002, r.problems().get(0).id());
    assertEquals(new Position("big.yaml", 1, 1), r.problems().get(0).position());
  }

  @Test
  void byteOrderMarkAndCrlfKeepPositions() {
    String text = "\uFEFF" + BadCatalogTest.HEAD.replace("\n", "\r\n")
        + "errors: [{code: A, message: a}]\r\nbogus: 1\r\n";
    LoadResult r = BadCatalogTest.loadQuietly("t.yaml", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertEquals(ProblemId.EC012, r.problems().get(0).id());
    assertEquals(new Position("t.yaml", 5, 1), r.problems().get(0).position());
  }

  @Test
  void columnsCountCodePoints() {
    String text = BadCatalogTest.HEAD + "errors: [{code: A, message: \"\uD83D\uDE00\u00E9\", bogus: 1}]\n";
    LoadResult r = BadCatalogTest.loadQuietly("t.yaml", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(new Position("t.yaml", 4, 35), r.problems().get(0).position());
  }
}
