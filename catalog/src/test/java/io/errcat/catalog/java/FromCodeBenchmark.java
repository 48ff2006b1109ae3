package io.errcat.catalog.java;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.errcat.catalog.Bundled;
import io.errcat.catalog.Engine;
import io.errcat.catalog.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated {@code FaasError.fromCode} against what a user would otherwise write: a
 * {@code switch} on the code strings, a {@code HashMap}, a linear scan of {@code values()}, and
 * {@code Enum.valueOf} on the constant name. The FaaS catalog is generated and compiled at setup
 * with small probe classes; every variant is called through the same {@code Function} interface,
 * over the same array of codes (every FaaS code, cycled). Run via {@link FromCodeBenchmarkRun}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FromCodeBenchmark {
  private Function<String, Object> generated;
  private Function<String, Object> stringSwitch;
  private Function<String, Object> hashMap;
  private Function<String, Object> linearScan;
  private Function<String, Object> enumValueOf;
  private String[] codes;
  private String[] names;
  private int next;

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() throws Exception {
    Plan plan = Plan.of(Bundled.load("faas").orElseThrow().catalog().orElseThrow(),
        JavaOptions.defaults());
    List<GeneratedFile> files = new ArrayList<>(Engine.generateJava(plan.catalog(),
        JavaOptions.defaults()));
    files.add(new GeneratedFile("io/errcat/catalogs/faas/Probes.java",
        probes(plan).getBytes(UTF_8)));
    Path dir = Files.createTempDirectory("errcat-bench");
    Compiled compiled = Compiled.of(dir, files, Compiled.STRICT_LINT);
    generated = (Function<String, Object>) probe(compiled, "Generated");
    stringSwitch = (Function<String, Object>) probe(compiled, "StringSwitch");
    hashMap = (Function<String, Object>) probe(compiled, "PlainHashMap");
    linearScan = (Function<String, Object>) probe(compiled, "LinearScan");
    enumValueOf = (Function<String, Object>) probe(compiled, "EnumValueOf");
    codes = plan.codes().stream().map(c -> new String(c.code().toCharArray())).toArray(String[]::new);
    names = plan.codes().stream().map(Plan.Code::constant).toArray(String[]::new);
  }

  private int index() {
    int i = next;
    next = i + 1 == codes.length ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public Object generatedFromCode() {
    return generated.apply(codes[index()]);
  }

  @Benchmark
  public Object switchOnStrings() {
    return stringSwitch.apply(codes[index()]);
  }

  @Benchmark
  public Object plainHashMap() {
    return hashMap.apply(codes[index()]);
  }

  @Benchmark
  public Object linearScanOfValues() {
    return linearScan.apply(codes[index()]);
  }

  @Benchmark
  public Object enumValueOfName() {
    return enumValueOf.apply(names[index()]);
  }

  private static Object probe(Compiled compiled, String name) throws ReflectiveOperationException {
    return compiled.type("io.errcat.catalogs.faas.Probes$" + name).getConstructor().newInstance();
  }

  /** The baselines as a user would write them by hand, next to the generated lookup. */
  private static String probes(Plan plan) {
    StringBuilder cases = new StringBuilder();
    for (Plan.Code c : plan.codes()) {
      cases.append("          case \"").append(c.code().replace("\\", "\\\\").replace("\"", "\\\""))
          .append("\": return FaasError.").append(c.constant()).append(";\n");
    }
    return """
        package io.errcat.catalogs.faas;

        import java.util.HashMap;
        import java.util.Map;
        import java.util.function.Function;

        public final class Probes {
          public static final class Generated implements Function<String, Object> {
            @Override public Object apply(String code) {
              return FaasError.fromCode(code);
            }
          }

          public static final class StringSwitch implements Function<String, Object> {
            @Override public Object apply(String code) {
              switch (code) {
        %s
                default: return null;
              }
            }
          }

          public static final class PlainHashMap implements Function<String, Object> {
            private static final Map<String, FaasError> BY_CODE = new HashMap<>();
            static {
              for (FaasError e : FaasError.values()) {
                BY_CODE.put(e.code(), e);
              }
            }
            @Override public Object apply(String code) {
              return BY_CODE.get(code);
            }
          }

          public static final class LinearScan implements Function<String, Object> {
            @Override public Object apply(String code) {
              for (FaasError e : FaasError.values()) {
                if (e.code().equals(code)) {
                  return e;
                }
              }
              return null;
            }
          }

          public static final class EnumValueOf implements Function<String, Object> {
            @Override public Object apply(String name) {
              return FaasError.valueOf(name);
            }
          }
        }
        """.formatted(cases);
  }
}
