package io.errcat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.errcat.processor.Fixtures.javac;
import static io.errcat.processor.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.errcat.runtime.ErrcatException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FaaS service interface of DESIGN.md against the bundled {@code faas} catalog: the catalog
 * API is generated, everything compiles without a warning, and the generated table and decoders
 * run.
 */
class FaasServiceTest {
  static final JavaFileObject SERVICE = source("com.acme.fpga.FpgaImageService", """
      package com.acme.fpga;

      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;

      @ErrorCatalog("faas")
      public interface FpgaImageService {
        /** A load task as download_image answers it. */
        record LoadTask(String instanceId, String state) {}

        @Raises({"ANOTHER TASK RUNNING", "SHELL NOT MATCH"})
        LoadTask loadFpgaImage(String instanceId, String fpgaUuid, String imageUuid);

        @Raises({"NOT AUTHORIZED", "FPGA NOT FOUND", "InternalError"})
        String describeLoadTaskStatus(String instanceId, String fpgaUuid);

        @Raises("IMAGE NOT FOUND")
        void deleteFpgaImage(String imageUuid);

        @Raises({"FREQUENCY ERROR", "IMAGE NUMBER EXCEED"}) // by CLI command create_image
        String createImage(String bucket, String object);

        String notChecked();
      }
      """);

  static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = javac().compile(SERVICE);
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatesTheCatalogApiOnce() {
    for (String type : List.of("FaasError", "FaasOperation", "FaasException", "FaasHttpMapper")) {
      assertEquals(1, Fixtures.generatedCount(compilation, type + ".java"), type);
    }
  }

  @Test
  void theErrorsTableMatchesItsGoldenFile() {
    Fixtures.assertGolden("FpgaImageServiceErrors.java",
        Fixtures.generated(compilation, "com.acme.fpga.FpgaImageServiceErrors"));
  }

  @Test
  void theTableHoldsTheDeclaredErrorsInCatalogOrder() throws Exception {
    Class<?> errors = new CompiledClasses(compilation).loadClass("com.acme.fpga.FpgaImageServiceErrors");
    assertEquals("[ANOTHER_TASK_RUNNING, SHELL_NOT_MATCH]", errors.getField("LOAD_FPGA_IMAGE").get(null).toString());
    assertEquals("[INTERNAL_ERROR, NOT_AUTHORIZED, FPGA_NOT_FOUND]",
        errors.getField("DESCRIBE_LOAD_TASK_STATUS").get(null).toString());
    Set<?> set = (Set<?>) errors.getField("CREATE_IMAGE").get(null);
    assertEquals(2, set.size());
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> set.clear());
  }

  @Test
  void eachMethodsDecoderPicksItsOperationsVariant() throws Exception {
    Class<?> errors = new CompiledClasses(compilation).loadClass("com.acme.fpga.FpgaImageServiceErrors");
    byte[] body = "{\"RequestId\":\"5E-1\",\"Code\":\"IMAGE NOT FOUND\"}".getBytes(StandardCharsets.UTF_8);
    Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"));
    ErrcatException onDelete = decode(errors, "deleteFpgaImage", 404, headers, body);
    assertEquals("IMAGE NOT FOUND", onDelete.code());
    assertEquals("5E-1", onDelete.requestId());
    assertEquals("The specify image does not found.", onDelete.getMessage());

    Class<?> faasError = errors.getClassLoader().loadClass("io.errcat.catalogs.faas.FaasError");
    assertTrue(faasError.isEnum());
    ErrcatException html = decode(errors, "loadFpgaImage", 502, Map.of(),
        "<html><body>Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8));
    assertEquals(502, html.httpStatus());
    assertEquals(false, html.isKnown());
  }

  private static ErrcatException decode(Class<?> errors, String method, int status,
      Map<String, List<String>> headers, byte[] body) throws Exception {
    Method m = errors.getMethod(method, int.class, Map.class, byte[].class);
    return (ErrcatException) m.invoke(null, status, headers, body);
  }
}
