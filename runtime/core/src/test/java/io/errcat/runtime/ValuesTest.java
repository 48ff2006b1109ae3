package io.errcat.runtime;

import static io.errcat.runtime.Products.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value types: immutability, defaults, headers, messages, serialization. */
class ValuesTest {

  @Test
  void httpErrorIsImmutableWithCaseInsensitiveHeaders() {
    Map<String, List<String>> h = new HashMap<>();
    List<String> values = new ArrayList<>(List.of("application/problem+json; charset=UTF-8"));
    h.put("content-TYPE", values);
    byte[] body = utf8("{}");
    HttpError e = HttpError.of(400, h, body);
    values.add("changed");
    body[0] = 'x';
    e.body()[0] = 'y';
    assertEquals(List.of("application/problem+json; charset=UTF-8"),
        e.headers().get("Content-Type"));
    assertEquals("application/problem+json", e.contentType().orElseThrow());
    assertEquals("{}", e.bodyText());
    assertThrows(UnsupportedOperationException.class, () -> e.headers().put("a", List.of()));
    assertThrows(UnsupportedOperationException.class,
        () -> e.headers().get("content-type").add("x"));
    assertEquals(HttpError.of(400, Map.of("Content-Type",
        List.of("application/problem+json; charset=UTF-8")), utf8("{}")), e);
    assertNotEquals(HttpError.of(400, h, utf8("{ }")), e);
    assertEquals("HttpError[status=400, headers={content-TYPE=[application/problem+json;"
        + " charset=UTF-8]}, body=2 bytes]", e.toString());
  }

  @Test
  void headersWithTheSameNameInOtherCaseAreMerged() {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("X-A", List.of("1"));
    h.put("x-a", List.of("2"));
    assertEquals(List.of("1", "2"), HttpError.of(200, h, null).headers().get("X-a"));
  }

  @Test
  void detailsDefaultFromTheError() {
    TestError e = Products.FC.error("VersionNotFound");
    ErrorDetails d = ErrorDetails.of(e, 3L, "svc");
    assertSame(e, d.error());
    assertEquals("VersionNotFound", d.code());
    assertEquals(404, d.httpStatus());
    assertEquals("version '3' of service 'svc' does not exist", d.message());
    assertEquals(RetryHint.NONE, d.retry());
    assertEquals(Map.of(), d.extras());
    assertNull(d.failure());
    assertEquals(d, d.toBuilder().build());
  }

  @Test
  void templatesNeverThrow() {
    TestError e = Products.FC.error("VersionNotFound");
    assertEquals("version '%d' of service '%s' does not exist [x, svc]", e.format("x", "svc"));
    assertEquals("version '%d' of service '%s' does not exist", e.format());
    assertEquals("version '1' of service 'null' does not exist", e.format(1, null));
    assertNull(new TestError("C", "C", 0, null, null).format("a"));
  }

