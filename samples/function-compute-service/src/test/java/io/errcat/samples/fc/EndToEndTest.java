package io.errcat.samples.fc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.catalogs.functioncompute.FunctionComputeHttpMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The Spring Boot service and its client over real sockets on loopback: every Function Compute
 * code is provoked by a real request, thrown by a handler as a generated exception, answered by
 * the errcat starter in the product's wire format (and as problem+json), received by the client's
 * {@code RestClient} status handler as the same typed exception, and seen on the wire by a plain
 * {@code java.net.http} client. A misbehaving upstream's HTML page becomes a typed fallback.
 */
class EndToEndTest {
  private static final Clock CLOCK = Clock.systemUTC(); // the service checks dates against its own
  private static FunctionComputeService service;
  private static FunctionComputeService exhausted;
  private static HttpServer badProxy;

  @BeforeAll
  static void start() throws IOException {
    Account account = new Account(1, 1024, 1_000)
        .key("AK-rw", "rw-secret", false)
        .key("AK-ro", "ro-secret", true)
        .service("orders")
        .version("orders", 1, "first release")
        .alias("orders", "prod", 1)
        .domain("api.example.com", "orders")
        .function("orders", "echo", payload -> payload)
        .function("orders", "crash", payload -> {
          throw new IllegalStateException("bug in the function");
        })
        .function("orders", "abandoned", payload -> {
          throw FunctionComputeException.clientClosedRequest();
        })
        .function("orders", "busy", payload -> payload)
        .function("orders", "raise", payload -> {
          throw FunctionComputeException.of(FunctionComputeError.fromCode(payload).orElseThrow());
        })
        .throttle("orders", "busy");
    service = FunctionComputeService.start(account);
    Account noQuota = new Account(1, 1024, 0).key("AK-rw", "rw-secret", false).service("orders")
        .function("orders", "echo", payload -> payload);
    exhausted = FunctionComputeService.start(noQuota);

    // A misbehaving upstream: a proxy that lost its backend answers 502 with an HTML page; other
    // paths give a truncated JSON body and a code newer than the catalog.
    badProxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    badProxy.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      int status = 502;
      String type = "text/html";
      String body = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
          + "<hr>nginx</body></html>";
      if (path.endsWith("/truncated")) {
        status = 500;
        type = "application/json";
        body = "{\"errorCode\":\"InternalServerError\",\"errorMess";
      } else if (path.endsWith("/newer")) {
        status = 409;
        type = "application/json";
        body = "{\"errorCode\":\"ServiceQuotaFrozen\",\"errorMessage\":\"quota frozen\"}";
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    });
    badProxy.start();
  }

  @AfterAll
  static void stop() {
    service.close();
    exhausted.close();
    badProxy.stop(0);
  }

  private static FunctionComputeClient client(URI base, String key, String secret, boolean problem) {
    return new FunctionComputeClient(base, key, secret, CLOCK, problem);
  }

  /** How to provoke each code with a real request, for a client asking for the given format. */
  private static Map<FunctionComputeError, Executable> scenarios(boolean problem) {
    FunctionComputeClient rw = client(service.baseUri(), "AK-rw", "rw-secret", problem);
    FunctionComputeClient ro = client(service.baseUri(), "AK-ro", "ro-secret", problem);
    Map<FunctionComputeError, Executable> s = new EnumMap<>(FunctionComputeError.class);
    s.put(FunctionComputeError.INVALID_ARGUMENT, () -> rw.getVersion("orders", "latest"));
    s.put(FunctionComputeError.MISSING_REQUIRED_HEADER, () -> unsigned(service.baseUri(), problem));
    s.put(FunctionComputeError.PATH_NOT_SUPPORTED, () -> rw.call("DELETE", "services/orders", null, null));
    s.put(FunctionComputeError.ENTITY_TOO_LARGE, () -> rw.createService("x".repeat(2048)));
    s.put(FunctionComputeError.LIMIT_EXCEEDED_ERROR, () -> rw.createService("billing"));
    s.put(FunctionComputeError.ACCESS_DENIED, () -> ro.createService("billing"));
    s.put(FunctionComputeError.SIGNATURE_NOT_MATCH,
        () -> client(service.baseUri(), "AK-rw", "wrong-secret", problem).getService("orders"));
    s.put(FunctionComputeError.INVALID_ACCESS_KEY_ID,
        () -> client(service.baseUri(), "AK-gone", "x", problem).getService("orders"));
    s.put(FunctionComputeError.SERVICE_NOT_FOUND, () -> rw.getService("payments"));
    s.put(FunctionComputeError.ALIAS_NOT_FOUND, () -> rw.getAlias("orders", "staging"));
    s.put(FunctionComputeError.DOMAIN_NAME_NOT_FOUND, () -> rw.getCustomDomain("www.example.org"));
    s.put(FunctionComputeError.VERSION_NOT_FOUND, () -> rw.getVersion("orders", "7"));
    s.put(FunctionComputeError.CONCURRENT_UPDATE_ERROR, () -> rw.updateService("orders", "new", "999"));
    s.put(FunctionComputeError.RESOURCE_EXHAUSTED,
        () -> client(exhausted.baseUri(), "AK-rw", "rw-secret", problem).invoke("orders", "echo", "hi"));
    s.put(FunctionComputeError.CLIENT_CLOSED_REQUEST, () -> rw.invoke("orders", "abandoned", "hi"));
    s.put(FunctionComputeError.INTERNAL_SERVER_ERROR, () -> rw.invoke("orders", "crash", "hi"));
    s.put(FunctionComputeError.RESOURCE_THROTTLED, () -> rw.invoke("orders", "busy", "hi"));
    return s;
  }

  /** A request without the signed date header, decoded with the generated mapper. */
  private static void unsigned(URI base, boolean problem) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/2016-08-15/services/orders"));
    if (problem) b.header("Accept", "application/problem+json");
    HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(),
        HttpResponse.BodyHandlers.ofByteArray());
    throw FunctionComputeHttpMapper.fromHttp(r.statusCode(), r.headers().map(), r.body());
  }

  @TestFactory
  Stream<DynamicTest> everyCodeInTheProductsWireFormat() {
    return everyCode(false);
  }

  @TestFactory
  Stream<DynamicTest> everyCodeAsProblemJson() {
    return everyCode(true);
  }

  private Stream<DynamicTest> everyCode(boolean problem) {
    Map<FunctionComputeError, Executable> scenarios = scenarios(problem);
    return Stream.of(FunctionComputeError.values()).map(code -> DynamicTest.dynamicTest(code.code(), () -> {
      Executable scenario = scenarios.get(code);
      assertNotNull(scenario, "no request provokes " + code.code());
      FunctionComputeException e = assertThrows(FunctionComputeException.class, scenario);
      assertEquals(code, e.error(), e.toString());
      assertEquals(code.httpStatus(), e.httpStatus());
      assertEquals(code.code(), e.code());
      assertTrue(e.isKnown());
    }));
  }

  /**
   * Every code on the wire as a plain {@code java.net.http} client sees it, its JSON read by
   * Jackson (what Spring Boot ships), not by errcat: Function Compute's members and header.
   */
  @TestFactory
  Stream<DynamicTest> everyCodeOnTheWireThroughJavaNetHttp() {
    tools.jackson.databind.ObjectMapper json = new tools.jackson.databind.ObjectMapper();
    return Stream.of(FunctionComputeError.values()).map(code -> DynamicTest.dynamicTest(
        code.code(), () -> {
          String path = "/2016-08-15/services/orders/functions/raise/invocations";
          String date = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
              CLOCK.instant().atZone(CLOCK.getZone()));
          Map<String, String> signed = new java.util.LinkedHashMap<>();
          signed.put("Content-Type", "application/octet-stream");
          signed.put(Signature.FC_DATE_HEADER, date);
          HttpRequest.Builder b = HttpRequest.newBuilder(service.baseUri().resolve(path))
              .header("Authorization", "FC AK-rw:"
                  + Signature.sign("rw-secret", Signature.stringToSign("POST", path, signed)))
              .POST(HttpRequest.BodyPublishers.ofString(code.code()));
          signed.forEach(b::header);
          HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(),
              HttpResponse.BodyHandlers.ofString());
          assertEquals(code.httpStatus(), r.statusCode(), r.body());
          tools.jackson.databind.JsonNode body = json.readTree(r.body());
          assertEquals(code.code(), body.get("ErrorCode").asString(), r.body());
          if (code.message() != null) {
            assertEquals(code.message(), body.get("ErrorMessage").asString(), r.body());
          }
          assertTrue(r.headers().firstValue("X-Fc-Request-Id").orElseThrow().matches("req-[0-9]+"));
        }));
  }

  @Test
  void templateParametersTravelInTheMessage() {
    FunctionComputeClient rw = client(service.baseUri(), "AK-rw", "rw-secret", false);
    FunctionComputeException e = assertThrows(FunctionComputeException.class,
        () -> rw.getVersion("orders", "7"));
    assertTrue(e.getMessage().contains("version '7' of service 'orders' does not exist"), e.getMessage());
    assertTrue(e.requestId() != null && e.requestId().startsWith("req-"), e.requestId());
    assertEquals("first release", rw.getVersion("orders", "1"), "a success is not an error");
  }

  @Test
  void theWireFormatIsFunctionComputesOwn() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(service.baseUri().resolve("/2016-08-15/services/orders")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    assertTrue(r.body().contains("\"ErrorCode\":\"MissingRequiredHeader\""), r.body());
    assertTrue(r.body().contains("required HTTP header Date was not specified"), r.body());
    assertTrue(r.headers().firstValue("X-Fc-Request-Id").isPresent());
  }

  @Test
  void problemJsonIsChosenByTheAcceptHeaderAndPointsAtTheReference() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(service.baseUri().resolve("/2016-08-15/services/orders"))
            .header("Accept", "application/problem+json").build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow()
        .startsWith("application/problem+json"));
    assertTrue(r.body().contains(
        "\"type\":\"https://errors.example.com/errcat/function-compute.html#MISSING_REQUIRED_HEADER\""),
        r.body());
  }

  @Test
  void anHtmlPageFromAMisbehavingUpstreamBecomesATypedFallback() {
    URI proxy = URI.create("http://127.0.0.1:" + badProxy.getAddress().getPort());
    FunctionComputeException e = assertThrows(FunctionComputeException.class,
        () -> client(proxy, "AK-rw", "rw-secret", false).getService("orders"));
    assertFalse(e.isKnown());
    assertNull(e.error());
    assertEquals(502, e.httpStatus());
    assertTrue(e.decodeFailure().isPresent(), e.toString());
    assertTrue(e.decodeFailure().get().toString().contains("502 Bad Gateway"), e.toString());
  }

  @Test
  void aTruncatedBodyAndAnUnknownCodeAreTypedToo() {
    URI proxy = URI.create("http://127.0.0.1:" + badProxy.getAddress().getPort());
    FunctionComputeClient c = client(proxy, "AK-rw", "rw-secret", false);
    FunctionComputeException truncated = assertThrows(FunctionComputeException.class,
        () -> c.getService("truncated"));
    assertEquals(500, truncated.httpStatus());
    assertTrue(truncated.decodeFailure().isPresent(), truncated.toString());

    FunctionComputeException newer = assertThrows(FunctionComputeException.class,
        () -> c.getService("newer"));
    assertFalse(newer.isKnown());
    assertEquals("ServiceQuotaFrozen", newer.code());
    assertEquals(409, newer.httpStatus());
  }
}
