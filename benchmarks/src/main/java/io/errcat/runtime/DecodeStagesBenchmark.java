package io.errcat.runtime;

import io.errcat.benchmarks.Bodies;
import io.errcat.benchmarks.CodecBenchmark;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time and bytes of {@code decodeJson_errcat} go, stage by stage on the same POP body
 * (in the runtime's package, to reach its package-private stages): the reader alone, validating
 * every byte and making nothing; the members kept; the decoded strings and scratch values; the
 * details with the lookup. Each stage includes the ones before it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecodeStagesBenchmark {
  // the very wire, codec, headers and body of CodecBenchmark.decodeJson_errcat
  private static final WireFormat FAAS = CodecBenchmark.FAAS;
  private static final HttpErrorCodec CODEC = CodecBenchmark.FAAS_CODEC;
  private static final Map<String, List<String>> HEADERS = Bodies.JSON_HEADERS;
  private static final byte[] BODY = Bodies.POP_JSON;

  @Benchmark
  public JsonReader stage1_reader() {
    JsonReader r = new JsonReader(BODY, BODY.length);
    r.first();
    r.openObject();
    while (r.nextMember()) {
      r.value();
    }
    return r;
  }

  @Benchmark
  public BodyMembers stage2_members() {
    return BodyMembers.parse(BODY, BODY.length, FAAS.reading().decodeNames(), false);
  }

  @Benchmark
  public DecodedBuilder stage3_decoded() {
    return Decoding.read(FAAS, false, 400, HEADERS, BODY, HttpErrorCodec.DEFAULT_MAX_BODY,
        HttpErrorCodec.DEFAULT_MAX_EXCERPT);
  }

  @Benchmark
  public ErrorDetails stage4_details() {
    return CODEC.fromHttp(400, HEADERS, BODY);
  }
}
