package io.errcat.catalog.java;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.java.ServiceErrors.Method;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.JavaSection;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Product;
import io.errcat.runtime.ErrcatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code <Interface>Errors} types the engine generates for the annotation processor, compiled
 * (one strict javac run, doclint of public members included) against the catalog APIs they refer to: a single-enum
 * catalog, a catalog split into part enums, and a catalog without a wire format whose operation
 * id is hostile Javadoc.
 */
class ServiceErrorsEmitterTest {
  @TempDir static Path dir;
  static final Catalog SMALL = SyntheticCatalog.of(60);
  static final Catalog SPLIT = SyntheticCatalog.of(Plan.PART_SIZE + 100);
  static final String HOSTILE_OP = "del*/ete {@code x} \\u0041 <b>";
  static final Catalog NO_WIRE = Catalog.builder(new Product("local", "Local", null,
          new JavaSection("io.errcat.catalogs.local", "Local", SyntheticCatalog.AT), List.of(), SyntheticCatalog.AT))
      .operations(List.of(new Operation(HOSTILE_OP, null, null, null, SyntheticCatalog.AT)))
      .errors(List.of(ErrorEntry.builder("BUSY").message("busy").build(),
          ErrorEntry.builder("GONE").message("gone").build()))
      .build();

  static final ServiceErrors SMALL_SERVICE = new ServiceErrors("com.acme", "Outer.Api", SMALL, List.of(
      new Method("load", Optional.of("Operation1"), List.of("SYN.00003", "SYN.00001")),
      new Method("abort", Optional.of("Operation3"), List.of()),
      new Method("cancel", Optional.of("Operation3"), List.of("SYN.00050"))));
  static final ServiceErrors SPLIT_SERVICE = new ServiceErrors("com.acme", "Big", SPLIT, List.of(
      new Method("mixed", Optional.of("Operation3"), List.of("SYN.01050", "SYN.00002", "SYN.01000")),
      new Method("none", Optional.of("Operation0"), List.of())));
  static final ServiceErrors LOCAL_SERVICE = new ServiceErrors("", "Local", NO_WIRE, List.of(
      new Method("remove", Optional.of(HOSTILE_OP), List.of("GONE", "BUSY"))));

  static final Map<ServiceErrors, GeneratedFile> FILES = new LinkedHashMap<>();
  static Compiled compiled;

  @BeforeAll
  static void generateAndCompile() {
    List<GeneratedFile> all = new ArrayList<>();
    for (Catalog c : List.of(SMALL, SPLIT, NO_WIRE)) {
      all.addAll(Engine.generateJava(c, JavaOptions.defaults()));
    }
    for (ServiceErrors s : List.of(SMALL_SERVICE, SPLIT_SERVICE, LOCAL_SERVICE)) {
      GeneratedFile f = Engine.generateServiceErrors(s);
      FILES.put(s, f);
      all.add(f);
    }
    // Doclint down to protected members: the Errors type's private constructor has no comment.
    List<String> options = new ArrayList<>(Compiled.STRICT_LINT);
    options.add("-Xdoclint:all/protected");
    compiled = Compiled.of(dir, all, options);
  }

  @Test
  void namesTheTypeAfterTheInterfaceWithinItsPackage() {
    assertEquals("com/acme/Outer_ApiErrors.java", FILES.get(SMALL_SERVICE).path());
    assertEquals("com.acme.Outer_ApiErrors", SMALL_SERVICE.errorsType());
    assertEquals("LocalErrors.java", FILES.get(LOCAL_SERVICE).path());
    assertEquals("LocalErrors", LOCAL_SERVICE.errorsType());
  }

  @Test
  void theEngineNamesEachCatalogsErrorTypeAsItGeneratesIt() {
    assertEquals("io.errcat.catalogs.local.LocalError", Engine.javaErrorType(NO_WIRE));
    for (Catalog c : List.of(SMALL, SPLIT, NO_WIRE)) {
      assertTrue(compiled.type(Engine.javaErrorType(c)).getSimpleName().endsWith("Error"));
    }
  }

