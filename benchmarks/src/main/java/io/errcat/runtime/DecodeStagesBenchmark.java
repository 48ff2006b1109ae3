package io.errcat.runtime;

import io.errcat.catalogs.faas.FaasError;
import java.nio.charset.StandardCharsets;
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
  private static final WireFormat FAAS = WireFormat.builder("Code").messageField("Message")
      .requestIdField("RequestId").extraFields("HostId", "Recommend")
      .mediaType("application/json;charset=utf-8").xml("Error", "text/xml;charset=utf-8")
      .requestIdMint(RequestIdMint.UPPERCASE_UUID).build();
  private static final HttpErrorCodec CODEC =
      HttpErrorCodec.builder(FAAS, FaasError::fromCode).build();
  private static final Map<String, List<String>> HEADERS =
      Map.of("Content-Type", List.of("application/json;charset=utf-8"));
  private static final byte[] BODY = ("{\"RequestId\":\"5E5A8E3A-0B3C-4E7D-9F00-3C1D2E4F5A6B\","
      + "\"HostId\":\"faas.cn-hangzhou.aliyuncs.com\",\"Code\":\"SHELL NOT MATCH\",\"Message\":\""
      + FaasError.SHELL_NOT_MATCH.message() + "\",\"Recommend\":\""
      + "https://error-center.aliyun.com/status/search?Keyword=SHELL\"}")
      .getBytes(StandardCharsets.UTF_8);

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
    return BodyMembers.parse(BODY, BODY.length, FAAS.decodeNames(), false);
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
