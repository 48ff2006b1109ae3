package io.errcat.runtime;

import static io.errcat.runtime.Products.headers;
import static io.errcat.runtime.Products.utf8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.runtime.DecodeFailure.Reason;
import io.errcat.runtime.Products.Product;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken response bodies: each decodes, without throwing, to details holding the
 * status, the raw code if there was one, the reason, and a bounded excerpt of the body.
 */
class BadBodiesTest {
  private static final int MIB = 1 << 20;

  /**
   * One bad response and what must come of it.
   *
   * @param reason the expected failure, or null when the body decodes despite looking bad
   * @param code the expected raw code, or null
   * @param excerptStart what the excerpt must start with, or null to skip that check
   */
  record Case(String name, Product product, int status, Map<String, List<String>> headers,
      byte[] body, Reason reason, String code, String excerptStart) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    Product faas = Products.FAAS;
    Product yr = Products.YUANRONG;
    String html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center>"
        + "<h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>";
    String tenMibString = "{\"Code\":\"SHELL NOT MATCH\",\"Message\":\"" + "a".repeat(10 * MIB)
        + "\"}";
    return Stream.of(
        new Case("proxy HTML page", faas, 502, headers("Content-Type", "text/html"), utf8(html),
            Reason.MALFORMED_JSON, null, "<html>\r\n<head><title>502 Bad Gateway"),
        new Case("empty body", faas, 503, null, new byte[0], Reason.EMPTY_BODY, null, ""),
        new Case("null body", faas, 504, headers(), null, Reason.EMPTY_BODY, null, ""),
        new Case("whitespace only", faas, 500, null, utf8(" \r\n\t "), Reason.EMPTY_BODY, null,
            " \r\n\t "),
        new Case("status without body, content-length 0", faas, 429,
            headers("Content-Length", "0"), new byte[0], Reason.EMPTY_BODY, null, ""),
        new Case("truncated after the code", faas, 400, null,
            utf8("{\"Code\":\"SHELL NOT MATCH\",\"Mess"), Reason.TRUNCATED, "SHELL NOT MATCH",
            "{\"Code\":\"SHELL NOT MATCH\",\"Mess"),
        new Case("truncated inside the code", faas, 400, null, utf8("{\"Code\":\"SHELL NOT"),
            Reason.TRUNCATED, null, "{\"Code\":\"SHELL NOT"),
        new Case("truncated after the brace", faas, 400, null, utf8("{"), Reason.TRUNCATED, null,
            "{"),
        new Case("code is an object", faas, 400, null, utf8("{\"Code\":{\"x\":1}}"),
            Reason.BAD_CODE_TYPE, null, "{\"Code\":{"),
        new Case("code is an array", faas, 400, null, utf8("{\"Code\":[\"SHELL NOT MATCH\"]}"),
            Reason.BAD_CODE_TYPE, null, "{\"Code\":["),
        new Case("code is a boolean", faas, 400, null, utf8("{\"Code\":true}"),
            Reason.BAD_CODE_TYPE, null, "{\"Code\":true}"),
        new Case("code is null", faas, 400, null, utf8("{\"Code\":null,\"Message\":\"m\"}"),
            Reason.MISSING_CODE, null, "{\"Code\":null"),
        new Case("code is empty", faas, 400, null, utf8("{\"Code\":\"\"}"),
            Reason.MISSING_CODE, null, "{\"Code\":\"\"}"),
        new Case("no code member", faas, 400, null, utf8("{\"Message\":\"no code here\"}"),
            Reason.MISSING_CODE, null, "{\"Message\""),
        new Case("100k open brackets", faas, 400, null, utf8("[".repeat(100_000)),
            Reason.NOT_AN_OBJECT, null, "[[[["),
        new Case("100k nested arrays inside the object", faas, 400, null,
            utf8("{\"Code\":\"SHELL NOT MATCH\",\"x\":" + "[".repeat(100_000)),
            Reason.TOO_COMPLEX, "SHELL NOT MATCH", "{\"Code\""),
        new Case("100k nested objects", faas, 400, null,
            utf8("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)), Reason.TOO_COMPLEX, null,
            "{\"a\":{\"a\":"),
        new Case("10 MB message", faas, 400, null, utf8(tenMibString), Reason.TOO_LARGE,
            "SHELL NOT MATCH", "{\"Code\":\"SHELL NOT MATCH\",\"Message\":\"aaaa"),
        new Case("10 MB of spaces before the object", faas, 400, null,
            utf8(" ".repeat(10 * MIB) + "{\"Code\":\"SHELL NOT MATCH\"}"), Reason.TOO_LARGE,
            null, "    "),
        new Case("10 MB of members", faas, 400, null, manyMembers(10 * MIB), Reason.TOO_LARGE,
            null, "{\"m0\":0,"),
        new Case("1 MiB of members (token limit)", faas, 400, null, manyMembers(MIB - 100),
            Reason.TOO_COMPLEX, null, "{\"m0\":0,"),
        new Case("Latin-1 message (invalid UTF-8)", faas, 400, null,
            "{\"Code\":\"SHELL NOT MATCH\",\"Message\":\"caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1),
            Reason.INVALID_UTF8, "SHELL NOT MATCH", "{\"Code\":\"SHELL NOT MATCH\",\"Message\":\"caf\uFFFD\"}"),
        new Case("invalid UTF-8 garbage", faas, 500, null,
            bytes(0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC),
            Reason.MALFORMED_JSON, null, "\uFFFD("),
        new Case("cut UTF-8 sequence at the end", faas, 400, null,
            concat(utf8("{\"Code\":\"SHELL NOT MATCH\",\"Message\":\"\u20ac"), bytes(0xE2, 0x82)),
            Reason.TRUNCATED, "SHELL NOT MATCH", "{\"Code\":\"SHELL NOT MATCH\",\"Message\":\"\u20ac"),
        new Case("unknown code", faas, 400, null, utf8("{\"Code\":\"NO SUCH CODE\"}"),
            Reason.UNKNOWN_CODE, "NO SUCH CODE", "{\"Code\":\"NO SUCH CODE\"}"),
        new Case("numeric code in a string catalog", faas, 404, null, utf8("{\"Code\":404}"),
            Reason.UNKNOWN_CODE, "404", "{\"Code\":404}"),
        new Case("huge exponent as code", yr, 400, null, utf8("{\"code\":1e999999999}"),
            Reason.UNKNOWN_CODE, "1e999999999", "{\"code\":1e999999999}"),
        new Case("5000-digit number as code", yr, 400, null,
            utf8("{\"code\":" + "9".repeat(5000) + "}"), Reason.TOO_COMPLEX, null, "{\"code\":999"),
        new Case("10k-char code", faas, 400, null, utf8("{\"Code\":\"" + "C".repeat(10_000) + "\"}"),
            Reason.UNKNOWN_CODE, "C".repeat(Json.MAX_VALUE_CHARS), "{\"Code\":\"CCCC"),
        new Case("JSON array of errors", faas, 400, null,
            utf8("[{\"Code\":\"SHELL NOT MATCH\"}]"), Reason.NOT_AN_OBJECT, null, "[{\"Code\""),
        new Case("JSON string", faas, 400, null, utf8("\"SHELL NOT MATCH\""),
            Reason.NOT_AN_OBJECT, null, "\"SHELL NOT MATCH\""),
        new Case("JSON number", yr, 404, null, utf8("4115"), Reason.NOT_AN_OBJECT, null, "4115"),
        new Case("JSON null", faas, 500, null, utf8("null"), Reason.NOT_AN_OBJECT, null, "null"),
        new Case("NUL bytes only", faas, 500, null, new byte[16], Reason.MALFORMED_JSON, null,
            "\uFFFD\uFFFD\uFFFD"),
        new Case("raw NUL inside the code", faas, 400, null,
            utf8("{\"Code\":\"SHELL\u0000NOT MATCH\"}"), Reason.MALFORMED_JSON, null,
            "{\"Code\":\"SHELL\uFFFDNOT MATCH\"}"),
        new Case("single quotes", faas, 400, null, utf8("{'Code':'SHELL NOT MATCH'}"),
            Reason.MALFORMED_JSON, null, "{'Code'"),
        new Case("comment", faas, 400, null, utf8("{/* hi */\"Code\":\"SHELL NOT MATCH\"}"),
            Reason.MALFORMED_JSON, null, "{/* hi */"),
        new Case("XML error document", faas, 400, headers("Content-Type", "text/xml"),
            utf8("<?xml version=\"1.0\"?><Error><Code>SHELL NOT MATCH</Code></Error>"),
            Reason.MALFORMED_JSON, null, "<?xml"),
        new Case("plain text 503", faas, 503, headers("Content-Type", "text/plain"),
            utf8("Service Unavailable"), Reason.MALFORMED_JSON, null, "Service Unavailable"),
        new Case("problem+json that is not JSON", faas, 500,
            headers("Content-Type", "application/problem+json"), utf8("oops"),
            Reason.MALFORMED_JSON, null, "oops"),
        new Case("problem+json with an object code", faas, 500,
            headers("Content-Type", "application/problem+json"),
            utf8("{\"type\":\"about:blank\",\"code\":{}}"), Reason.BAD_CODE_TYPE, null, "{\"type\""),
        new Case("problem+json without code", faas, 404,
            headers("Content-Type", "application/problem+json"),
            utf8("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}"),
            Reason.MISSING_CODE, null, "{\"type\""),
        new Case("HTML body with the code in X-Inner-Code", yr, 404,
            headers("X-Inner-Code", "4115", "Content-Type", "text/html"), utf8("<h1>oops</h1>"),
            Reason.MALFORMED_JSON, "4115", "<h1>oops</h1>"),
        new Case("unknown code in X-Inner-Code", yr, 500, headers("X-Inner-Code", "9999"),
            new byte[0], Reason.UNKNOWN_CODE, "9999", ""),
        new Case("lone surrogate escape as code", faas, 400, null, utf8("{\"Code\":\"\\ud800\"}"),
            Reason.UNKNOWN_CODE, "\ud800", "{\"Code\":\"\\ud800\"}"),
        new Case("control characters in the excerpt", faas, 500, null,
            utf8("\u001b[31mred\u0007"), Reason.MALFORMED_JSON, null, "\uFFFD[31mred\uFFFD"),
        new Case("null header name (HttpURLConnection status line)", faas, 502,
            nullNameHeaders(), utf8("Bad Gateway"), Reason.MALFORMED_JSON, null, "Bad Gateway"),
        new Case("status 0 and a negative status", faas, -1, null, utf8("{}"),
            Reason.MISSING_CODE, null, "{}"),
        // Bodies that look wrong but decode: no failure.
        new Case("UTF-8 byte order mark", faas, 400, null,
            concat(bytes(0xEF, 0xBB, 0xBF), utf8("{\"Code\":\"SHELL NOT MATCH\"}")), null,
            "SHELL NOT MATCH", null),
        new Case("UTF-16 body with byte order mark", faas, 400, null,
            "\uFEFF{\"Code\":\"SHELL NOT MATCH\"}".getBytes(StandardCharsets.UTF_16BE), null,
            "SHELL NOT MATCH", null),
        new Case("duplicate members: the first wins", faas, 400, null,
            utf8("{\"Code\":\"SHELL NOT MATCH\",\"Code\":\"ANOTHER TASK RUNNING\"}"), null,
            "SHELL NOT MATCH", null),
        new Case("trailing garbage after the object", faas, 400, null,
            utf8("{\"Code\":\"SHELL NOT MATCH\"}<html>"), null, "SHELL NOT MATCH", null),
        new Case("message of the wrong type is dropped", faas, 400, null,
            utf8("{\"Code\":\"SHELL NOT MATCH\",\"Message\":{\"deep\":[1,2,3]}}"), null,
            "SHELL NOT MATCH", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decodesWithoutThrowing(Case c) {
    ErrorDetails d = c.product().codec().fromHttp(c.status(), c.headers(), c.body());
    DecodeFailure f = d.failure();
    int length = c.body() == null ? 0 : c.body().length;
    assertAll(
        () -> assertEquals(c.status(), d.httpStatus(), "status"),
        () -> assertEquals(c.code(), d.code(), "raw code"),
        () -> assertEquals(c.reason(), f == null ? null : f.reason(), () -> "reason " + f),
        () -> {
          if (f != null) {
            assertTrue(f.excerpt().length() <= HttpErrorCodec.DEFAULT_MAX_EXCERPT, "bounded");
            assertEquals(length, f.bodyLength());
            assertTrue(f.excerpt().startsWith(c.excerptStart()),
                () -> "excerpt " + f.excerpt().substring(0, Math.min(60, f.excerpt().length())));
            assertTrue(f.detail().length() <= DecodeFailure.MAX_DETAIL);
          }
        },
        () -> {
          // the known code resolves even when the body was otherwise bad
          ErrorCode known = c.code() == null ? null : c.product().error(c.code());
          assertSame(known, d.error());
        },
        () -> assertNotNull(d.retry()));
    TestException e = new TestException(d);
    assertNotNull(e.getMessage());
    assertNotNull(e.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void wireAndProblemDecodersNeverThrowEither(Case c) {
    DecodedBody wire = c.product().wire().decode(c.status(), c.headers(), c.body());
    DecodedBody problem = ProblemDetails.decode(c.status(), c.body());
    assertNotNull(wire);
    assertNotNull(problem);
  }

  @org.junit.jupiter.api.Test
  void thereAreAtLeastThirtyBadBodies() {
    assertTrue(cases().filter(c -> c.reason() != null).count() >= 30);
  }

  @org.junit.jupiter.api.Test
  void aStatusWithoutBodyKeepsTheDefaultRetryPolicy() {
    ErrorDetails d = Products.FAAS.codec().fromHttp(429, null, null);
    assertEquals(RetryHint.THROTTLED, d.retry());
    assertNull(d.error());
    assertEquals("HTTP 429: empty body", new TestException(d).getMessage());
  }

  @org.junit.jupiter.api.Test
  void aThrowingLookupCountsAsUnknown() {
    HttpErrorCodec codec = HttpErrorCodec.builder(Products.FAAS.wire(), code -> {
      throw new IllegalStateException("boom");
    }).build();
    ErrorDetails d = codec.fromHttp(400, null, utf8("{\"Code\":\"SHELL NOT MATCH\"}"));
    assertEquals(Reason.UNKNOWN_CODE, d.failure().reason());
    assertEquals("SHELL NOT MATCH", d.code());
  }

  @org.junit.jupiter.api.Test
  void excerptBoundIsConfigurableAndKeepsSurrogatePairsWhole() {
    HttpErrorCodec codec = HttpErrorCodec.builder(Products.FAAS.wire(), Products.FAAS::fromCode)
        .maxExcerptChars(5).build();
    // 4 chars then an emoji (a surrogate pair) that would straddle the bound
    ErrorDetails d = codec.fromHttp(500, null, utf8("<abc\uD83D\uDE00def"));
    assertEquals("<abc", d.failure().excerpt());
  }

  private static byte[] manyMembers(int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size + 32);
    out.write('{');
    for (int i = 0; out.size() < size; i++) {
      out.writeBytes(utf8("\"m" + i + "\":0,"));
    }
    out.writeBytes(utf8("\"end\":0}"));
    return out.toByteArray();
  }

  private static Map<String, List<String>> nullNameHeaders() {
    Map<String, List<String>> h = new HashMap<>();
    h.put(null, List.of("HTTP/1.1 502 Bad Gateway"));
    h.put("Content-Type", Arrays.asList((String) null, "text/plain"));
    h.put("X-Empty", null);
    return h;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
