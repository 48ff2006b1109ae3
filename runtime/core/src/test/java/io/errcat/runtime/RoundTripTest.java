package io.errcat.runtime;

import static io.errcat.runtime.Products.utf8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.errcat.runtime.Products.Product;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Encode then decode gives back the same error, in each wire format and in problem+json. */
class RoundTripTest {

  /** Text that breaks naive escaping in JSON, Java, Javadoc, HTML, headers or terminals. */
  static final List<String> HOSTILE = List.of(
      "plain",
      "quote \" and 'single'",
      "back\\slash \\\" \\\\",
      "comment end */ and start /*",
      "\\u000a as text, and a real\nnewline\r\n\ttab",
      "$dollar ${x} $1 %s %d %%",
      "<script>alert('x')</script> &amp; </p>",
      "emoji \uD83D\uDE00 \uD83C\uDDE8\uD83C\uDDF3 flags",
      "right-to-left \u200F\u202Eabc\u202C mark",
      "lone high \uD800 here",
      "lone low \uDC00 here",
      "reversed pair \uDC00\uD800",
      "NUL \u0000 and bell \u0007 and DEL \u007F",
      "line separators \u2028\u2029",
      "\uFEFFbom first",
      "");

  record Case(Product product, TestError error, String text, boolean problem) {
    @Override
    public String toString() {
      return product.id() + " " + error.code() + (problem ? " problem+json " : " wire ")
          + HOSTILE.indexOf(text);
    }
  }

