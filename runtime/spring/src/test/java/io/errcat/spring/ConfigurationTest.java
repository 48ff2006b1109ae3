package io.errcat.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.spring.advice.UserAdvice;
import io.errcat.spring.app.TestApp;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code errcat.*} properties, each on a real application started with it, and living
 * together with what Spring applications already have: Spring's problem-details support, a
 * {@code ResponseEntityExceptionHandler} advice and a catch-all handler.
 */
class ConfigurationTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static HttpResponse<String> get(ConfigurableApplicationContext app, String method,
      String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + TestApp.port(app) + path))
        .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String contentType(HttpResponse<?> r) {
    return r.headers().firstValue("Content-Type").orElse("");
  }

  @Test
  void aServerDefaultOfProblemJsonStillAnswersAClientThatAsksForJson() throws Exception {
    try (ConfigurableApplicationContext app = TestApp.start(List.of(TestApp.class),
        "errcat.server.default-format=problem",
        "errcat.docs-base-url=https://docs.example.org/errors/")) {
      HttpResponse<String> r = get(app, "GET", "/fc?code=ServiceNotFound", "Accept", "*/*");
      assertEquals("application/problem+json", contentType(r));
      assertTrue(r.body().contains(
          "\"type\":\"https://docs.example.org/errors/function-compute.html#SERVICE_NOT_FOUND\""),
          r.body());
      HttpResponse<String> json = get(app, "GET", "/fc?code=ServiceNotFound", "Accept",
          "application/json");
      assertTrue(json.body().startsWith("{\"ErrorCode\":\"ServiceNotFound\""), json.body());
    }
  }

  @Test
  void withSpringsProblemDetailsOnErrcatAnswersAsSpringDoes() throws Exception {
    try (ConfigurableApplicationContext app = TestApp.start(List.of(TestApp.class),
        "spring.mvc.problemdetails.enabled=true")) {
      HttpResponse<String> errcat = get(app, "GET", "/fc?code=ServiceNotFound");
      assertEquals(404, errcat.statusCode());
      assertEquals("application/problem+json", contentType(errcat));
      assertTrue(errcat.body().contains("\"code\":\"ServiceNotFound\""), errcat.body());
      // Spring's own exception, answered by Spring's ProblemDetailsExceptionHandler
      HttpResponse<String> spring = get(app, "DELETE", "/ok");
      assertEquals(405, spring.statusCode());
      assertEquals("application/problem+json", contentType(spring));
      assertTrue(spring.body().contains("\"title\":\"Method Not Allowed\""), spring.body());
      assertFalse(spring.body().contains("\"code\""), spring.body());
      // and a product client still gets its format
      HttpResponse<String> sdk = get(app, "GET", "/fc?code=ServiceNotFound", "Accept",
          "application/json");
      assertTrue(sdk.body().startsWith("{\"ErrorCode\":"), sdk.body());
    }
  }

  @Test
  void configuredRequestIdHeadersAreEchoed() throws Exception {
    try (ConfigurableApplicationContext app = TestApp.start(List.of(TestApp.class),
        "errcat.server.request-id-headers=X-Request-Id,X-Correlation-Id")) {
      HttpResponse<String> r = get(app, "GET", "/fc?code=ServiceNotFound", "X-Correlation-Id",
          "corr-9", "X-Fc-Request-Id", "ignored");
      assertEquals("corr-9", r.headers().firstValue("X-Fc-Request-Id").orElseThrow());
    }
  }

  @Test
  void switchedOffErrcatsExceptionsAreSpringsAgain() throws Exception {
    try (ConfigurableApplicationContext app = TestApp.start(List.of(TestApp.class),
        "errcat.server.enabled=false")) {
      assertFalse(app.containsBean("errcatExceptionHandler"));
      HttpResponse<String> r = get(app, "GET", "/fc?code=ServiceNotFound", "Accept",
          "application/json");
      assertEquals(500, r.statusCode());
      assertFalse(r.body().contains("ErrorCode"), r.body());
    }
  }

  @Test
  void aCatchAllAdviceOfTheApplicationDoesNotTakeErrcatsExceptions() throws Exception {
    try (ConfigurableApplicationContext app =
        TestApp.start(List.of(TestApp.class, UserAdvice.class))) {
      HttpResponse<String> errcat = get(app, "GET", "/fc?code=ServiceNotFound");
      assertEquals(404, errcat.statusCode());
      assertTrue(errcat.body().startsWith("{\"ErrorCode\":\"ServiceNotFound\""), errcat.body());
      HttpResponse<String> other = get(app, "GET", "/boom");
      assertEquals(418, other.statusCode());
      assertEquals("user advice: not an errcat exception", other.body());
      HttpResponse<String> spring = get(app, "DELETE", "/ok");
      assertEquals(405, spring.statusCode(), "ResponseEntityExceptionHandler keeps Spring's");
    }
  }

  @Test
  void aHigherPrecedenceAdviceComesFirstWhenTheApplicationWantsIt() throws Exception {
    try (ConfigurableApplicationContext app = TestApp.start(List.of(TestApp.class,
        UserAdvice.class), "errcat.server.order=" + Integer.MAX_VALUE)) {
      HttpResponse<String> r = get(app, "GET", "/fc?code=ServiceNotFound");
      assertEquals(418, r.statusCode(), r.body());
    }
  }

  @Test
  void everyPropertyHasMetadataForIdes() throws IOException {
    String json;
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String key : List.of("errcat.docs-base-url", "errcat.server.enabled",
        "errcat.server.default-format", "errcat.server.request-id-headers",
        "errcat.server.order", "errcat.server.request-id-attribute")) {
      assertTrue(json.contains("\"name\": \"" + key + "\""), key + " in " + json);
    }
    assertTrue(json.contains("Where the HTML reference of the catalogs is published"), json);
    assertTrue(json.contains("\"type\": \"io.errcat.runtime.BodyForm\""), json);
  }
}
