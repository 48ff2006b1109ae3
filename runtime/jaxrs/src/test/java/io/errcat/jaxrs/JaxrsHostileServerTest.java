package io.errcat.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.runtime.DecodeFailure;
import io.errcat.runtime.testing.HostileServer;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jersey's client, through {@link ErrcatResponses} and through {@link ErrcatClientFilter}, against
 * a server that attacks through its error bodies: each call ends with the typed exception within
 * its bounds (1 MiB, and the body deadline, here one second from the client's property), and an
 * endless body is not read to its end.
 */
class JaxrsHostileServerTest {
  private static HostileServer server;
  private static Client client;

  @BeforeAll
  static void start() throws Exception {
    server = new HostileServer();
    client = ClientBuilder.newBuilder().property(ErrcatClientFilter.BODY_DEADLINE, "PT1S")
        .build();
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    server.close();
  }

  private static FunctionComputeException read(String path) {
    return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
        FunctionComputeException.class, () -> ErrcatResponses.of(FunctionComputeException.class)
            .withBodyDeadline(Duration.ofSeconds(1))
            .read(client.target(server.base()).path(path).request().get(), String.class)));
  }

  private static FunctionComputeException filtered(String path) {
    ProcessingException wrapped = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertThrows(ProcessingException.class, () -> client.target(server.base())
            .path(path).register(ErrcatClientFilter.of(FunctionComputeException.class))
            .request().get(String.class)));
    return ErrcatClientFilter.typed(wrapped, FunctionComputeException.class)
        .orElseThrow(() -> new AssertionError(wrapped));
  }

  @Test
  void endlessBodiesAreReadToTheirBoundAndNoFurther() throws Exception {
    for (String path : new String[] {"/endless", "/gzip-endless"}) {
      server.reset();
      FunctionComputeException e = read(path);
      assertEquals(500, e.httpStatus());
      assertNull(e.error());
      assertEquals(HostileServer.Outcome.ABORTED, server.outcome(path, Duration.ofSeconds(20)),
          "read " + path + " to its end");
      server.reset();
      assertEquals(500, filtered(path).httpStatus());
      assertEquals(HostileServer.Outcome.ABORTED, server.outcome(path, Duration.ofSeconds(20)),
          "the filter read " + path + " to its end");
    }
  }

  @Test
  void aDrippedBodyEndsAtTheDeadline() {
    // the rest is the JDK's keep-alive cleaner's, in its own thread (docs/jaxrs.md)
    assertEquals(DecodeFailure.Reason.TOO_SLOW, read("/drip").details().failure().reason());
    assertEquals(DecodeFailure.Reason.TOO_SLOW, filtered("/drip").details().failure().reason());
  }

  @Test
  void impossibleStatusesAndUnknownCharsetsAreTyped() {
    for (String path : new String[] {"/status-600", "/status-999", "/bad-charset"}) {
      int status = Integer.parseInt(path.startsWith("/status-") ? path.substring(8) : "404");
      for (FunctionComputeException e : new FunctionComputeException[] {read(path),
          filtered(path)}) {
        assertEquals(status, e.httpStatus(), path);
        assertEquals(FunctionComputeError.SERVICE_NOT_FOUND, e.error(), path);
      }
    }
  }

  @Test
  void theDeadlinePropertyTakesDurationsAndMilliseconds() {
    assertEquals(Duration.ofSeconds(5), ErrcatClientFilter.bodyDeadline("PT5S"));
    assertEquals(Duration.ofMillis(1500), ErrcatClientFilter.bodyDeadline("1500"));
    assertEquals(Duration.ofMillis(250), ErrcatClientFilter.bodyDeadline(250));
    assertEquals(Duration.ofSeconds(10), ErrcatClientFilter.bodyDeadline(null));
    assertThrows(IllegalArgumentException.class, () -> ErrcatClientFilter.bodyDeadline("soon"));
  }
}
