package io.errcat.catalog.java;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Param;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.HttpError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code generated for every bundled catalog: compiles with {@code -Xlint:all -Werror}, passes
 * the javadoc tool's {@code -Xdoclint:all}, and round-trips every code through its HTTP mapper.
 * One javac run for all catalogs, shared by every test.
 */
class BundledJavaTest {
  @TempDir static Path dir;
  static final Map<String, Plan> PLANS = new LinkedHashMap<>();
  static Compiled compiled;

  @BeforeAll
  static void generateAndCompile() {
    List<GeneratedFile> all = new ArrayList<>();
    assertFalse(ClasspathCatalogs.ids().isEmpty(), "no bundled catalogs");
    for (String id : ClasspathCatalogs.ids()) {
      LoadResult r = ClasspathCatalogs.load(id).orElseThrow();
      assertTrue(r.isClean(), id + ": " + r.problems());
      Catalog c = r.catalog().orElseThrow();
      PLANS.put(id, Plan.of(c, JavaOptions.defaults()));
      all.addAll(Engine.generateJava(c, JavaOptions.defaults()));
    }
    compiled = Compiled.of(dir, all, Compiled.STRICT);
  }

  @Test
  void javadocWithDoclintAllRaisesNothing() {
    assertEquals(List.of(), compiled.javadoc(dir.resolve("javadoc")));
  }

  @Test
  void everyCodeRoundTripsInTheWireFormatAndAsProblemJson() {
    int checked = 0;
    for (Plan plan : PLANS.values()) {
      if (plan.mapper() == null) {
        continue;
      }
      Class<?> mapper = compiled.type(plan.mapper().reflectionName());
      for (Plan.Code c : plan.codes()) {
        ErrcatException ex = (ErrcatException) Compiled.callStatic(
            compiled.type(plan.exception().reflectionName()), "of", ((Optional<?>) Compiled
                .callStatic(compiled.type(plan.error().reflectionName()), "fromCode", c.code()))
                .orElseThrow());
        if (c.variants().size() == 1) { // a code with texts per operation has no plain factory
          ex = (ErrcatException) Compiled.callStatic(factory(plan, c, false),
              factoryName(plan, c), args(c.primary()));
        }
        ex = (ErrcatException) Compiled.call(ex, "withRequestId", "req-" + c.index() + "-\"ü\"");
        for (String via : List.of("toHttp", "toProblem")) {
          HttpError http = (HttpError) Compiled.callStatic(mapper, via, ex);
          ErrcatException back = (ErrcatException) (via.equals("toHttp")
              ? Compiled.callStatic(mapper, "fromHttp", http.status(), http.headers(), http.body())
              : Compiled.callStatic(mapper, "fromHttp", http));
          String where = plan.catalog().product().id() + " " + c.code() + " via " + via;
          assertTrue(back.isKnown(), where + ": " + back.decodeFailure());
          assertEquals(c.code(), back.code(), where);
          assertEquals(c.code(), back.error().code(), where);
          assertEquals(ex.httpStatus(), http.status(), where);
          assertEquals(http.status(), back.httpStatus(), where);
          // also without a message: the problem's title is then only the code, which is not
          // read back as a message, so the round trip keeps what was sent
          assertEquals(ex.getMessage(), back.getMessage(), where);
          assertEquals(ex.details().message(), back.details().message(), where);
          assertEquals(ex.requestId(), back.requestId(), where);
          checked++;
        }
      }
    }
    // Four HTTP catalogs, 247 codes, each both ways: a missed catalog or code shows here.
    assertEquals(2 * 247, checked);
  }

  @Test
  void theEnginesRuntimeWireIsTheGeneratedMappersWire() {
    for (Plan plan : PLANS.values()) {
      if (plan.binding() == null) {
        continue;
      }
      Object binding = Compiled.construct(compiled.type(plan.binding().reflectionName()));
      Object codec = Compiled.call(binding, "codec");
      assertEquals(io.errcat.catalog.openapi.RuntimeWire.of(plan.catalog().wire()).toString(),
          ((Optional<?>) Compiled.call(codec, "wire")).orElseThrow().toString(),
          plan.catalog().product().id());
    }
  }

