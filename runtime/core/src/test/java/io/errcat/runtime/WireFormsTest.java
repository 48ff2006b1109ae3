package io.errcat.runtime;

import static io.errcat.runtime.Products.headers;
import static io.errcat.runtime.Products.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The wire forms real products use beyond flat JSON: POP's XML both ways, minted request ids,
 * Function Compute's live casing, Huawei's aliases and nested error object, Accept negotiation
 * across JSON, XML and problem+json.
 */
class WireFormsTest {
  static final WireFormat POP = WireFormat.builder("Code").messageField("Message")
      .requestIdField("RequestId").extraFields("HostId", "Recommend")
      .mediaType("application/json;charset=utf-8").xml("Error", "text/xml;charset=utf-8")
      .requestIdMint(RequestIdMint.UPPERCASE_UUID).build();
  static final WireFormat FC_LIVE = WireFormat.builder("ErrorCode").messageField("ErrorMessage")
      .requestIdHeader("X-Fc-Request-Id").build();
  static final WireFormat HUAWEI = WireFormat.builder("error_code").messageField("error_msg")
      .requestIdField("request_id").requestIdHeader("X-Request-Id")
      .codeAliases("code", "error.code").messageAliases("message", "error.message").build();

  static final TestError SHELL = new TestError("SHELL NOT MATCH", "SHELL_NOT_MATCH", 400,
      "The image Shell is not match with fpga Shell!", null);
  static final TestError NOT_FOUND = new TestError("ServiceNotFound", "SERVICE_NOT_FOUND", 404,
      "service '%s' does not exist", null);
  static final TestError APIG_0301 = new TestError("APIG.0301", "APIG_0301", 400,
      "Incorrect IAM authentication information.", null);

  static HttpErrorCodec codec(WireFormat w, TestError e) {
    return HttpErrorCodec.builder(w, c -> Optional.ofNullable(c.equals(e.code()) ? e : null))
        .build();
  }

  @Test
  void popXmlDecodes() {
    String xml = "<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>5E5A8E3A-0B3C</RequestId>"
        + "<HostId>faas.cn-hangzhou.aliyuncs.com</HostId><Code>SHELL NOT MATCH</Code>"
        + "<Message>The image Shell is not match with fpga Shell!</Message>"
        + "<Recommend><![CDATA[https://next.api.aliyun.com/troubleshoot?q=SHELL&p=faas]]>"
        + "</Recommend></Error>";
    ErrorDetails d = codec(POP, SHELL).fromHttp(400,
        headers("Content-Type", "text/xml;charset=utf-8"), utf8(xml));
    assertSame(SHELL, d.error());
    assertEquals("The image Shell is not match with fpga Shell!", d.message());
    assertEquals("5E5A8E3A-0B3C", d.requestId());
    assertEquals(Map.of("HostId", "faas.cn-hangzhou.aliyuncs.com",
        "Recommend", "https://next.api.aliyun.com/troubleshoot?q=SHELL&p=faas"), d.extras());
    assertNull(d.failure());
  }

  @Test
  void popXmlAnswersWhenAskedAndParsesBack() {
    HttpErrorCodec c = codec(POP, SHELL);
    ErrorDetails d = ErrorDetails.builder(SHELL).requestId("R-1")
        .message("a < b & \"c\" \u0007 > d").extra("HostId", "h").build();
    HttpError xml = c.toHttpAs(d, BodyForm.XML);
    assertEquals(400, xml.status());
    assertEquals("text/xml;charset=utf-8", xml.headers().get("Content-Type").get(0));
    String body = new String(xml.body(), StandardCharsets.UTF_8);
    assertTrue(body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>"), body);
    assertTrue(body.contains("<Message>a &lt; b &amp; \"c\" \uFFFD &gt; d</Message>")
        || body.contains("<Message>a &lt; b &amp; \"c\" \uFFFD > d</Message>"), body);
    ErrorDetails back = c.fromHttp(xml);
    assertSame(SHELL, back.error());
    assertEquals("a < b & \"c\" \uFFFD > d", back.message());
    assertEquals("R-1", back.requestId());
    assertEquals(Map.of("HostId", "h"), back.extras());
  }

  @Test
  void acceptChoosesAmongJsonXmlAndProblem() {
    HttpErrorCodec c = codec(POP, SHELL);
    assertEquals(BodyForm.JSON, c.negotiate(null));
    assertEquals(BodyForm.JSON, c.negotiate("*/*"));
    assertEquals(BodyForm.JSON, c.negotiate("application/json"));
    assertEquals(BodyForm.XML, c.negotiate("application/xml"));
    assertEquals(BodyForm.XML, c.negotiate("text/xml, application/json;q=0.5"));
    assertEquals(BodyForm.JSON, c.negotiate("text/xml, application/json"));
    assertEquals(BodyForm.PROBLEM, c.negotiate("application/problem+json, application/xml"));
    assertEquals(BodyForm.XML, c.negotiate("application/problem+json;q=0.4, application/xml"));
    // a format without an XML form answers JSON to an XML-only client
    assertEquals(BodyForm.JSON, codec(FC_LIVE, NOT_FOUND).negotiate("application/xml"));
    HttpError json = codec(FC_LIVE, NOT_FOUND)
        .toHttpAs(ErrorDetails.of(NOT_FOUND, "svc"), BodyForm.XML);
    assertEquals("application/json", json.headers().get("Content-Type").get(0));
  }

  @Test
  void aPopAnswerWithoutRequestIdGetsAMintedOne() {
    HttpErrorCodec c = codec(POP, SHELL);
    for (BodyForm form : BodyForm.values()) {
      HttpError r = c.toHttpAs(ErrorDetails.builder(SHELL).build(), form);
      String id = c.fromHttp(r).requestId();
      assertTrue(id != null && id.matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-"
          + "[0-9A-F]{12}"), form + ": " + id);
    }
    HttpError a = c.toHttp(ErrorDetails.builder(SHELL).build());
    HttpError b = c.toHttp(ErrorDetails.builder(SHELL).build());
    assertNotEquals(c.fromHttp(a).requestId(), c.fromHttp(b).requestId());
    // an id the caller gave is kept
    assertEquals("given", c.fromHttp(c.toHttp(ErrorDetails.builder(SHELL).requestId("given")
        .build())).requestId());
    // a format that does not mint leaves the answer without one
    assertNull(codec(FC_LIVE, NOT_FOUND).fromHttp(codec(FC_LIVE, NOT_FOUND)
        .toHttp(ErrorDetails.of(NOT_FOUND, "s"))).requestId());
  }

