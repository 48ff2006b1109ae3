package io.errcat.fpga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/** Asserts the generated FaaS error a call throws, with the texts of the document's table. */
final class Expect {
  private Expect() {
  }

  static FaasException faas(FaasError error, FaasOperation operation, int status, String message,
      Executable call) {
    FaasException e = assertThrows(FaasException.class, call);
    assertEquals(error, e.error(), "error");
    assertEquals(Optional.of(operation), e.operation(), "operation");
    assertEquals(status, e.httpStatus(), "HTTP status");
    assertEquals(message, e.getMessage(), "message");
    return e;
  }
}
