package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of every wire decoder: the four products' JSON (and FaaS's XML), problem
 * JSON, headers and streams. The first byte chooses the product, the {@code Content-Type}, a
 * {@code Retry-After} and whether the body arrives whole or as a trickling stream; the rest is the
 * body. Never an exception; a failure recorded whenever the error is not known; the message and
 * {@code toString()} on one line; the stream and the array decode alike. In {@code mvn verify}
 * it replays its corpus ({@code DecoderFuzzTestInputs/decoders}: the products' real bodies and
 * every crash found); to fuzz: {@code JAZZER_FUZZ=1 mvn -pl runtime/core test
 * -Dtest=DecoderFuzzTest}.
 */
@Tag("fuzz") // replayed in its own fork: see the pom
class DecoderFuzzTest {
  private static final String[] TYPES = {null, "application/json", "application/problem+json",
      "text/xml", "text/html; charset=utf-8", "application/json; charset=utf-16"};
  private static final String[] RETRY_AFTER = {null, "120", "Sun, 06 Nov 1994 08:49:37 GMT",
      "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "soon"};

  @FuzzTest(maxDuration = "10m")
  void decoders(byte[] data) {
    if (data.length == 0) {
      return;
    }
    int choice = data[0] & 0xFF;
    Products.Product product = Products.ALL.get(choice % Products.ALL.size());
    String type = TYPES[(choice >> 2) % TYPES.length];
    String retryAfter = RETRY_AFTER[(choice >> 3) % RETRY_AFTER.length];
    int status = new int[] {400, 404, 429, 500, 502, 503, 0, 200}[(choice >> 5) & 7];
    byte[] body = Arrays.copyOfRange(data, 1, data.length);
    Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (type != null) {
      headers.put("Content-Type", List.of(type));
    }
    if (retryAfter != null) {
      headers.put("Retry-After", List.of(retryAfter));
    }
    HttpErrorCodec codec = product.codec();
    ErrorDetails d = codec.fromHttp(status, headers, body);
    assertNotNull(d);
    assertTrue(d.failure() != null || d.error() != null, "no failure means a known error: " + d);
    TestException e = new TestException(d);
    assertFalse(e.getMessage().contains("\n") || e.toString().contains("\r"), e::toString);
    assertTrue(d.retry().retryable() || d.retry().after() == null, d.retry()::toString);

    ErrorDetails streamed = codec.fromStream(status, headers, trickle(body), null);
    assertEquals(d.code(), streamed.code());
    assertEquals(d.error(), streamed.error());
    assertEquals(d.message(), streamed.message());

    // whatever was decoded encodes again, in every form, without throwing
    for (BodyForm form : BodyForm.values()) {
      assertNotNull(codec.toHttpAs(d, form).body());
    }
  }

  /** The body one to three bytes at a time, with reads of zero bytes in between. */
  private static InputStream trickle(byte[] body) {
    return new ByteArrayInputStream(body) {
      private int calls;

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        calls++;
        if (calls % 3 == 0) {
          return 0;
        }
        return super.read(b, off, Math.min(len, 1 + calls % 3));
      }
    };
  }
}