  @Test
  void aSingleEnumCatalogGivesEnumSets() throws Exception {
    Class<?> errors = compiled.type("com.acme.Outer_ApiErrors");
    Set<?> load = (Set<?>) errors.getField("LOAD").get(null);
    assertEquals("[SYN_00001, SYN_00003]", load.toString());
    String source = new String(FILES.get(SMALL_SERVICE).content(), UTF_8);
    assertTrue(source.contains("EnumSet.of(SynError.SYN_00003, SynError.SYN_00001)"), source);
    assertTrue(((Set<?>) errors.getField("ABORT").get(null)).isEmpty());
    assertThrows(UnsupportedOperationException.class, load::clear);
  }

  @Test
  void aSplitCatalogGivesOrderedSetsOverItsPartEnums() throws Exception {
    Class<?> errors = compiled.type("com.acme.BigErrors");
    Set<?> mixed = (Set<?>) errors.getField("MIXED").get(null);
    assertEquals("[SYN_01050, SYN_00002, SYN_01000]", mixed.toString());
    List<String> parts = mixed.stream().map(e -> e.getClass().getSimpleName()).toList();
    assertEquals(List.of("Part1", "Part0", "Part1"), parts);
    assertTrue(((Set<?>) errors.getField("NONE").get(null)).isEmpty());
    String source = new String(FILES.get(SPLIT_SERVICE).content(), UTF_8);
    assertTrue(source.contains("new LinkedHashSet<SynError>(List.of(SynError.Part1.SYN_01050"), source);
  }

  @Test
  void eachDecoderPassesItsOperation() throws Exception {
    Class<?> errors = compiled.type("com.acme.Outer_ApiErrors");
    byte[] body = "{\"code\":\"SYN.00050\",\"message\":\"m\",\"requestId\":\"r-1\"}".getBytes(UTF_8);
    ErrcatException onCancel = decode(errors, "cancel", 503, body);
    assertEquals("SYN.00050", onCancel.code());
    assertEquals("Operation3", onCancel.operationId());
    assertEquals("Operation1", decode(errors, "load", 503, body).operationId());
    ErrcatException html = decode(errors, "abort", 502, "<html>Bad Gateway</html>".getBytes(UTF_8));
    assertFalse(html.isKnown());
    assertEquals(502, html.httpStatus());
  }

  @Test
  void aCatalogWithoutWireGetsNoDecodersAndEscapedOperationIds() throws Exception {
    Class<?> errors = compiled.type("LocalErrors");
    assertEquals("[BUSY, GONE]", errors.getField("REMOVE").get(null).toString());
    assertEquals(List.of(), List.of(errors.getDeclaredMethods()));
    // Javadoc lines are wrapped (JavadocWrap): compare the comment text with its lines joined
    String source = new String(FILES.get(LOCAL_SERVICE).content(), UTF_8)
        .replaceAll("\n\\s*\\* ", " ");
    assertFalse(source.contains(HOSTILE_OP), source);
    assertTrue(source.contains("(operation del*&#47;ete &#123;&#64;code x&#125; &#92;u0041 &lt;b&gt;)"), source);
  }

  @Test
  void theOutputDoesNotDependOnTheOrderOfMethods() {
    List<Method> reversed = new ArrayList<>(SMALL_SERVICE.methods());
    Collections.reverse(reversed);
    GeneratedFile again = Engine.generateServiceErrors(
        new ServiceErrors("com.acme", "Outer.Api", SMALL, reversed));
    assertArrayEquals(FILES.get(SMALL_SERVICE).content(), again.content());
  }

  @Test
  void codesAndOperationsTheCatalogLacksAreRejected() {
    IllegalArgumentException code = assertThrows(IllegalArgumentException.class, () ->
        Engine.generateServiceErrors(new ServiceErrors("p", "Api", SMALL,
            List.of(new Method("m", Optional.of("Operation1"), List.of("SYN.99999"))))));
    assertEquals("Api: catalog synthetic has no code SYN.99999", code.getMessage());
    IllegalArgumentException op = assertThrows(IllegalArgumentException.class, () ->
        Engine.generateServiceErrors(new ServiceErrors("p", "Api", SMALL,
            List.of(new Method("m", Optional.of("Nope"), List.of())))));
    assertEquals("Api: catalog synthetic has no operation Nope", op.getMessage());
  }

  private static ErrcatException decode(Class<?> errors, String method, int status, byte[] body)
      throws Exception {
    return (ErrcatException) errors.getMethod(method, int.class, Map.class, byte[].class)
        .invoke(null, status, Map.of("Content-Type", List.of("application/json")), body);
  }
}
