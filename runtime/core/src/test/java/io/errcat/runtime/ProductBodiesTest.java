package io.errcat.runtime;

import static io.errcat.runtime.Products.headers;
import static io.errcat.runtime.Products.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The products' real error bodies (reference/products.md) decode to the right error. */
class ProductBodiesTest {

  @Test
  void faasPopJson() {
    String body = "{\"RequestId\": \"5E5A8E3A-0B3C-4E7D-9F00-3C1D2E4F5A6B\","
        + " \"HostId\": \"faas.cn-hangzhou.aliyuncs.com\", \"Code\": \"SHELL NOT MATCH\","
        + " \"Message\": \"The shell type of image does not match the FPGA.\","
        + " \"Recommend\": \"https://error-center.aliyun.com/status/search?Keyword=SHELL\"}";
    ErrorDetails d = Products.FAAS.codec().fromHttp(400,
        headers("Content-Type", "application/json;charset=utf-8"), utf8(body), "LoadFpgaImage");
    assertSame(Products.FAAS.error("SHELL NOT MATCH"), d.error());
    assertEquals("SHELL NOT MATCH", d.code());
    assertEquals(400, d.httpStatus());
    assertEquals("The shell type of image does not match the FPGA.", d.message());
    assertEquals("5E5A8E3A-0B3C-4E7D-9F00-3C1D2E4F5A6B", d.requestId());
    assertEquals("LoadFpgaImage", d.operation());
    assertEquals(Map.of("HostId", "faas.cn-hangzhou.aliyuncs.com",
        "Recommend", "https://error-center.aliyun.com/status/search?Keyword=SHELL"), d.extras());
    assertEquals(RetryHint.NONE, d.retry());
    assertNull(d.failure());
  }

  @Test
  void faasRetryComesFromTheCatalogAndRetryAfterAddsTheDelay() {
    String body = "{\"RequestId\":\"r\",\"Code\":\"ANOTHER TASK RUNNING\",\"Message\":\"busy\"}";
    ErrorDetails catalogOnly = Products.FAAS.codec().fromHttp(503, null, utf8(body));
    assertEquals(RetryHint.of(true, Duration.ofMinutes(10)), catalogOnly.retry());
    ErrorDetails withHeader =
        Products.FAAS.codec().fromHttp(503, headers("retry-after", "120"), utf8(body));
    assertEquals(RetryHint.of(true, Duration.ofSeconds(120)), withHeader.retry());
  }

  @Test
  void functionComputeDocumentedCasing() {
    ErrorDetails d = Products.FC.codec().fromHttp(404,
        headers("X-Fc-Request-Id", "fc-req-1", "Content-Type", "application/json"),
        utf8("{\"errorCode\":\"ServiceNotFound\",\"errorMessage\":\"service 'x' does not exist\"}"));
    assertSame(Products.FC.error("ServiceNotFound"), d.error());
    assertEquals("service 'x' does not exist", d.message());
    assertEquals("fc-req-1", d.requestId());
    assertNull(d.failure());
  }

  @Test
  void functionComputeSdkCasingAndLowerCaseHeader() {
    ErrorDetails d = Products.FC.codec().fromHttp(404, headers("x-fc-request-id", "fc-req-2"),
        utf8("{\"ErrorCode\":\"VersionNotFound\","
            + "\"ErrorMessage\":\"version '3' of service 'svc' does not exist\"}"));
    assertSame(Products.FC.error("VersionNotFound"), d.error());
    assertEquals("version '3' of service 'svc' does not exist", d.message());
    assertEquals("fc-req-2", d.requestId());
    assertNull(d.failure());
  }

  @Test
  void functionComputeExactCaseWinsOverOtherCasing() {
    ErrorDetails d = Products.FC.codec().fromHttp(404, null,
        utf8("{\"ErrorCode\":\"VersionNotFound\",\"errorCode\":\"ServiceNotFound\"}"));
    assertEquals("ServiceNotFound", d.code());
  }

  @Test
  void imageSearchWithRequestId() {
    ErrorDetails d = Products.IMAGE_SEARCH.codec().fromHttp(400, headers("X-Request-Id", "hdr"),
        utf8("{\"error_code\": \"APIG.0101\", \"error_msg\": \"The API does not exist or has not"
            + " been published in the environment.\", \"request_id\": \"body-id\"}"));
    assertSame(Products.IMAGE_SEARCH.error("APIG.0101"), d.error());
    assertEquals("body-id", d.requestId(), "the body's request id wins over the header");
    assertNull(d.failure());
  }

  @Test
  void imageSearchWithoutRequestIdFallsBackToHeader() {
    ErrorDetails d = Products.IMAGE_SEARCH.codec().fromHttp(400, headers("X-Request-Id", "hdr"),
        utf8("{\"error_code\": \"IS.0001\", \"error_msg\": \"Invalid request parameter.\"}"));
    assertSame(Products.IMAGE_SEARCH.error("IS.0001"), d.error());
    assertEquals("hdr", d.requestId());
    assertNull(d.failure());
  }

