package io.errcat.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cases every server adapter must answer alike, over a real socket: each adapter's test
 * extends this with a running application whose {@code /fc?code=ServiceNotFound} throws Function
 * Compute's {@code ServiceNotFound} without a request id, and which puts the value of {@value
 * #APP_ID_HEADER} where the framework keeps the application's own request id (configured as the
 * adapter's {@code errcat.server.request-id-attribute}). One rule, one answer, whatever the
 * framework: repeated headers, the application's id, the form by every {@code Accept} line.
 */
public abstract class ServerAdapterContract {
  /** The test header a test application copies into its own request id. */
  public static final String APP_ID_HEADER = "X-Test-App-Id";

  // HTTP/1.1: java.net.http otherwise asks to upgrade to h2c, and Grizzly without its HTTP/2
  // add-on then answers without the response's headers (any response, not only errcat's)
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();

  /** For each adapter's test to extend. */
  protected ServerAdapterContract() {}

  /**
   * Where the application listens.
   *
   * @return e.g. {@code http://127.0.0.1:8080}
   */
  protected abstract URI base();

  /** Sends {@code /fc?code=ServiceNotFound} with headers, a name repeated for each value. */
  private HttpResponse<String> call(String... nameValues) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base().resolve("/fc?code=ServiceNotFound"))
        .timeout(Duration.ofSeconds(10));
    for (int i = 0; i < nameValues.length; i += 2) {
      b.header(nameValues[i], nameValues[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String requestId(HttpResponse<String> r) {
    return r.headers().firstValue("X-Fc-Request-Id").orElse(null);
  }

  @Test
  void theCallersRequestIdIsEchoed() throws Exception {
    HttpResponse<String> r = call("X-Fc-Request-Id", "caller-1");
    assertEquals(404, r.statusCode(), r.body());
    assertEquals("caller-1", requestId(r));
    assertTrue(r.body().contains("\"ErrorCode\":\"ServiceNotFound\""), r.body());
  }

  @Test
  void aRepeatedRequestIdHeaderGivesItsFirstValue() throws Exception {
    assertEquals("caller-1", requestId(call("X-Fc-Request-Id", "caller-1",
        "X-Fc-Request-Id", "caller-2")));
  }

  @Test
  void theApplicationsOwnIdComesBeforeTheCallers() throws Exception {
    assertEquals("app-1", requestId(call(APP_ID_HEADER, "app-1",
        "X-Fc-Request-Id", "caller-1")));
  }

  @Test
  void theAnswerNamesItsLanguage() throws Exception {
    // Function Compute's catalog is in English only: every caller gets English, and is told so
    HttpResponse<String> r = call("Accept-Language", "zh-CN", "Accept-Language", "ar;q=0.5");
    assertEquals("en", r.headers().firstValue("Content-Language").orElse(null), r.body());
    assertTrue(r.body().contains("\"ErrorMessage\":\""), r.body());
    assertEquals("en", call().headers().firstValue("Content-Language").orElse(null));
  }

  @Test
  void everyAcceptLineIsOneList() throws Exception {
    HttpResponse<String> r = call("Accept", "text/html", "Accept", "application/problem+json");
    assertEquals("application/problem+json",
        r.headers().firstValue("Content-Type").orElse("").split(";")[0], r.body());
  }

  @Test
  void theProductsFormatByDefaultAndOnRequest() throws Exception {
    for (List<String> accept : List.of(List.<String>of(), List.of("Accept", "application/json"))) {
      HttpResponse<String> r = call(accept.toArray(String[]::new));
      assertEquals("application/json",
          r.headers().firstValue("Content-Type").orElse("").split(";")[0], r.body());
      assertEquals("{\"ErrorCode\":\"ServiceNotFound\",\"ErrorMessage\":\"service '%s' does not"
          + " exist\"}", r.body());
    }
  }
}
