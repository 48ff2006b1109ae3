package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.catalogs.functioncompute.FunctionComputeHttpMapper;
import io.errcat.runtime.HttpError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Uses the API generated from the bundled function-compute catalog: the project has no YAML. */
class BundledCatalogTest {

  @Test
  void typedFactoryAndWireRoundTrip() {
    FunctionComputeException e = FunctionComputeException.versionNotFound(3L, "orders");
    assertEquals(FunctionComputeError.VERSION_NOT_FOUND, e.error());
    HttpError http = FunctionComputeHttpMapper.toHttp(e);
    assertEquals(404, http.status());
    String body = new String(http.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("\"ErrorCode\":\"VersionNotFound\""), body);
    assertTrue(body.contains("version '3' of service 'orders' does not exist"), body);

    FunctionComputeException back = FunctionComputeHttpMapper.fromHttp(http.status(), http.headers(), http.body());
    assertEquals(FunctionComputeError.VERSION_NOT_FOUND, back.error());
  }

  @Test
  void problemTypesPointAtTheConfiguredDocsBaseUrl() {
    HttpError problem = FunctionComputeHttpMapper.toProblem(FunctionComputeException.serviceNotFound("orders"));
    String body = new String(problem.body(), StandardCharsets.UTF_8);
    assertTrue(body.contains("https://errors.example.com/ref/function-compute.html#SERVICE_NOT_FOUND"), body);
  }
}
