package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.runtime.Products.Product;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Valid bodies of every product, mutated at random (fixed seed, so a failure reproduces): byte
 * flips, cuts, insertions of JSON (or XML) punctuation, duplicated spans. Whatever comes out,
 * decoding returns details with the status and a bounded excerpt, and never throws.
 */
class MutationTest {
  private static final byte[] PUNCTUATION = Products.utf8("{}[]\",:\\0-.eE \u00ff");
  private static final byte[] XML_PUNCTUATION = Products.utf8("<>/&;!?[]='\"%#x \u00ff");

  @Test
  void mutatedBodiesNeverThrow() {
    Random random = new Random(20261126L);
    int failures = 0;
    int total = 0;
    for (Product p : Products.ALL) {
      HttpErrorCodec codec = p.codec();
      for (TestError e : p.errors().values()) {
        ErrorDetails d = ErrorDetails.builder(e).requestId("req-\u00e9\uD83D\uDE00")
            .extra("HostId", "h").extra("trace_id", "t").build();
        for (HttpError valid : new HttpError[] {codec.toHttp(d), codec.toProblem(d)}) {
          for (int i = 0; i < 1500; i++) {
            byte[] body = mutate(valid.body(), random, PUNCTUATION);
            int status = random.nextInt(5) == 0 ? random.nextInt(1000) - 100 : valid.status();
            ErrorDetails got = codec.fromHttp(status, valid.headers(), body);
            total++;
            if (status > 0) {
              assertEquals(status, got.httpStatus()); // else a problem's status may stand in
            }
            assertNotNull(got.retry());
            if (got.failure() != null) {
              failures++;
              assertTrue(got.failure().excerpt().length() <= HttpErrorCodec.DEFAULT_MAX_EXCERPT);
              assertEquals(body.length, got.failure().bodyLength());
            }
            assertNotNull(new TestException(got).toString());
          }
        }
      }
    }
    assertTrue(failures > total / 4, "the mutations must break most bodies: " + failures);
  }

  @Test
  void mutatedXmlBodiesNeverThrow() {
    Random random = new Random(20261201L);
    HttpErrorCodec codec = WireFormsTest.codec(WireFormsTest.POP, WireFormsTest.SHELL);
    ErrorDetails d = ErrorDetails.builder(WireFormsTest.SHELL).requestId("R-\u00e9\uD83D\uDE00")
        .extra("HostId", "h").extra("Recommend", "https://x/?a=1&b=2").build();
    HttpError valid = codec.toHttpAs(d, BodyForm.XML);
    int failures = 0;
    for (int i = 0; i < 5000; i++) {
      byte[] body = mutate(valid.body(), random, XML_PUNCTUATION);
      ErrorDetails got = codec.fromHttp(valid.status(), valid.headers(), body);
      assertEquals(valid.status(), got.httpStatus());
      if (got.failure() != null) {
        failures++;
        assertTrue(got.failure().excerpt().length() <= HttpErrorCodec.DEFAULT_MAX_EXCERPT);
        assertEquals(body.length, got.failure().bodyLength());
        assertTrue(got.failure().reason() != DecodeFailure.Reason.INTERNAL_ERROR,
            got.failure().toString());
      } else {
        assertEquals("SHELL NOT MATCH", got.code());
      }
      assertNotNull(new TestException(got).toString());
    }
    assertTrue(failures > 1000, "the mutations must break many bodies: " + failures);
  }

  static byte[] mutate(byte[] body, Random r, byte[] punctuation) {
    byte[] b = body;
    int edits = 1 + r.nextInt(4);
    for (int k = 0; k < edits && b.length > 0; k++) {
      int at = r.nextInt(b.length);
      switch (r.nextInt(5)) {
        case 0: // flip a byte
          b = b.clone();
          b[at] = (byte) r.nextInt(256);
          break;
        case 1: // cut
          b = Arrays.copyOf(b, at);
          break;
        case 2: // insert punctuation
          b = insert(b, at, new byte[] {punctuation[r.nextInt(punctuation.length)]});
          break;
        case 3: // duplicate a span
          int len = Math.min(b.length - at, 1 + r.nextInt(16));
          b = insert(b, at, Arrays.copyOfRange(b, at, at + len));
          break;
        default: // drop a byte
          byte[] c = new byte[b.length - 1];
          System.arraycopy(b, 0, c, 0, at);
          System.arraycopy(b, at + 1, c, at, b.length - at - 1);
          b = c;
          break;
      }
    }
    return b;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    byte[] c = new byte[b.length + what.length];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(what, 0, c, at, what.length);
    System.arraycopy(b, at, c, at + what.length, b.length - at);
    return c;
  }
}
