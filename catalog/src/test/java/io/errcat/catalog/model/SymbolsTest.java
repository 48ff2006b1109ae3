package io.errcat.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.ClasspathCatalogs;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one table of names: what each name is, decided once. */
class SymbolsTest {
  private static final Symbols FAAS =
      Symbols.of(ClasspathCatalogs.load("faas").orElseThrow().catalog().orElseThrow());

  @Test
  void codesGetConstantFactoryAndAnchor() {
    Symbols.Symbol s = FAAS.of("SHELL NOT MATCH");
    assertEquals("SHELL_NOT_MATCH", s.constant());
    assertEquals("shellNotMatch", s.factory());
    assertEquals("SHELL_NOT_MATCH", s.anchor());
    assertEquals("https://x.example/a%20b/faas.html#SHELL_NOT_MATCH",
        FAAS.codeUrl(" https://x.example/a b// ", s));
    assertEquals("faas.html#SHELL_NOT_MATCH", FAAS.codeUrl(null, s));
    assertTrue(FAAS.of("IMAGE NOT FOUND").variants().size() > 1, "a code with variants");
  }

  @Test
  void methodsNameOperationsByIdThenActionThenCommand() {
    assertEquals(Optional.of("LoadFpgaImage"), id(FAAS.operationForMethod("loadFpgaImage")));
    assertEquals(Optional.of("LoadFpgaImage"), id(FAAS.operationForMethod("loadFpgaImageTask")));
    assertEquals(Optional.of("LoadFpgaImage"), id(FAAS.operationForMethod("downloadImage")));
    // delete_image is the command of two operations: it names neither
    assertEquals(Optional.empty(), id(FAAS.operationForMethod("deleteImage")));
    assertEquals(Optional.empty(), id(FAAS.operationForMethod("frobnicate")));
    assertEquals("LoadFpgaImage", FAAS.operationsByMethod().get("loadFpgaImage"));
  }

  @Test
  void operationAnchorsNeverEqualACardAnchor() {
    assertEquals("op-LoadFpgaImage", Symbols.operationAnchor("LoadFpgaImage"));
    assertEquals("LOAD_FPGA_IMAGE", FAAS.operationConstant("LoadFpgaImage"));
    assertEquals("CN_HANGZHOU", FAAS.regionConstant("cn-hangzhou"));
  }

  private static Optional<String> id(Optional<Operation> op) {
    return op.map(Operation::id);
  }
}
