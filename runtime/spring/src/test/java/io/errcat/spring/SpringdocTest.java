package io.errcat.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.errcat.spring.app.TestApp;
import io.errcat.spring.springdoc.SpringdocApp;
import io.swagger.v3.core.util.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * springdoc on a running Boot application documents each endpoint's real errors and nothing
 * else: {@code /v3/api-docs} over a socket, compared per operation with the interface's
 * {@code @Raises}; the server's own answer is the documented example's code.
 */
class SpringdocTest {
  private static ConfigurableApplicationContext app;
  private static HttpClient http;
  private static JsonNode doc;

  @BeforeAll
  static void start() throws Exception {
    app = new SpringApplicationBuilder(SpringdocApp.class)
        .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
        .run();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    doc = Json.mapper().readTree(get("/v3/api-docs").body());
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static HttpResponse<String> send(String method, String path) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TestApp.port(app)
        + path)).timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers
        .noBody()).build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return send("GET", path);
  }

  private static Set<String> statuses(String path, String method) {
    Set<String> out = new TreeSet<>();
    doc.path("paths").path(path).path(method).path("responses").fieldNames()
        .forEachRemaining(out::add);
    return out;
  }

  private static List<String> codes(String path, String method, String status) {
    JsonNode schema = doc.path("paths").path(path).path(method).path("responses").path(status)
        .path("content").path("application/problem+json").path("schema").path("allOf").path(1);
    List<String> out = new ArrayList<>();
    schema.path("properties").path("code").path("enum").forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void eachEndpointDocumentsExactlyItsDeclaredErrors() {
    assertEquals(Set.of("200", "404"), statuses("/images/{id}", "delete"), doc.toString());
    assertEquals(List.of("IMAGE NOT FOUND"), codes("/images/{id}", "delete", "404"));
    assertEquals(Set.of("200", "404", "503"), statuses("/images/{id}/load", "post"));
    assertEquals(List.of("SHELL NOT MATCH"), codes("/images/{id}/load", "post", "404"));
    assertEquals(List.of("ANOTHER TASK RUNNING"), codes("/images/{id}/load", "post", "503"));
    assertEquals(Set.of("200"), statuses("/health", "get"), "no error pasted onto every operation");
    assertTrue(doc.path("components").path("schemas").has("FaasError"), "the body's schema");
    assertTrue(doc.path("components").path("schemas").has("ProblemDetails"));
  }

  @Test
  void theDocumentedExampleIsWhatTheServerAnswers() throws Exception {
    JsonNode example = doc.path("paths").path("/images/{id}").path("delete").path("responses")
        .path("404").path("content").path("application/json;charset=utf-8").path("examples")
        .path("IMAGE_NOT_FOUND").path("value");
    HttpResponse<String> answer = send("DELETE", "/images/x");
    assertEquals(404, answer.statusCode());
    JsonNode body = Json.mapper().readTree(answer.body());
    assertEquals(example.path("Code").asText(), body.path("Code").asText(), answer.body());
    assertEquals(example.path("Message").asText(), body.path("Message").asText());
  }
}
