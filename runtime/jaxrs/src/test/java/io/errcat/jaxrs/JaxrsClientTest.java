package io.errcat.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.runtime.DecodeFailure;
import io.errcat.runtime.testing.MisbehavingServer;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jersey's client against responses that proxies and failing back ends send: through {@link
 * ErrcatResponses} and {@link ErrcatClientFilter}, each becomes the catalog's typed exception, the
 * fallback where the body explains nothing; a refused connection stays what it is.
 */
class JaxrsClientTest {
  private static MisbehavingServer server;
  private static Client client;

  @BeforeAll
  static void start() throws Exception {
    Map<String, byte[]> r = MisbehavingServer.badBodies();
    server = new MisbehavingServer(r);
    client = ClientBuilder.newClient();
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    server.close();
  }

  private static void both(String path, Consumer<FunctionComputeException> check) {
    FunctionComputeException read = assertThrows(FunctionComputeException.class,
        () -> ErrcatResponses.of(FunctionComputeException.class)
            .read(client.target(server.base()).path(path).request().get(), String.class));
    check.accept(read);
    ProcessingException wrapped = assertThrows(ProcessingException.class,
        () -> client.target(server.base()).path(path)
            .register(ErrcatClientFilter.of(FunctionComputeException.class))
            .request().get(String.class));
    check.accept(ErrcatClientFilter.typed(wrapped, FunctionComputeException.class)
        .orElseThrow(() -> new AssertionError(wrapped)));
  }

  @Test
  void everyBodyIsTyped() {
    both("known", e -> {
      assertEquals(FunctionComputeError.SERVICE_NOT_FOUND, e.error());
      assertEquals("service 'x' does not exist", e.getMessage());
    });
    both("html", e -> {
      assertFalse(e.isKnown());
      assertEquals(502, e.httpStatus());
      assertTrue(e.decodeFailure().orElseThrow().excerpt().contains("502 Bad Gateway"));
    });
    both("truncated", e -> assertTrue(e.decodeFailure().isPresent(), e.toString()));
    both("unknown", e -> assertEquals(DecodeFailure.Reason.UNKNOWN_CODE,
        e.decodeFailure().orElseThrow().reason()));
    both("empty", e -> assertEquals(503, e.httpStatus()));
    both("dropped", e -> {
      assertEquals(500, e.httpStatus());
      assertTrue(e.decodeFailure().isPresent(), e.toString());
    });
    both("huge", e -> assertEquals(DecodeFailure.Reason.TOO_LARGE,
        e.decodeFailure().orElseThrow().reason()));
  }

  @Test
  void aRefusedConnectionIsNotMistakenForAnError() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ProcessingException e = assertThrows(ProcessingException.class,
        () -> client.target("http://127.0.0.1:" + port)
            .register(ErrcatClientFilter.of(FunctionComputeException.class))
            .request().get(String.class));
    assertTrue(ErrcatClientFilter.typed(e, FunctionComputeException.class).isEmpty());
  }
}
