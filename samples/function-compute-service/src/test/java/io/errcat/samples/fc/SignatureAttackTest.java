package io.errcat.samples.fc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the sample's signature check once accepted, over real sockets: a date from 2001 or no date
 * at all, a tampered body under a signed {@code Content-MD5}, an unsigned query; and what Tomcat
 * refuses before Spring, answered in Function Compute's JSON rather than an HTML page.
 */
class SignatureAttackTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String INVOKE = "/2016-08-15/services/orders/functions/echo/invocations";
  private static FunctionComputeService service;

  @BeforeAll
  static void start() {
    service = FunctionComputeService.start(new Account(10, 1024, 1_000)
        .key("AK-rw", "rw-secret", false).service("orders")
        .function("orders", "echo", payload -> payload));
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static String date(Instant at) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
  }

  private static String md5(String body) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5")
        .digest(body.getBytes(StandardCharsets.UTF_8)));
  }

  /** A POST signed over {@code signedHeaders} and {@code signedQuery}, sent as given. */
  private static HttpResponse<String> post(String pathAndQuery, List<String> signedQuery,
      Map<String, String> signedHeaders, String body) throws Exception {
    String path = pathAndQuery.contains("?")
        ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
    String auth = "FC AK-rw:" + Signature.sign("rw-secret", Signature.stringToSign("POST",
        Signature.resource(path, signedQuery), signedHeaders));
    HttpRequest.Builder b = HttpRequest.newBuilder(service.baseUri().resolve(pathAndQuery))
        .timeout(Duration.ofSeconds(10)).header("Authorization", auth)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    signedHeaders.forEach(b::header);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> headers(String date) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Type", "application/octet-stream");
    h.put(Signature.FC_DATE_HEADER, date);
    return h;
  }

  private static void refused(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"ErrorCode\":\"" + code + "\""), r.body());
  }

  @Test
  void aDateOutsideTheWindowOrNoDateAtAllIsRefused() throws Exception {
    refused(post(INVOKE, List.of(), headers("Mon, 01 Jan 2001 00:00:00 GMT"), "hi"), 400,
        "InvalidArgument");
    refused(post(INVOKE, List.of(), headers(date(Instant.now().plus(Duration.ofHours(1)))),
        "hi"), 400, "InvalidArgument");
    refused(post(INVOKE, List.of(), headers("whenever"), "hi"), 400, "InvalidArgument");
    assertEquals(200, post(INVOKE, List.of(), headers(date(Instant.now())), "hi").statusCode());
  }

  @Test
  void aBodyThatIsNotTheOneItsSignedContentMd5NamesIsRefused() throws Exception {
    Map<String, String> h = headers(date(Instant.now()));
    h.put("Content-MD5", md5("pay 10"));
    refused(post(INVOKE, List.of(), h, "pay 1000"), 400, "InvalidArgument");
    HttpResponse<String> honest = post(INVOKE, List.of(), h, "pay 10");
    assertEquals(200, honest.statusCode(), honest.body());
    assertEquals("pay 10", honest.body());
  }

  @Test
  void theQueryIsSigned() throws Exception {
    Map<String, String> h = headers(date(Instant.now()));
    refused(post(INVOKE + "?qualifier=prod", List.of(), h, "hi"), 403, "SignatureNotMatch");
    assertEquals(200, post(INVOKE + "?qualifier=prod", List.of("qualifier=prod"), h, "hi")
        .statusCode());
  }

  @Test
  void whatTomcatRefusesItselfIsFunctionComputesJson() throws Exception {
    for (String raw : new String[] {
        "GET /2016-08-15/services/a%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /2016-08-15/services/a%2Fb HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET /" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\nConnection: close\r\n\r\n"}) {
      String answer = exchange(raw);
      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
      assertTrue(answer.toLowerCase(java.util.Locale.ROOT)
          .contains("content-type: application/json"), answer);
      assertTrue(answer.contains("\"ErrorCode\":\"InvalidArgument\""), answer);
      assertTrue(!answer.contains("<html") && !answer.contains("Apache Tomcat"), answer);
    }
  }

  private static String exchange(String request) throws IOException {
    URI base = service.baseUri();
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readNBytes(64 * 1024), StandardCharsets.ISO_8859_1);
    }
  }
}
