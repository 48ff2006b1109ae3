package io.errcat.benchmarks;

import io.errcat.catalog.Engine;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.java.SyntheticCatalog;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.output.GeneratedFile;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Java generation for catalogs of 1,000, 5,000 and 20,000 codes (the scale tests' synthetic
 * catalog, every shape the emitter knows): the time of {@code Engine.generateJava} once warm. Its
 * peak heap is measured apart, in a fresh JVM per size ({@link EmitFootprint}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmitBenchmark {
  @Param({"1000", "5000", "20000"})
  public int codes;

  private Catalog catalog;

  @Setup
  public void setUp() {
    catalog = SyntheticCatalog.of(codes);
  }

  @Benchmark
  public List<GeneratedFile> emit() {
    return Engine.generateJava(catalog, JavaOptions.defaults());
  }
}
