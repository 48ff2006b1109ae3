package io.errcat.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.catalogs.imagesearch.ImageSearchError;
import io.errcat.catalogs.imagesearch.ImageSearchException;
import io.errcat.spring.app.TestApp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.RestClient;

/**
 * A real Spring Boot application on embedded Tomcat with three catalogs, called over loopback:
 * every code of each catalog thrown by a controller comes back from the starter's own
 * {@code RestClient} status handler as the same typed exception, and on the wire (seen by
 * {@code java.net.http}) in the product's format or problem+json by {@code Accept}, with the
 * request id and retry headers. Other exceptions stay Spring's.
 */
class ServerTest {
  private static ConfigurableApplicationContext app;
  private static String base;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    app = TestApp.start(List.of(TestApp.class));
    base = "http://127.0.0.1:" + TestApp.port(app);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static RestClient client(ErrcatStatusHandler<?> handler) {
    return RestClient.builder().baseUrl(base).defaultStatusHandler(handler).build();
  }

  @TestFactory
  Stream<DynamicTest> everyFunctionComputeCodeComesBackTyped() {
    RestClient rc = client(app.getBean(ErrcatClients.class)
        .statusHandler(FunctionComputeException.class));
    return Stream.of(FunctionComputeError.values()).map(code -> DynamicTest.dynamicTest(
        code.code(), () -> {
          FunctionComputeException e = assertThrows(FunctionComputeException.class,
              () -> rc.get().uri("/fc?code={c}", code.code())
                  .header("X-Fc-Request-Id", "caller-" + code.ordinal())
                  .retrieve().body(String.class));
          assertEquals(code, e.error(), e.toString());
          assertEquals(code.httpStatus(), e.httpStatus());
          assertEquals(code.message(), e.details().message());
          assertEquals("caller-" + code.ordinal(), e.requestId(), "the caller's id is echoed");
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyFaasCodeComesBackTypedWithItsOperation() {
    ErrcatStatusHandler<FaasException> handler = ErrcatStatusHandler.of(FaasException.class);
    return Stream.of(FaasError.values()).map(code -> DynamicTest.dynamicTest(code.code(), () -> {
      FaasOperation op = FaasOperation.values()[0];
      for (FaasOperation o : FaasOperation.values()) {
        if (code.appliesTo(o.id())) {
          op = o;
          break;
        }
      }
      String operation = op.id();
      FaasException e = assertThrows(FaasException.class,
          () -> client(handler.forOperation(operation)).get()
              .uri("/faas?code={c}&operation={o}", code.code(), operation)
              .retrieve().body(String.class));
      assertEquals(code, e.error(), e.toString());
      assertEquals(code.variant(operation).httpStatus(), e.httpStatus(), e.toString());
      assertEquals(code.variant(operation).message(), e.details().message());
      assertEquals(op, e.operation().orElseThrow());
      assertTrue(e.requestId().matches("[0-9A-F-]{36}"), "POP mints upper-case ids: " + e);
      if (code.variant(operation).retry().after() != null) {
        assertEquals(code.variant(operation).retry().after(), e.retry().after(), "Retry-After travels");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyImageSearchCodeComesBackTyped() {
    RestClient rc = client(ErrcatStatusHandler.of(ImageSearchException.class));
    return Stream.of(ImageSearchError.values()).map(code -> DynamicTest.dynamicTest(
        code.code(), () -> {
          ImageSearchException e = assertThrows(ImageSearchException.class,
              () -> rc.get().uri("/image-search?code={c}", code.code())
                  .retrieve().body(String.class));
          assertEquals(code, e.error(), e.toString());
          assertEquals(code.httpStatus(), e.httpStatus());
        }));
  }

  @Test
  void theWireIsTheProductsOwn() throws Exception {
    HttpResponse<String> r = get("/fc?code=ServiceNotFound", "X-Fc-Request-Id", "abc-1");
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    assertEquals("abc-1", r.headers().firstValue("X-Fc-Request-Id").orElseThrow());
    assertTrue(r.body().startsWith("{\"ErrorCode\":\"ServiceNotFound\",\"ErrorMessage\":"), r.body());

    HttpResponse<String> xml = get("/faas?code=" + q("SHELL NOT MATCH"), "Accept",
        "application/xml");
    assertTrue(xml.body().startsWith("<?xml"), xml.body());
    assertTrue(xml.body().contains("<Code>SHELL NOT MATCH</Code>"), xml.body());
  }

  @Test
  void retryAfterComesFromTheRetryHint() throws Exception {
    HttpResponse<String> r = get("/faas?code=" + q("ANOTHER TASK RUNNING") + "&operation="
        + FaasOperation.values()[0].id());
    assertEquals(503, r.statusCode());
    long seconds = FaasError.ANOTHER_TASK_RUNNING.retry().after().toSeconds();
    assertEquals(String.valueOf(seconds), r.headers().firstValue("Retry-After").orElseThrow());
  }

  @Test
  void problemJsonWhenAcceptPrefersIt() throws Exception {
    HttpResponse<String> r = get("/fc?code=ServiceNotFound", "Accept",
        "application/problem+json, application/json;q=0.5");
    assertEquals(404, r.statusCode());
    assertEquals("application/problem+json",
        r.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(r.body().contains(
        "\"type\":\"https://errors.example.com/errcat/function-compute.html#SERVICE_NOT_FOUND\""),
        r.body());
    // Spring's own ProblemDetail reads errcat's problem
    ProblemDetail p = RestClient.create(base).get().uri("/fc?code=ServiceNotFound")
        .header("Accept", "application/problem+json").exchange((req, res) -> res
            .bodyTo(ProblemDetail.class));
    assertNotNull(p);
    assertEquals(404, p.getStatus());
    assertEquals(URI.create(
        "https://errors.example.com/errcat/function-compute.html#SERVICE_NOT_FOUND"), p.getType());
    assertEquals("ServiceNotFound", p.getProperties().get("code"));
  }

  @Test
  void otherExceptionsAreLeftToSpring() throws Exception {
    HttpResponse<String> r = get("/boom", "Accept", "application/json");
    assertEquals(500, r.statusCode());
    assertFalse(r.body().contains("ErrorCode"), r.body());
    assertTrue(r.body().contains("\"status\":500"), "Spring's own error body: " + r.body());
    assertEquals("ok", get("/ok").body());
  }
}