  @Test
  void imageSearchWithoutAnyRequestId() {
    ErrorDetails d = Products.IMAGE_SEARCH.codec().fromHttp(400, null,
        utf8("{\"error_code\": \"IS.0001\", \"error_msg\": \"Invalid request parameter.\"}"));
    assertSame(Products.IMAGE_SEARCH.error("IS.0001"), d.error());
    assertNull(d.requestId());
    assertNull(d.failure());
  }

  @Test
  void openYuanrongNumericCodeWithInnerCodeHeader() {
    ErrorDetails d = Products.YUANRONG.codec().fromHttp(404,
        headers("X-Inner-Code", "4115", "X-Request-Id", "yr-1"),
        utf8("{\"code\": 4115, \"message\": \"function [x] is not found. check input"
            + " parameters\", \"trace_id\": \"t-9\"}"));
    assertSame(Products.YUANRONG.error("4115"), d.error());
    assertEquals("4115", d.code());
    assertEquals("function [x] is not found. check input parameters", d.message());
    assertEquals("yr-1", d.requestId());
    assertEquals(Map.of("trace_id", "t-9"), d.extras());
    assertNull(d.failure());
  }

  @Test
  void openYuanrongCodeOnlyInTheHeader() {
    ErrorDetails d = Products.YUANRONG.codec().fromHttp(404, headers("x-inner-code", "4115"),
        new byte[0]);
    assertSame(Products.YUANRONG.error("4115"), d.error());
    assertEquals("function [%s] is not found. check input parameters", d.message(),
        "without a message on the wire, the catalog's text");
    assertNull(d.failure(), "the code came in the header: an empty body is nothing amiss");
  }

  @Test
  void openYuanrongBodyCodeWinsOverHeader() {
    ErrorDetails d = Products.YUANRONG.codec().fromHttp(429,
        headers("X-Inner-Code", "4115"), utf8("{\"code\":1005,\"message\":\"limited\"}"));
    assertSame(Products.YUANRONG.error("1005"), d.error());
    assertEquals(429, d.httpStatus(), "the status as received, even when the catalog has none");
  }

  @Test
  void openYuanrongCodeAsStringIsAcceptedToo() {
    ErrorDetails d = Products.YUANRONG.codec().fromHttp(404, null, utf8("{\"code\":\"4115\"}"));
    assertSame(Products.YUANRONG.error("4115"), d.error());
  }

  @Test
  void decodedDetailsMakeATypedException() {
    ErrorDetails d = Products.FAAS.codec().fromHttp(503, headers("Retry-After", "60"),
        utf8("{\"RequestId\":\"r-7\",\"Code\":\"ANOTHER TASK RUNNING\",\"Message\":\"busy\"}"));
    TestException e = new TestException(d);
    assertSame(Products.FAAS.error("ANOTHER TASK RUNNING"), e.error());
    assertEquals("busy", e.getMessage());
    assertEquals("r-7", e.requestId());
    assertEquals(503, e.httpStatus());
    assertEquals(Duration.ofSeconds(60), e.retry().after());
    assertEquals("io.errcat.runtime.TestException: [ANOTHER TASK RUNNING] busy"
        + " (HTTP 503, request id r-7)", e.toString());
  }

  @Test
  void memberNamesMatchInAnyCaseWhateverTheDefaultLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      // Turkish lower-cases I to dotless ı: CODE and REQUESTID must still match.
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      ErrorDetails d = Products.FAAS.codec().fromHttp(400, headers("CONTENT-TYPE", "text/json"),
          utf8("{\"CODE\":\"SHELL NOT MATCH\",\"REQUESTID\":\"r\",\"HOSTID\":\"h\"}"));
      assertSame(Products.FAAS.error("SHELL NOT MATCH"), d.error());
      assertEquals("r", d.requestId());
      assertEquals(Map.of("HostId", "h"), d.extras(), "extras under the catalog's spelling");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void openYuanrongWholeFloatsAreIntegerCodes() {
    HttpErrorCodec codec = Products.YUANRONG.codec();
    assertEquals("4115", codec.fromHttp(404, null, utf8("{\"code\":4115.0}")).code());
    assertEquals("4115", codec.fromHttp(404, null, utf8("{\"code\":4.115e3}")).code());
    assertSame(Products.YUANRONG.error("4115"),
        codec.fromHttp(404, null, utf8("{\"code\":41150E-1}")).error());
    assertEquals("4115.5", codec.fromHttp(404, null, utf8("{\"code\":4115.5}")).code());
    assertEquals("1e999999999", codec.fromHttp(404, null, utf8("{\"code\":1e999999999}")).code());
    assertEquals("4115.0", Products.FAAS.codec().fromHttp(404, null,
        utf8("{\"Code\":4115.0}")).code(), "a string catalog keeps the text as written");
  }
}
