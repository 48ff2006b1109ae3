package io.errcat.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.util.stream.Stream;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Jersey 4 on Grizzly over loopback, errcat found by Jersey's auto-discovery: every code of two
 * catalogs thrown by a resource comes back typed through Jersey's client, read by {@link
 * ErrcatResponses} and by {@link ErrcatClientFilter}; the wire is the product's, or problem+json by
 * {@code Accept}; other exceptions stay Jersey's.
 */
class JaxrsServerTest {
  private static HttpServer server;
  private static Client client;
  private static WebTarget target;

  @BeforeAll
  static void start() {
    server = Resources.start();
    client = ClientBuilder.newClient();
    target = client.target(Resources.base(server));
  }

  @AfterAll
  static void stop() {
    client.close();
    server.shutdownNow();
  }

  @TestFactory
  Stream<DynamicTest> everyFunctionComputeCodeComesBackTypedFromTheResponse() {
    ErrcatResponses<FunctionComputeException> fc =
        ErrcatResponses.of(FunctionComputeException.class);
    return Stream.of(FunctionComputeError.values()).map(code -> DynamicTest.dynamicTest(
        code.code(), () -> {
          Response r = target.path("fc").queryParam("code", code.code()).request()
              .header("X-Fc-Request-Id", "caller-" + code.ordinal()).get();
          FunctionComputeException e = assertThrows(FunctionComputeException.class,
              () -> fc.read(r, String.class));
          assertEquals(code, e.error(), e.toString());
          assertEquals(code.httpStatus(), e.httpStatus());
          assertEquals(code.message(), e.details().message());
          assertEquals("caller-" + code.ordinal(), e.requestId());
        }));
  }

  @TestFactory
  Stream<DynamicTest> everyFaasCodeComesBackTypedThroughTheFilter() {
    WebTarget faas = client.target(Resources.base(server))
        .register(ErrcatClientFilter.of(FaasException.class));
    return Stream.of(FaasError.values()).map(code -> DynamicTest.dynamicTest(code.code(), () -> {
      String op = FaasOperation.values()[0].id();
      for (FaasOperation o : FaasOperation.values()) {
        if (code.appliesTo(o.id())) {
          op = o.id();
          break;
        }
      }
      String operation = op;
      ProcessingException wrapped = assertThrows(ProcessingException.class,
          () -> faas.path("faas").queryParam("code", code.code())
              .queryParam("operation", operation).request()
              .property(ErrcatClientFilter.OPERATION, operation).get(String.class));
      FaasException e = ErrcatClientFilter.typed(wrapped, FaasException.class)
          .orElseThrow(() -> new AssertionError(wrapped));
      assertEquals(code, e.error(), e.toString());
      assertEquals(code.variant(operation).httpStatus(), e.httpStatus());
      assertEquals(operation, e.operationId());
      assertTrue(e.requestId().matches("[0-9A-F-]{36}"), e.toString());
      if (code.variant(operation).retry().after() != null) {
        assertEquals(code.variant(operation).retry().after(), e.retry().after());
      }
    }));
  }

  @Test
  void theWireIsTheProductsOwnOrAProblemByAccept() {
    try (Response r = target.path("fc").queryParam("code", "ServiceNotFound").request().get()) {
      assertEquals(404, r.getStatus());
      assertTrue(r.getHeaderString("Content-Type").startsWith("application/json"));
      assertEquals(null, r.getHeaderString("X-Fc-Request-Id"), "Function Compute mints no ids");
      assertTrue(r.readEntity(String.class).startsWith("{\"ErrorCode\":\"ServiceNotFound\""));
    }
    try (Response r = target.path("fc").queryParam("code", "ServiceNotFound").request()
        .accept("application/problem+json").get()) {
      assertEquals("application/problem+json", r.getHeaderString("Content-Type"));
      assertTrue(r.readEntity(String.class).contains(
          "\"type\":\"https://errors.example.com/errcat/function-compute.html#SERVICE_NOT_FOUND\""));
    }
    try (Response r = target.path("faas").queryParam("code", "ANOTHER TASK RUNNING").request()
        .accept("application/xml").get()) {
      assertEquals(503, r.getStatus());
      assertEquals(String.valueOf(
              FaasError.ANOTHER_TASK_RUNNING.retry().after().toSeconds()),
          r.getHeaderString("Retry-After"));
      assertTrue(r.readEntity(String.class).contains("<Code>ANOTHER TASK RUNNING</Code>"));
    }
  }

  @Test
  void otherExceptionsAndJerseysOwnAreLeftAlone() {
    try (Response r = target.path("boom").request().get()) {
      assertEquals(500, r.getStatus());
      assertFalse(r.readEntity(String.class).contains("ErrorCode"));
    }
    try (Response r = target.path("nowhere").request().get()) {
      assertEquals(404, r.getStatus());
      assertFalse(r.readEntity(String.class).contains("ErrorCode"));
    }
    assertEquals("ok", ErrcatResponses.of(FunctionComputeException.class)
        .read(target.path("ok").request().get(), String.class));
  }

  @Test
  void propertiesSetTheDefaultFormAndTheDocsBaseUrl() {
    HttpServer configured = Resources.start(ErrcatFeature.DEFAULT_FORMAT, "problem",
        ErrcatFeature.DOCS_BASE_URL, "https://docs.example.org/ref/",
        ErrcatFeature.REQUEST_ID_HEADERS, "X-Correlation-Id");
    try {
      WebTarget t = client.target(Resources.base(configured)).path("fc")
          .queryParam("code", "ServiceNotFound");
      try (Response r = t.request().header("X-Correlation-Id", "corr-3").get()) {
        assertEquals("application/problem+json", r.getHeaderString("Content-Type"));
        assertEquals("corr-3", r.getHeaderString("X-Fc-Request-Id"));
        assertTrue(r.readEntity(String.class).contains(
            "\"type\":\"https://docs.example.org/ref/function-compute.html#SERVICE_NOT_FOUND\""));
      }
      try (Response r = t.request().accept("application/json").get()) {
        String body = r.readEntity(String.class);
        assertTrue(body.startsWith("{\"ErrorCode\":"), r.getStatus() + " " + r.getHeaders() + body);
      }
    } finally {
      configured.shutdownNow();
    }
  }

  @Test
  void withoutAutoDiscoveryTheFeatureIsRegisteredByHand() {
    String disable = "jersey.config.disableAutoDiscovery";
    HttpServer bare = Resources.start(disable, "true");
    HttpServer registered = Resources.start(
        new org.glassfish.jersey.server.ResourceConfig(Resources.class, ErrcatFeature.class),
        disable, "true");
    try {
      try (Response r = client.target(Resources.base(bare)).path("fc")
          .queryParam("code", "ServiceNotFound").request().get()) {
        assertEquals(500, r.getStatus(), "nothing of errcat's without discovery");
      }
      try (Response r = client.target(Resources.base(registered)).path("fc")
          .queryParam("code", "ServiceNotFound").request().get()) {
        assertEquals(404, r.getStatus());
        assertTrue(r.readEntity(String.class).startsWith("{\"ErrorCode\":\"ServiceNotFound\""));
      }
    } finally {
      bare.shutdownNow();
      registered.shutdownNow();
    }
  }

  @Test
  void aTypoInTheDefaultFormFailsLoudly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ErrcatFeature.form("problme"));
    assertTrue(e.getMessage().contains("json, xml or problem"), e.getMessage());
  }
}