  @Test
  void templatesIgnoreTheDefaultLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
      assertEquals("version '1234567' of service 'I' does not exist",
          Products.FC.error("VersionNotFound").format(1234567, "I"));
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void extrasKeepOrderAndAreImmutable() {
    ErrorDetails d = ErrorDetails.builder().code("c").extra("b", "1").extra("a", "2")
        .extra("b", null).extra("c", "3").build();
    assertEquals(List.of("a", "c"), List.copyOf(d.extras().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> d.extras().put("x", "y"));
  }

  @Test
  void exceptionMessageAndToString() {
    ErrorDetails known = ErrorDetails.builder(Products.FAAS.error("SHELL NOT MATCH"))
        .requestId("r").build();
    TestException e = new TestException(known);
    assertEquals("The shell type of image does not match the FPGA.", e.getMessage());
    assertEquals("io.errcat.runtime.TestException: [SHELL NOT MATCH] The shell type of image"
        + " does not match the FPGA. (HTTP 400, request id r)", e.toString());
    assertEquals(true, e.isKnown());

    TestException inProcess = new TestException(
        ErrorDetails.builder(Products.YUANRONG.error("1005")).message(null).build());
    assertEquals("error: ERR_INVOKE_RATE_LIMITED", inProcess.getMessage());
    assertEquals("io.errcat.runtime.TestException: [1005] error: ERR_INVOKE_RATE_LIMITED",
        inProcess.toString());

    TestException fallback = new TestException(Products.FAAS.codec().fromHttp(502, null,
        utf8("<html>")));
    assertEquals("HTTP 502: unexpected character '<' (code 60) at byte 0: expected a value",
        fallback.getMessage());
    assertEquals(false, fallback.isKnown());
    assertNull(fallback.error());
    assertEquals("<html>", fallback.decodeFailure().orElseThrow().excerpt());
  }

  @Test
  void exceptionsSerialize() throws IOException, ClassNotFoundException {
    ErrorDetails d = Products.FAAS.codec().fromHttp(503, Products.headers("Retry-After", "5"),
        utf8("{\"Code\":\"ANOTHER TASK RUNNING\",\"HostId\":\"h\",\"x\":"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new TestException(d));
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      TestException back = (TestException) in.readObject();
      assertEquals(d.code(), back.code());
      assertEquals(d.retry(), back.retry());
      assertEquals(d.extras(), back.extras());
      assertEquals(d.failure(), back.decodeFailure().orElseThrow());
    }
  }

  @Test
  void streamsAreReadOneBytePastTheBound() {
    HttpErrorCodec codec = HttpErrorCodec.builder(Products.FAAS.wire(), Products.FAAS::fromCode)
        .maxBodyBytes(100).build();
    ByteArrayInputStream in = new ByteArrayInputStream(new byte[10_000]);
    ErrorDetails d = codec.fromStream(400, null, in, null);
    assertEquals(DecodeFailure.Reason.TOO_LARGE, d.failure().reason());
    assertEquals(101, d.failure().bodyLength());
    assertEquals(10_000 - 101, in.available(), "the rest is left unread");
    assertEquals(DecodeFailure.Reason.EMPTY_BODY,
        codec.fromStream(503, null, null, null).failure().reason());
  }

  @Test
  void aStreamThatFailsAfterACompleteBodyStillDecodes() {
    byte[] body = utf8("{\"Code\":\"SHELL NOT MATCH\"}");
    InputStream failing = new SequenceInputStream(new ByteArrayInputStream(body),
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        });
    ErrorDetails d = Products.FAAS.codec().fromStream(400, null, failing, null);
    assertSame(Products.FAAS.error("SHELL NOT MATCH"), d.error());
    assertNull(d.failure(), "the bytes read already explain the error");
  }

  @Test
  void standaloneProblemDecodeKeepsExtensions() {
    DecodedBody b = ProblemDetails.decode(0, utf8("{\"type\":\"https://x/#A\",\"title\":\"T\","
        + "\"status\":409,\"detail\":\"D\",\"instance\":\"/i/1\",\"code\":\"A\",\"balance\":30,"
        + "\"accounts\":[\"/a/1\"],\"requestId\":\"r\",\"operation\":\"Op\"}"));
    assertEquals(409, b.status(), "status 0 takes the problem's");
    assertEquals("A", b.code());
    assertEquals("D", b.message());
    assertEquals("r", b.requestId());
    assertEquals("Op", b.operation());
    assertEquals(new ProblemDetails("https://x/#A", "T", 409, "D", "/i/1",
        Map.of("code", "A", "balance", "30", "requestId", "r", "operation", "Op")), b.problem());
    assertNull(b.failure());
  }

  @Test
  void problemExtensionsCannotShadowStandardMembers() {
    ProblemDetails p = new ProblemDetails(null, null, 0, null, null,
        Map.of("type", "evil", "status", "1", "code", "c"));
    assertEquals(Map.of("code", "c"), p.extensions());
    assertEquals("{\"type\":\"about:blank\",\"code\":\"c\"}",
        new String(p.encode(), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void failureDetailsCannotCarryControlCharactersIntoLogs() {
    ErrorDetails d = Products.FAAS.codec().fromHttp(400, null,
        utf8("{\"Code\":\"X\\u001b[2J\\r\\nFAKE LOG LINE\"}"));
    assertEquals("X\u001b[2J\r\nFAKE LOG LINE", d.code(), "the code itself is kept as sent");
    assertEquals("code 'X\uFFFD[2J\uFFFD\uFFFDFAKE LOG LINE' is not in the catalog",
        d.failure().detail());
  }

  @Test
  void nullExtraNamesAndValuesAreDropped() {
    Map<String, String> m = new HashMap<>();
    m.put(null, "v");
    m.put("k", null);
    m.put("ok", "1");
    assertEquals(Map.of("ok", "1"), ErrorDetails.builder().extras(m).build().extras());
  }
}
