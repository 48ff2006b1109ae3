package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.runtime.testing.HostileServer;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body dripped a byte every 200 ms, just inside any read timeout: the codec's total deadline
 * ends the read from both of the JDK's clients, with what arrived and {@code TOO_SLOW}, and leaves
 * the caller's thread without an interrupt it did not have.
 */
class BodyDeadlineTest {
  private static HostileServer server;
  private static final HttpErrorCodec CODEC =
      Products.FC.codec().withBodyDeadline(Duration.ofSeconds(1));

  @BeforeAll
  static void start() throws Exception {
    server = new HostileServer();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static void tooSlow(ErrorDetails d) {
    assertEquals(500, d.httpStatus());
    assertEquals(DecodeFailure.Reason.TOO_SLOW, d.failure().reason(), d.failure().toString());
    assertTrue(d.failure().excerpt().startsWith("{\"ErrorMessage\":\""),
        d.failure().excerpt());
    assertFalse(Thread.currentThread().isInterrupted(), "the deadline's interrupt leaked");
  }

  @Test
  void httpUrlConnectionDripIsCutAtTheDeadline() throws Exception {
    HttpURLConnection c = (HttpURLConnection) URI.create(server.base() + "/drip").toURL()
        .openConnection();
    c.setReadTimeout(10_000);
    int status = c.getResponseCode();
    ErrorDetails d = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> CODEC.fromStream(status, c.getHeaderFields(), c.getErrorStream(), null));
    tooSlow(d);
  }

  @Test
  void httpClientDripIsCutAtTheDeadline() throws Exception {
    HttpResponse<InputStream> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(server.base() + "/drip")).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    ErrorDetails d = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> CODEC.fromStream(r.statusCode(), r.headers().map(), r.body(), null));
    tooSlow(d);
  }

  @Test
  void aThreadInterruptedBeforeStaysInterrupted() throws Exception {
    HttpURLConnection c = (HttpURLConnection) URI.create(server.base() + "/drip").toURL()
        .openConnection();
    int status = c.getResponseCode();
    Thread.currentThread().interrupt();
    try {
      ErrorDetails d = CODEC.fromStream(status, c.getHeaderFields(), c.getErrorStream(), null);
      assertTrue(Thread.currentThread().isInterrupted(), "the caller's own interrupt was lost");
      assertEquals(DecodeFailure.Reason.TOO_SLOW, d.failure().reason());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void theClientRuleCallsEveryStatusOutsideOneToThreeHundredsAnError() {
    for (int s : new int[] {0, 99, 400, 404, 499, 500, 599, 600, 999, 1000, -1}) {
      assertTrue(HttpError.isError(s), String.valueOf(s));
    }
    for (int s : new int[] {100, 200, 204, 301, 399}) {
      assertFalse(HttpError.isError(s), String.valueOf(s));
    }
  }
}