  @Test
  void faasDuplicateCodesResolveToTheOperationsTexts() throws Exception {
    Plan plan = PLANS.get("faas");
    Class<?> op = compiled.type(plan.operation().reflectionName());
    Class<?> mapper = compiled.type(plan.mapper().reflectionName());
    int duplicates = 0;
    for (Plan.Code c : plan.codes()) {
      if (c.variants().size() < 2) {
        continue;
      }
      duplicates++;
      for (ErrorEntry v : c.variants()) {
        Object operation = op.getMethod("fromId", String.class).invoke(null, v.operations().get(0));
        operation = ((Optional<?>) operation).orElseThrow();
        ErrcatException ex = (ErrcatException) Compiled.callStatic(factory(plan, c, true),
            factoryName(plan, c), operation);
        assertEquals(v.message(), ex.getMessage(), c.code());
        HttpError http = (HttpError) Compiled.callStatic(mapper, "toHttp", ex);
        ErrcatException back = (ErrcatException) Compiled.callStatic(mapper, "fromHttp",
            http.status(), http.headers(), http.body(), operation);
        assertEquals(v.message(), back.getMessage(), c.code());
        assertEquals(v.message(), ((ErrcatException) Compiled.callStatic(mapper, "fromHttp",
            Compiled.callStatic(mapper, "toProblem", ex), operation)).getMessage(), c.code());
        assertEquals(Optional.of(operation), Compiled.call(back, "operation"));
        // A body without a message takes the operation's text, not the first variant's.
        String bare = "{\"Code\":\"" + c.code() + "\",\"RequestId\":\"r1\"}";
        back = (ErrcatException) Compiled.callStatic(mapper, "fromHttp", 404, Map.of(),
            bare.getBytes(UTF_8), operation);
        assertEquals(v.message(), back.getMessage(), c.code());
        Object variant = Compiled.call(back.error(), "variant", operation);
        assertEquals(v.description(), Compiled.call(variant, "description"));
        // withOperation on a factory-made exception switches to the operation's texts too.
        ErrcatException plain = (ErrcatException) Compiled.callStatic(
            compiled.type(plan.exception().reflectionName()), "of", back.error());
        assertEquals(v.message(),
            ((ErrcatException) Compiled.call(plain, "withOperation", operation)).getMessage());
      }
    }
    assertEquals(4, duplicates);
    // An unknown operation (null) decodes like the overload without one; it never throws.
    ErrcatException unknownOp = (ErrcatException) Compiled.callStatic(mapper, "fromHttp", 503,
        Map.of(), "{\"Code\":\"ANOTHER TASK RUNNING\"}".getBytes(UTF_8), null);
    assertEquals("ANOTHER TASK RUNNING", unknownOp.code());
  }

  @Test
  void productsRealBodiesDecodeToTheRightTypedException() {
    ErrcatException faas = decode("faas", 503, Map.of("Content-Type", List.of("application/json")),
        "{\"RequestId\":\"5E4D-1\",\"HostId\":\"faas.cn-hangzhou.aliyuncs.com\","
            + "\"Code\":\"ANOTHER TASK RUNNING\",\"Message\":\"Another task is running\","
            + "\"Recommend\":\"https://error-center.aliyun.com/status/search?Keyword=x\"}");
    assertEquals("ANOTHER_TASK_RUNNING", faas.error().name());
    assertEquals("5E4D-1", faas.requestId());
    assertEquals("faas.cn-hangzhou.aliyuncs.com", faas.extras().get("HostId"));

    for (String member : List.of("errorCode", "ErrorCode")) {
      ErrcatException fc = decode("function-compute", 404,
          Map.of("X-Fc-Request-Id", List.of("fc-req-9")),
          "{\"" + member + "\":\"ServiceNotFound\",\"errorMessage\":\"service 'x' does not exist\"}");
      assertEquals("SERVICE_NOT_FOUND", fc.error().name(), member);
      assertEquals("fc-req-9", fc.requestId());
      assertEquals("service 'x' does not exist", fc.getMessage());
    }

    ErrcatException withId = decode("image-search", 400, Map.of(),
        "{\"error_code\":\"APIG.0101\",\"error_msg\":\"The API does not exist\",\"request_id\":\"is-1\"}");
    assertEquals("APIG.0101", withId.error().code());
    assertEquals("is-1", withId.requestId());
    ErrcatException headerId = decode("image-search", 400, Map.of("X-Request-Id", List.of("is-2")),
        "{\"error_code\":\"APIG.0101\",\"error_msg\":\"The API does not exist\"}");
    assertEquals("APIG.0101", headerId.error().code());
    assertEquals("is-2", headerId.requestId());

    ErrcatException yr = decode("openyuanrong-rest", 404,
        Map.of("X-Inner-Code", List.of("4115"), "X-Request-Id", List.of("yr-1")),
        "{\"code\": 4115, \"message\": \"function [x] is not found. check input parameters\"}");
    assertEquals("4115", yr.error().code());
    assertEquals("yr-1", yr.requestId());
    ErrcatException headerOnly = decode("openyuanrong-rest", 500,
        Map.of("X-Inner-Code", List.of("4115")), "");
    assertEquals("4115", headerOnly.code());
    assertTrue(headerOnly.isKnown());
  }

