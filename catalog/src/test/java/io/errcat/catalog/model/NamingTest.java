package io.errcat.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {

  @ParameterizedTest
  @CsvSource({
    "ANOTHER TASK RUNNING, ANOTHER_TASK_RUNNING",
    "InvalidSecurityToken.MismatchWithAccessKey, INVALID_SECURITY_TOKEN_MISMATCH_WITH_ACCESS_KEY",
    "APIG.0101, APIG_0101",
    "1001, E1001",
    "SDK.InvalidRegionId, SDK_INVALID_REGION_ID",
    "NoPermisson, NO_PERMISSON",
    "InvalidAccessKeyID, INVALID_ACCESS_KEY_ID",
    "'  --  ', E",
  })
  void constantNames(String code, String expected) {
    assertEquals(expected, Naming.constantName(code));
  }

  @ParameterizedTest
  @CsvSource({
      "com.acme, com.acme.errors",
      "com.acme-corp, com.acme_corp.errors",
      "Com.Acme, com.acme.errors",
      "org.3d.int, org._3d.int_.errors",
      "io..errcat., io.errcat.errors",
  })
  void aProjectPackageComesFromTheGroup(String group, String expected) {
    assertEquals(java.util.Optional.of(expected), Naming.projectPackage(group));
  }

  @Test
  void aGroupWithoutSegmentsGivesNoPackage() {
    assertEquals(java.util.Optional.empty(), Naming.projectPackage("..."));
    assertEquals(java.util.Optional.empty(), Naming.projectPackage(null));
  }

  @Test
  void methodNamesEscapeKeywordsAndStartLowerCase() {
    assertEquals("anotherTaskRunning", Naming.methodName("ANOTHER_TASK_RUNNING"));
    assertEquals("new_", Naming.methodName("NEW"));
    assertEquals("e1001", Naming.methodName("E1001"));
    assertEquals("loadFpgaImage", Naming.operationMethodName("LoadFpgaImage"));
  }

  @Test
  void typesAndPackagesFromIds() {
    assertEquals("FunctionCompute", Naming.typePrefix("function-compute"));
    assertEquals("Faas", Naming.typePrefix("faas"));
    assertEquals("io.errcat.catalogs.functioncompute", Naming.packageName("function-compute"));
  }

  @Test
  void namesDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals("INVALID_ITEM", Naming.constantName("invalid item"));
      assertEquals("invalidItem", Naming.methodName("INVALID_ITEM"));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
