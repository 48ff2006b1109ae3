package io.errcat.runtime;

import static io.errcat.runtime.Products.headers;
import static io.errcat.runtime.Products.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a fuzzing and fault run found in the runtime, each kept as a regression: streams that
 * break read's contract, a body's impossible status, problem+json without detail, and untrusted
 * text in messages, {@code toString()} and headers.
 */
class HardeningTest {
  /** Returns 0 from every bulk read, forever; its one-byte read gives the body, then the end. */
  private static InputStream zeroReads(byte[] body) {
    return new InputStream() {
      private int next;

      @Override
      public int read(byte[] b, int off, int len) {
        return 0;
      }

      @Override
      public int read() {
        return next < body.length ? body[next++] & 0xFF : -1;
      }
    };
  }

  @Test
  void aStreamThatReadsZeroBytesDoesNotSpin() {
    byte[] body = utf8("{\"Code\":\"SHELL NOT MATCH\",\"Message\":\"m\"}");
    ErrorDetails d = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> Products.FAAS.codec().fromStream(400, null, zeroReads(body), null));
    assertEquals("SHELL NOT MATCH", d.code());
    assertEquals("m", d.message());
    ErrorDetails empty = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> Products.FAAS.codec().fromStream(503, null, zeroReads(new byte[0]), null));
    assertEquals(DecodeFailure.Reason.EMPTY_BODY, empty.failure().reason());
  }

  @Test
  void aBodysImpossibleStatusIsNotTheHttpStatus() {
    ErrorDetails d = Products.FAAS.codec().fromHttp(0, headers("Content-Type",
        "application/problem+json"), utf8("{\"type\":\"about:blank\",\"title\":\"t\","
        + "\"status\":999,\"detail\":\"d\"}"));
    assertEquals(0, d.httpStatus(), "999 is no HTTP status");
    ErrorDetails ok = Products.FAAS.codec().fromHttp(0, headers("Content-Type",
        "application/problem+json"), utf8("{\"title\":\"t\",\"status\":429,\"detail\":\"d\"}"));
    assertEquals(429, ok.httpStatus());
  }

  @Test
  void aProblemWithoutDetailKeepsANullMessage() {
    HttpErrorCodec codec = Products.FAAS.codec();
    ErrorDetails sent = ErrorDetails.builder().code("NEWER CODE").httpStatus(409).build();
    assertNull(sent.message());
    ErrorDetails back = codec.fromHttp(codec.toProblem(sent));
    assertEquals("NEWER CODE", back.code());
    assertNull(back.message(), "the title errcat writes for a code without text is no message");
    ErrorDetails titled = codec.fromHttp(409, headers("Content-Type", "application/problem+json"),
        utf8("{\"title\":\"Out of credit\",\"status\":409}"));
    assertEquals("Out of credit", titled.message(), "a real title stands in for the detail");
  }

  @Test
  void untrustedTextReachesLogsOnOneLineAndHeadersWithoutBreaks() {
    byte[] hostile = utf8("{\"Code\":\"X\\r\\n[INFO] BUILD SUCCESS\",\"Message\":\"a\\u001B[2Jb"
        + "\\u0000c\\nd\\u2028e\",\"RequestId\":\"r\\r\\nSet-Cookie: s=1\"}");
    ErrorDetails d = Products.FAAS.codec().fromHttp(400, null, hostile);
    TestException e = new TestException(d);
    assertEquals("a\\u001b[2Jb\\u0000c\\nd\\u2028e", e.getMessage());
    assertFalse(e.toString().contains("\n") || e.toString().contains("\r")
        || e.toString().contains("\u001B"), e.toString());
    assertTrue(e.toString().contains("[X\\r\\n[INFO] BUILD SUCCESS]"), e.toString());
    assertEquals("a\u001B[2Jb\u0000c\nd\u2028e", d.message(), "the details keep the raw text");
    assertFalse(d.failure() == null ? false : d.failure().toString().contains("\n"));

    HttpError answer = HttpErrorCodec.builder(WireFormat.builder("Code")
            .requestIdHeader("X-Request-Id").codeHeader("X-Code").build(), c -> java.util.Optional.empty())
        .build().toHttp(d);
    for (List<String> values : answer.headers().values()) {
      for (String v : values) {
        assertFalse(v.contains("\r") || v.contains("\n"), v);
      }
    }
  }

  @Test
  void logSafeEscapesControlsSeparatorsBidiAndLoneSurrogates() {
    assertEquals("plain \u00e9 \uD83D\uDE00", LogSafe.text("plain \u00e9 \uD83D\uDE00"));
    assertEquals("\\t\\n\\r\\u0000\\u007f\\u0085\\u2029\\u202e\\u2066\\ud800x\\udc00",
        LogSafe.text("\t\n\r\u0000\u007F\u0085\u2029\u202E\u2066\uD800x\uDC00"));
    assertNull(LogSafe.text(null));
  }
}
