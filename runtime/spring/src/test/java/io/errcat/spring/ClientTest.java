package io.errcat.spring;

import static io.errcat.runtime.testing.MisbehavingServer.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.runtime.DecodeFailure;
import io.errcat.runtime.testing.MisbehavingServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The client side against responses nobody should send but proxies and failing back ends do:
 * for {@code RestClient} with {@link ErrcatStatusHandler} and {@code WebClient} with {@link
 * ErrcatExchangeFilter}, every one becomes the catalog's typed exception (the fallback, without
 * {@code error()}, when the body explains nothing), never another exception.
 */
class ClientTest {
  private static MisbehavingServer server;

  @BeforeAll
  static void start() throws Exception {
    Map<String, byte[]> r = MisbehavingServer.badBodies();
    r.put("/pop", response("503 Service Unavailable", "application/json", null,
        utf8("{\"Code\":\"ANOTHER TASK RUNNING\",\"RequestId\":\"5FCB6F75-8572-4840-9BDC-87C57174F26D\"}")));
    r.put("/ok", response("200 OK", "text/plain", null, utf8("fine")));
    server = new MisbehavingServer(r);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Both clients, the same expectations. */
  private static void bothClients(String path, Function<FunctionComputeException, Void> check) {
    RestClient rest = RestClient.builder().baseUrl(server.base())
        .defaultStatusHandler(ErrcatStatusHandler.of(FunctionComputeException.class)).build();
    FunctionComputeException fromRest = assertThrows(FunctionComputeException.class,
        () -> rest.get().uri(path).retrieve().body(String.class), "RestClient " + path);
    check.apply(fromRest);

    WebClient web = WebClient.builder().baseUrl(server.base())
        .filter(ErrcatExchangeFilter.of(FunctionComputeException.class)).build();
    Throwable fromWeb = assertThrows(Throwable.class, () -> web.get().uri(path).retrieve()
        .bodyToMono(String.class).block(Duration.ofSeconds(20)), "WebClient " + path);
    check.apply(assertInstanceOf(FunctionComputeException.class, fromWeb, fromWeb.toString()));
  }

  @Test
  void aKnownCodeIsTyped() {
    bothClients("/known", e -> {
      assertEquals(FunctionComputeError.SERVICE_NOT_FOUND, e.error());
      assertEquals("service 'x' does not exist", e.getMessage());
      assertEquals(404, e.httpStatus());
      return null;
    });
  }

  @Test
  void aProxysHtmlPageIsTheTypedFallback() {
    bothClients("/html", e -> {
      assertFalse(e.isKnown());
      assertEquals(502, e.httpStatus());
      assertTrue(e.decodeFailure().orElseThrow().excerpt().contains("502 Bad Gateway"), e.toString());
      return null;
    });
  }

  @Test
  void truncatedUnknownEmptyDroppedAndHugeBodiesAreTypedToo() {
    bothClients("/truncated", e -> {
      assertEquals(500, e.httpStatus());
      assertTrue(e.decodeFailure().isPresent(), e.toString());
      return null;
    });
    bothClients("/unknown", e -> {
      assertEquals("ServiceQuotaFrozen", e.code());
      assertEquals(DecodeFailure.Reason.UNKNOWN_CODE, e.decodeFailure().orElseThrow().reason());
      return null;
    });
    bothClients("/empty", e -> {
      assertEquals(503, e.httpStatus());
      assertTrue(e.retry().retryable(), "503 is retryable by default");
      return null;
    });
    bothClients("/dropped", e -> {
      assertEquals(500, e.httpStatus());
      assertFalse(e.isKnown());
      assertTrue(e.decodeFailure().isPresent(), e.toString());
      return null;
    });
    bothClients("/huge", e -> {
      assertEquals(500, e.httpStatus());
      assertEquals(DecodeFailure.Reason.TOO_LARGE, e.decodeFailure().orElseThrow().reason());
      return null;
    });
  }

  @Test
  void theOperationTheCallerNamesSelectsItsTexts() {
    String op = FaasOperation.values()[0].id();
    for (FaasOperation o : FaasOperation.values()) {
      if (FaasError.ANOTHER_TASK_RUNNING.appliesTo(o.id())) {
        op = o.id();
      }
    }
    String operation = op;
    RestClient rest = RestClient.builder().baseUrl(server.base()).build();
    FaasException e = assertThrows(FaasException.class, () -> rest.get().uri("/pop").retrieve()
        .onStatus(ErrcatStatusHandler.of(FaasException.class).forOperation(operation))
        .body(String.class));
    assertEquals(FaasError.ANOTHER_TASK_RUNNING, e.error());
    assertEquals(operation, e.operationId());
    assertEquals(FaasError.ANOTHER_TASK_RUNNING.variant(operation).message(), e.getMessage());
    assertEquals("5FCB6F75-8572-4840-9BDC-87C57174F26D", e.requestId());

    WebClient web = WebClient.builder().baseUrl(server.base())
        .filter(ErrcatExchangeFilter.of(FaasException.class)).build();
    Throwable t = assertThrows(Throwable.class, () -> web.get().uri("/pop")
        .attribute(ErrcatExchangeFilter.OPERATION, operation)
        .retrieve().bodyToMono(String.class).block(Duration.ofSeconds(20)));
    assertEquals(operation, assertInstanceOf(FaasException.class, t).operationId());
  }

  @Test
  void successesPassThrough() {
    assertEquals("fine", RestClient.builder().baseUrl(server.base())
        .defaultStatusHandler(ErrcatStatusHandler.of(FunctionComputeException.class)).build()
        .get().uri("/ok").retrieve().body(String.class));
    assertEquals("fine", WebClient.builder().baseUrl(server.base())
        .filter(ErrcatExchangeFilter.of(FunctionComputeException.class)).build()
        .get().uri("/ok").retrieve().bodyToMono(String.class).block(Duration.ofSeconds(20)));
  }
}
