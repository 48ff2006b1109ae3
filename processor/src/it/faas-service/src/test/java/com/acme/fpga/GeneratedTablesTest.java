package com.acme.fpga;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.api.GreeterErrors;
import com.acme.api.errors.GreeterError;
import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratedTablesTest {
  @Test
  void tablesAndDecoders() {
    assertEquals(Set.of(FaasError.ANOTHER_TASK_RUNNING, FaasError.SHELL_NOT_MATCH),
        FpgaImageServiceErrors.LOAD_FPGA_IMAGE);
    assertEquals(Set.of(GreeterError.NAME_TOO_LONG), GreeterErrors.GREET);
    byte[] body = "{\"Code\":\"IMAGE NOT FOUND\",\"RequestId\":\"r-1\"}".getBytes(StandardCharsets.UTF_8);
    FaasException e = FpgaImageServiceErrors.deleteFpgaImage(404, Map.of("Content-Type", List.of("application/json")), body);
    assertEquals(FaasError.IMAGE_NOT_FOUND, e.error());
    assertEquals("The specify image does not found.", e.getMessage());
    assertEquals("r-1", e.requestId());
  }
}