  @Test
  void functionComputeWritesTheLiveCasingAndReadsBoth() {
    HttpErrorCodec c = codec(FC_LIVE, NOT_FOUND);
    HttpError r = c.toHttp(ErrorDetails.builder(NOT_FOUND).message("service 's' does not exist")
        .requestId("fc-1").build());
    assertEquals("{\"ErrorCode\":\"ServiceNotFound\",\"ErrorMessage\":\"service 's' does not"
        + " exist\"}", new String(r.body(), StandardCharsets.UTF_8));
    assertEquals("fc-1", Headers.first(r.headers(), "X-Fc-Request-Id"));
    assertTrue(r.headers().containsKey("X-Fc-Request-Id"));
    ErrorDetails documented = c.fromHttp(404, null,
        utf8("{\"errorCode\":\"ServiceNotFound\",\"errorMessage\":\"service 'x' does not exist\"}"));
    assertSame(NOT_FOUND, documented.error());
    assertEquals("service 'x' does not exist", documented.message());
  }

  @Test
  void huaweiReadsEveryShapeItsSdkReads() {
    HttpErrorCodec c = codec(HUAWEI, APIG_0301);
    String[] bodies = {
        "{\"error_code\":\"APIG.0301\",\"error_msg\":\"Incorrect IAM authentication information.\"}",
        "{\"code\":\"APIG.0301\",\"message\":\"Incorrect IAM authentication information.\"}",
        "{\"error\":{\"code\":\"APIG.0301\",\"message\":\"Incorrect IAM authentication information.\","
            + "\"title\":\"Unauthorized\"}}",
        "{\"other\":[1,{\"code\":\"x\"}],\"error\":{\"details\":{\"a\":1},\"code\":\"APIG.0301\","
            + "\"message\":\"Incorrect IAM authentication information.\"}}",
    };
    for (String body : bodies) {
      ErrorDetails d = c.fromHttp(401, headers("x-request-id", "hw-1"), utf8(body));
      assertSame(APIG_0301, d.error(), body);
      assertEquals("Incorrect IAM authentication information.", d.message(), body);
      assertEquals("hw-1", d.requestId(), body);
      assertEquals(401, d.httpStatus());
      assertNull(d.failure(), body);
    }
    // the written member wins over its aliases, the body's request id over the header's
    ErrorDetails both = c.fromHttp(400, headers("X-Request-Id", "hdr"),
        utf8("{\"code\":\"IS.0001\",\"error_code\":\"APIG.0301\",\"request_id\":\"body\"}"));
    assertSame(APIG_0301, both.error());
    assertEquals("body", both.requestId());
    // a nested object whose code is itself an object is the wrong type, never a crash
    ErrorDetails bad = c.fromHttp(400, null, utf8("{\"error\":{\"code\":{\"x\":1}}}"));
    assertEquals(DecodeFailure.Reason.BAD_CODE_TYPE, bad.failure().reason());
  }

  @Test
  void encodingXmlWithoutAnXmlFormIsRefused() {
    assertThrows(IllegalStateException.class,
        () -> FC_LIVE.encodeXml(ErrorDetails.of(NOT_FOUND, "s")));
  }

  @Test
  void jsonAndXmlWriteTheSameMembersFromOneList() {
    ErrorDetails d = ErrorDetails.builder(SHELL).requestId("R-1")
        .extras(java.util.Map.of("HostId", "faas.example.com", "Other", "dropped")).build();
    String json = new String(POP.encode(d), java.nio.charset.StandardCharsets.UTF_8);
    String xml = new String(POP.encodeXml(d), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals("{\"Code\":\"SHELL NOT MATCH\",\"Message\":\"The image Shell is not match with"
        + " fpga Shell!\",\"RequestId\":\"R-1\",\"HostId\":\"faas.example.com\"}", json);
    assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SHELL NOT MATCH</Code>"
        + "<Message>The image Shell is not match with fpga Shell!</Message><RequestId>R-1"
        + "</RequestId><HostId>faas.example.com</HostId></Error>", xml);
  }

  @Test
  void anExtraFieldThatRepeatsAMemberIsRefused() {
    for (String extra : new String[] {"Code", "message", "REQUESTID"}) {
      WireFormat.Builder b = WireFormat.builder("Code").messageField("Message")
          .requestIdField("RequestId").extraFields(extra);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
      assertTrue(e.getMessage().contains("'" + extra + "'"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class,
        () -> WireFormat.builder("Code").extraFields("HostId", "hostid").build());
  }
}
