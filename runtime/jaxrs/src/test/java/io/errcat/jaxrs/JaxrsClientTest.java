package io.errcat.jaxrs;

import static io.errcat.runtime.testing.MisbehavingServer.response;
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
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
    Map<String, byte[]> r = new LinkedHashMap<>();
    r.put("/known", response("404 Not Found", "application/json", null,
        utf8("{\"ErrorCode\":\"ServiceNotFound\",\"ErrorMessage\":\"service 'x' does not exist\"}")));
    r.put("/html", response("502 Bad Gateway", "text/html", null,
        utf8("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")));
    r.put("/truncated", response("500 Internal Server Error", "application/json", null,
        utf8("{\"ErrorCode\":\"InternalServerError\",\"ErrorMess")));
    r.put("/unknown", response("409 Conflict", "application/json", null,
        utf8("{\"ErrorCode\":\"ServiceQuotaFrozen\",\"ErrorMessage\":\"frozen\"}")));
    r.put("/empty", response("503 Service Unavailable", null, null, new byte[0]));
    r.put("/dropped", response("500 Internal Server Error", "application/json", "4096",
        utf8("{\"ErrorCode\":\"Intern")));
    byte[] huge = new byte[3 << 20];
    Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    r.put("/huge", response("500 Internal Server Error", "application/json", null, huge));
    server = new MisbehavingServer(r);
    client = ClientBuilder.newClient();
  }

  @AfterAll
  static void stop() throws Exception {
    client.close();
    server.close();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
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