  @Test
  void badBodiesBecomeFallbackExceptionsOfTheCatalogsType() {
    Class<?> type = compiled.type(PLANS.get("faas").exception().reflectionName());
    for (String body : List.of("<html><body>502 Bad Gateway</body></html>", "", "{\"Code\":",
        "[1,2]", "{\"Code\":\"NO SUCH CODE\"}", "{\"Code\":{\"x\":1}}")) {
      ErrcatException e = decode("faas", 502, Map.of(), body);
      assertTrue(type.isInstance(e));
      assertNull(e.error(), body);
      assertEquals(502, e.httpStatus());
      assertTrue(e.decodeFailure().isPresent(), body);
    }
  }

  @Test
  void functionComputeRegionsBuildAccountDomains() throws Exception {
    Plan plan = PLANS.get("function-compute");
    Class<?> region = compiled.type(plan.region().reflectionName());
    Object[] all = region.getEnumConstants();
    assertEquals(plan.catalog().endpoints().size(), all.length);
    for (int i = 0; i < all.length; i++) {
      var e = plan.catalog().endpoints().get(i);
      assertEquals(e.regionId(), Compiled.call(all[i], "regionId"));
      assertEquals("1234." + e.publicEndpoint(), Compiled.call(all[i], "domain", "1234"));
      assertEquals(Optional.ofNullable(e.internalEndpoint()).map(s -> "1234." + s),
          Compiled.call(all[i], "internalDomain", "1234"));
    }
  }

  @Test
  void operationsListTheErrorsTheyMayReturn() throws Exception {
    Plan plan = PLANS.get("faas");
    Class<?> op = compiled.type(plan.operation().reflectionName());
    Object load = ((Optional<?>) op.getMethod("fromId", String.class).invoke(null,
        "LoadFpgaImageTask")).orElseThrow();
    List<?> errors = (List<?>) Compiled.call(load, "errors");
    List<String> names = errors.stream().map(e -> ((Enum<?>) e).name()).toList();
    assertTrue(names.contains("ANOTHER_TASK_RUNNING"), names.toString());
    assertTrue(names.contains("INTERNAL_ERROR"), names.toString());
    for (Plan.Code c : plan.codes()) {
      boolean applies = c.variants().stream().anyMatch(v -> v.appliesTo("LoadFpgaImage"));
      assertEquals(applies, names.contains(c.constant()), c.code());
    }
    assertEquals("download_image", Compiled.call(load, "command"));
    assertEquals("LoadFpgaImageTask", Compiled.call(load, "action"));
  }

  @Test
  void typedFactoriesFormatTheirTemplates() {
    Plan plan = PLANS.get("function-compute");
    Class<?> ex = compiled.type(plan.exception().reflectionName());
    ErrcatException e = (ErrcatException) Compiled.callStatic(ex, "versionNotFound", 3L, "svc");
    assertEquals("version '3' of service 'svc' does not exist", e.getMessage());
    assertEquals(404, e.httpStatus());
    assertNotNull(e.error());
  }

  private static ErrcatException decode(String id, int status, Map<String, List<String>> headers,
      String body) {
    Class<?> mapper = compiled.type(PLANS.get(id).mapper().reflectionName());
    return (ErrcatException) Compiled.callStatic(mapper, "fromHttp", status, headers,
        body.getBytes(UTF_8));
  }

  static Class<?> factory(Plan plan, Plan.Code c, boolean withOperation) {
    return compiled.type(plan.partFactories(c.part()).reflectionName());
  }

  static String factoryName(Plan plan, Plan.Code c) {
    return c.factory();
  }

  static Object[] args(ErrorEntry e) {
    List<Object> out = new ArrayList<>();
    for (Param p : e.params()) {
      out.add(switch (p.type()) {
        case INT -> 7;
        case LONG -> 42L;
        case STRING -> "x'\"%s\\";
      });
    }
    return out.toArray();
  }
}
