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

  /** errcat's keyword list and qualified-name rule against javac's own, for Java 17. */
  @Test
  void keywordsAndQualifiedNamesAreJava17s() {
    java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of("var", "yield",
        "record", "sealed", "permits", "non-sealed", "module", "exports", "open", "when", "Int",
        "Class", "_x", "$", "x1", "1x", "", "é", "a-b", "\u0000"));
    for (String k : ("abstract assert boolean break byte case catch char class const continue"
        + " default do double else enum extends final finally float for goto if implements import"
        + " instanceof int interface long native new package private protected public return short"
        + " static strictfp super switch synchronized this throw throws transient try void volatile"
        + " while _ true false null").split(" ")) {
      words.add(k);
    }
    for (String w : words) {
      assertEquals(javax.lang.model.SourceVersion.isKeyword(w, javax.lang.model.SourceVersion.RELEASE_17),
          Naming.isKeyword(w), w);
      for (String name : java.util.List.of(w, "com.acme." + w, w + ".errors", "a." + w + ".b")) {
        assertEquals(javax.lang.model.SourceVersion.isName(name, javax.lang.model.SourceVersion.RELEASE_17),
            Naming.isQualifiedName(name), name);
      }
    }
    for (String name : java.util.List.of("a..b", ".a", "a.", "a b", "com.acme-corp.errors",
        "\uD83D\uDE00", "a.\uD835\uDC00")) { // an emoji is no letter; a math letter is one
      assertEquals(javax.lang.model.SourceVersion.isName(name, javax.lang.model.SourceVersion.RELEASE_17),
          Naming.isQualifiedName(name), name);
    }
  }
}
