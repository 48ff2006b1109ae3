package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The server adapters' one rule set: catalog, form, request id, docs base URL. */
class ErrorResponderTest {
  private final CatalogRegistry registry = CatalogRegistry.of(List.of(new TestCatalog()));
  private final TestCatalog.Failure busy =
      new TestCatalog.Failure(ErrorDetails.builder(TestCatalog.BUSY).build());

  private static RequestView request(String... nameValues) {
    return requestOf(null, nameValues);
  }

  /** A request with the application's own id and headers, a name repeated for each value. */
  private static RequestView requestOf(String appId, String... nameValues) {
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < nameValues.length; i += 2) {
      h.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
    }
    return new RequestView() {
      @Override
      public List<String> headers(String name) {
        return h.getOrDefault(name, List.of());
      }

      @Override
      public String applicationRequestId() {
        return appId;
      }
    };
  }

  @Test
  void theCatalogsOwnFormatWithTheCallersRequestId() {
    HttpError r = ErrorResponder.builder(registry).build()
        .respond(busy, request("x-request-id", "caller-7"));
    assertEquals(503, r.status());
    assertEquals("caller-7", r.headers().get("X-Request-Id").get(0));
    assertEquals("{\"Code\":\"Busy\",\"Message\":\"busy\"}", body(r));
  }

  @Test
  void theServersOwnIdComesBeforeTheCallersAndTheExceptionsBeforeBoth() {
    ErrorResponder responder = ErrorResponder.builder(registry).build();
    HttpError r = responder.respond(busy, requestOf("server-1", "X-Request-Id", "caller-1"));
    assertEquals("server-1", r.headers().get("X-Request-Id").get(0));
    TestCatalog.Failure own = new TestCatalog.Failure(
        ErrorDetails.builder(TestCatalog.BUSY).requestId("thrown-1").build());
    assertEquals("thrown-1", responder.respond(own, requestOf("server-1", "X-Request-Id",
        "caller-1")).headers().get("X-Request-Id").get(0));
  }

  @Test
  void repeatedHeadersFollowOneRule() {
    ErrorResponder responder = ErrorResponder.builder(registry).build();
    HttpError r = responder.respond(busy, request("X-Request-Id", " ", "X-Request-Id", "second",
        "X-Request-Id", "third", "Accept", "text/html", "Accept", "application/problem+json"));
    assertEquals("second", r.headers().get("X-Request-Id").get(0), "the first non-blank value");
    assertEquals("application/problem+json", r.headers().get("Content-Type").get(0),
        "every Accept line is one list");
  }

  @Test
  void aRequestIdIsMintedWhenTheRequestHasNone() {
    HttpError r = ErrorResponder.builder(registry).build().respond(busy, request());
    String id = r.headers().get("X-Request-Id").get(0);
    assertTrue(id.matches("[0-9a-f-]{36}"), id);
  }

  @Test
  void configuredHeadersAndAServerDefaultOfProblemJson() {
    ErrorResponder responder = ErrorResponder.builder(registry)
        .requestIdHeaders(List.of("X-Trace", " ", "X-Correlation-Id"))
        .defaultForm(BodyForm.PROBLEM)
        .docsBaseUrl("https://docs.example.com/")
        .build();
    HttpError r = responder.respond(busy, request("X-Correlation-Id", "corr-1", "Accept", "*/*"));
    assertEquals("application/problem+json", r.headers().get("Content-Type").get(0));
    assertTrue(body(r).contains("\"type\":\"https://docs.example.com/test-catalog.html#BUSY\""),
        body(r));
    assertEquals("corr-1", r.headers().get("X-Request-Id").get(0));
    HttpError json = responder.respond(busy, request("Accept", "application/json"));
    assertTrue(body(json).startsWith("{\"Code\":\"Busy\""), "a client asking for JSON gets it");
  }

  @Test
  void anExceptionOfNoRegisteredCatalogIsAProblemWithItsOwnStatus() {
    ErrcatException stray = new CatalogRegistryTest.Stray(
        ErrorDetails.builder().httpStatus(418).message("teapot").build());
    HttpError r = ErrorResponder.builder(registry).build().respond(stray, request());
    assertEquals(418, r.status());
    assertEquals("application/problem+json", r.headers().get("Content-Type").get(0));
    assertNotNull(body(r));
  }

  private static String body(HttpError e) {
    return new String(e.body(), StandardCharsets.UTF_8);
  }
}
