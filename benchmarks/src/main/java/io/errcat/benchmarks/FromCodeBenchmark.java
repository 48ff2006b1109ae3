package io.errcat.benchmarks;

import io.errcat.runtime.ErrorCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated {@code fromCode} of catalogs of 50, 5,000 and 20,000 codes against the {@code
 * HashMap} a user fills from the enum by hand, both reached through one {@code Function} so the
 * call costs the same. Hits cycle through every code, misses through as many codes the catalog
 * does not have; all are fresh strings, as they arrive from the wire.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FromCodeBenchmark {
  @Param({"50", "5000", "20000"})
  public int codes;

  private Function<String, Optional<? extends ErrorCode>> generated;
  private Function<String, ErrorCode> hashMap;
  private String[] hits;
  private String[] misses;
  private int next;

  @Setup
  public void setUp() {
    generated = SyntheticLookups.generated(codes);
    Map<String, ErrorCode> byCode = new HashMap<>();
    hits = new String[codes];
    misses = new String[codes];
    for (int i = 0; i < codes; i++) {
      String code = SyntheticLookups.code(i);
      ErrorCode e = generated.apply(code).orElseThrow();
      byCode.put(e.code(), e);
      hits[i] = new String(code.toCharArray());
      misses[i] = new String(SyntheticLookups.code(codes + i).toCharArray());
    }
    hashMap = byCode::get;
  }

  private int index() {
    int i = next;
    next = i + 1 == codes ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public Optional<? extends ErrorCode> fromCodeHit_errcat() {
    return generated.apply(hits[index()]);
  }

  @Benchmark
  public ErrorCode fromCodeHit_hand() {
    return hashMap.apply(hits[index()]);
  }

  @Benchmark
  public Optional<? extends ErrorCode> fromCodeMiss_errcat() {
    return generated.apply(misses[index()]);
  }

  @Benchmark
  public ErrorCode fromCodeMiss_hand() {
    return hashMap.apply(misses[index()]);
  }
}
