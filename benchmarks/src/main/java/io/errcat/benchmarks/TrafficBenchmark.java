package io.errcat.benchmarks;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.runtime.ErrorDetails;
import io.errcat.runtime.JsonLinesSink;
import io.errcat.runtime.Traffic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What listening for codes met in traffic costs the decode path: the FaaS codec decoding a body
 * its catalog explains (its code, at the status the catalog gives it) and one with a code it does
 * not list, with nobody listening ({@code
 * none}: the state every application is in until it registers a listener) and with a {@link
 * JsonLinesSink} registered ({@code sink}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TrafficBenchmark {
  /** Who listens. */
  @Param({"none", "sink"})
  public String listener;

  private Traffic.Registration registration;
  private static final byte[] UNKNOWN = new String(Bodies.POP_JSON, StandardCharsets.UTF_8)
      .replace("SHELL NOT MATCH", "NOT IN ANY DOCUMENT").getBytes(StandardCharsets.UTF_8);

  /** Registers the sink for the {@code sink} runs. */
  @Setup
  public void listen() {
    if (listener.equals("sink")) {
      registration = Traffic.listen(JsonLinesSink.toFile(Path.of("target", "traffic.jsonl")));
    }
  }

  /** Ends the registration. */
  @TearDown
  public void stop() {
    if (registration != null) {
      registration.close();
    }
  }

  /**
   * A body the catalog explains.
   *
   * @return the details
   */
  @Benchmark
  public ErrorDetails known() {
    return CodecBenchmark.FAAS_CODEC.fromHttp(KNOWN_STATUS, Bodies.JSON_HEADERS, Bodies.POP_JSON);
  }

  /** The status the catalog gives the body's code: an explained answer, nothing to report. */
  private static final int KNOWN_STATUS = FaasError.SHELL_NOT_MATCH.httpStatus();

  /**
   * A code the catalog does not list.
   *
   * @return the details
   */
  @Benchmark
  public ErrorDetails unknown() {
    return CodecBenchmark.FAAS_CODEC.fromHttp(400, Bodies.JSON_HEADERS, UNKNOWN);
  }
}