  static Stream<Case> cases() {
    List<Case> all = new ArrayList<>();
    for (Product p : Products.ALL) {
      for (TestError e : p.errors().values()) {
        for (String text : HOSTILE) {
          all.add(new Case(p, e, text, false));
          all.add(new Case(p, e, text, true));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void roundTrips(Case c) {
    Product p = c.product();
    boolean bodyCarriesRequestId = c.problem() || p.wire().requestIdField() != null;
    String requestId = bodyCarriesRequestId ? "req " + c.text() : "req-plain-1";
    ErrorDetails.Builder b = ErrorDetails.builder(c.error())
        .message(c.text())
        .requestId(requestId)
        .operation(c.problem() ? "Op " + c.text() : null);
    for (String f : p.wire().extraFields()) {
      b.extra(f, f + " " + c.text());
    }
    ErrorDetails sent = b.build();
    HttpErrorCodec codec = p.codec();
    HttpError http = c.problem() ? codec.toProblem(sent) : codec.toHttp(sent);
    // through bytes only: a fresh response from the status, headers and body
    ErrorDetails got = codec.fromHttp(http.status(), http.headers(), http.body());
    int status = c.error().httpStatus() == 0 ? 500 : c.error().httpStatus();
    assertAll(
        () -> assertSame(c.error(), got.error()),
        () -> assertEquals(c.error().code(), got.code()),
        () -> assertEquals(status, http.status()),
        () -> assertEquals(status, got.httpStatus()),
        () -> assertEquals(c.text(), got.message()),
        () -> assertEquals(requestId, got.requestId()),
        () -> assertEquals(sent.operation(), got.operation()),
        () -> assertEquals(sent.extras(), got.extras()),
        () -> assertEquals(c.error().retry(), got.retry()),
        () -> assertNull(got.failure()));
  }

  @Test
  void faasWireBytesAreTheProductsOwn() {
    ErrorDetails d = ErrorDetails.builder(Products.FAAS.error("SHELL NOT MATCH"))
        .requestId("R-1").extra("Recommend", "https://r").extra("HostId", "faas.aliyuncs.com")
        .build();
    HttpError http = Products.FAAS.codec().toHttp(d);
    assertEquals("{\"Code\":\"SHELL NOT MATCH\","
        + "\"Message\":\"The shell type of image does not match the FPGA.\","
        + "\"RequestId\":\"R-1\",\"HostId\":\"faas.aliyuncs.com\",\"Recommend\":\"https://r\"}",
        http.bodyText(), "members in configured order, extras in catalog order");
    assertEquals(400, http.status());
    assertEquals(Map.of("Content-Type", List.of("application/json")), http.headers());
  }

  @Test
  void openYuanrongWritesNumericCodesAsNumbersAndHeaders() {
    ErrorDetails d = ErrorDetails.builder(Products.YUANRONG.error("4115"))
        .message("function [f] is not found. check input parameters").requestId("rid")
        .extra("trace_id", "t").build();
    HttpError http = Products.YUANRONG.codec().toHttp(d);
    assertEquals("{\"code\":4115,\"message\":\"function [f] is not found. check input"
        + " parameters\",\"trace_id\":\"t\"}", http.bodyText());
    assertEquals("4115", http.header("x-inner-code").orElseThrow());
    assertEquals("rid", http.header("X-REQUEST-ID").orElseThrow());
    assertEquals(404, http.status());
  }

  @Test
  void codesThatAreNotPlainJsonIntegersStayStrings() {
    WireFormat w = Products.YUANRONG.wire();
    assertEquals("{\"code\":\"0010\"}", text(w.encode(ErrorDetails.builder().code("0010").build())));
    assertEquals("{\"code\":\"1e3\"}", text(w.encode(ErrorDetails.builder().code("1e3").build())));
    assertEquals("{\"code\":-7}", text(w.encode(ErrorDetails.builder().code("-7").build())));
    assertEquals("{\"code\":\"4115 \"}",
        text(w.encode(ErrorDetails.builder().code("4115 ").build())));
  }

  @Test
  void loneSurrogatesAreWrittenAsEscapesSoTheyRoundTrip() {
    byte[] body = Products.FAAS.wire().encode(
        ErrorDetails.builder().code("X").message("a\uD800b\u00e9").build());
    // only the surrogate UTF-8 cannot carry is escaped; the rest stays UTF-8
    assertEquals("{\"Code\":\"X\",\"Message\":\"a\\uD800b\u00e9\"}", text(body));
    byte[] plain = Products.FAAS.wire().encode(
        ErrorDetails.builder().code("X").message("b\u00e9\uD83D\uDE00").build());
    assertEquals("{\"Code\":\"X\",\"Message\":\"b\u00e9\uD83D\uDE00\"}", text(plain),
        "without a lone surrogate, UTF-8 as is");
  }

  @Test
  void problemDetailsBytes() {
    ErrorDetails d = ErrorDetails.builder(Products.FAAS.error("ANOTHER TASK RUNNING"))
        .requestId("R-2").operation("LoadFpgaImage").extra("HostId", "h").build();
    HttpError http = Products.FAAS.codec().toProblem(d);
    assertEquals("{\"type\":\"https://errcat.io/catalogs/faas.html#ANOTHER_TASK_RUNNING\","
        + "\"title\":\"Another task is running, user is allowed to take this task half an hour.\","
        + "\"status\":503,"
        + "\"detail\":\"Another task is running, user is allowed to take this task half an hour.\","
        + "\"code\":\"ANOTHER TASK RUNNING\",\"requestId\":\"R-2\",\"operation\":\"LoadFpgaImage\","
        + "\"HostId\":\"h\"}", http.bodyText());
    assertEquals("application/problem+json", http.contentType().orElseThrow());
    assertEquals("600", http.header("Retry-After").orElseThrow(), "PT10M from the catalog");
  }

  @Test
  void problemTitleIsTheCodeWhenTheMessageIsATemplate() {
    ErrorDetails d = ErrorDetails.of(Products.FC.error("ServiceNotFound"), "svc");
    ProblemDetails p = ProblemDetails.of(d, null);
    assertEquals("about:blank", p.type());
    assertEquals("ServiceNotFound", p.title());
    assertEquals("service 'svc' does not exist", p.detail());
    assertEquals(404, p.status());
  }

  @Test
  void unknownCodesRoundTripAsRawCodes() {
    ErrorDetails d = ErrorDetails.builder().code("Not \"In\" Catalog").message("m")
        .httpStatus(418).build();
    for (HttpError http : List.of(Products.FC.codec().toHttp(d),
        Products.FC.codec().toProblem(d))) {
      ErrorDetails got = Products.FC.codec().fromHttp(http);
      assertEquals("Not \"In\" Catalog", got.code());
      assertEquals(418, got.httpStatus());
      assertEquals(DecodeFailure.Reason.UNKNOWN_CODE, got.failure().reason());
    }
  }

  @Test
  void acceptHeaderPicksTheFormat() {
    HttpErrorCodec codec = Products.FAAS.codec();
    ErrorDetails d = ErrorDetails.of(Products.FAAS.error("SHELL NOT MATCH"));
    assertEquals("application/json", codec.toHttp(d, null).contentType().orElseThrow());
    assertEquals("application/json", codec.toHttp(d, "*/*").contentType().orElseThrow());
    assertEquals("application/problem+json",
        codec.toHttp(d, "application/problem+json").contentType().orElseThrow());
    assertEquals("application/problem+json", codec.toHttp(d,
        "application/json;q=0.5, application/problem+json").contentType().orElseThrow());
    assertEquals("application/json", codec.toHttp(d,
        "application/json, application/problem+json;q=0.9").contentType().orElseThrow());
    assertEquals("application/json",
        codec.toHttp(d, "application/problem+json;q=0").contentType().orElseThrow());
    assertEquals("application/json",
        codec.toHttp(d, "application/problem+json;q=x").contentType().orElseThrow());
  }

  @Test
  void aCatalogWithoutWireFormatSpeaksProblemJson() {
    HttpErrorCodec codec = HttpErrorCodec.builder(null, Products.FAAS::fromCode).build();
    ErrorDetails d = ErrorDetails.of(Products.FAAS.error("SHELL NOT MATCH"));
    HttpError http = codec.toHttp(d);
    assertEquals("application/problem+json", http.contentType().orElseThrow());
    assertSame(d.error(), codec.fromHttp(http).error());
  }

  @Test
  void problemBodyWithoutProblemContentTypeIsRecognised() {
    byte[] body = utf8("{\"type\":\"https://x#SHELL_NOT_MATCH\",\"title\":\"t\",\"status\":400,"
        + "\"detail\":\"d\",\"code\":\"SHELL NOT MATCH\",\"requestId\":\"r\"}");
    ErrorDetails d = Products.FAAS.codec().fromHttp(400, null, body);
    assertSame(Products.FAAS.error("SHELL NOT MATCH"), d.error());
    assertEquals("d", d.message());
    assertEquals("r", d.requestId());
  }

  @Test
  void headerValuesCannotBeInjected() {
    ErrorDetails d = ErrorDetails.builder(Products.FC.error("ServiceNotFound"))
        .requestId("a\r\nSet-Cookie: x=1").build();
    HttpError http = Products.FC.codec().toHttp(d);
    assertEquals("a  Set-Cookie: x=1", http.header("X-Fc-Request-Id").orElseThrow());
  }

  @Test
  void statusOutsideHttpRangeIsSentAs500() {
    ErrorDetails d = ErrorDetails.builder(Products.YUANRONG.error("1005")).build();
    assertEquals(0, d.httpStatus(), "an in-process error has no status");
    assertEquals(500, Products.YUANRONG.codec().toHttp(d).status());
  }

  @Test
  void retryAfterIsWrittenRoundedUp() {
    ErrorDetails d = ErrorDetails.builder(Products.FAAS.error("SHELL NOT MATCH"))
        .retry(RetryHint.of(true, Duration.ofMillis(1500))).build();
    assertEquals("2", Products.FAAS.codec().toHttp(d).header("retry-after").orElseThrow());
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
