package io.errcat.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errcat.catalogs.faas.FaasError;
import io.errcat.runtime.ErrorDetails;
import io.errcat.runtime.HttpErrorCodec;
import io.errcat.runtime.WireFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
 * errcat's HTTP error codec against what a user would otherwise write: jackson-databind's {@code
 * readTree}, reading the three members, and a try/catch for bodies that are not JSON. Each
 * {@code errcat*} benchmark has a {@code databind*} twin; report the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
  private static final WireFormat FAAS = WireFormat.builder("Code").messageField("Message")
      .requestIdField("RequestId").extraFields("HostId", "Recommend").build();
  private static final HttpErrorCodec CODEC =
      HttpErrorCodec.builder(FAAS, FaasError::fromCode).build();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, List<String>> HEADERS =
      Map.of("Content-Type", List.of("application/json;charset=utf-8"));

  private final byte[] faasBody = ("{\"RequestId\":\"5E5A8E3A-0B3C-4E7D-9F00-3C1D2E4F5A6B\","
      + "\"HostId\":\"faas.cn-hangzhou.aliyuncs.com\",\"Code\":\"SHELL NOT MATCH\","
      + "\"Message\":\"The shell type of image does not match the FPGA.\","
      + "\"Recommend\":\"https://error-center.aliyun.com/status/search?Keyword=SHELL\"}")
      .getBytes(StandardCharsets.UTF_8);
  private final byte[] htmlBody = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
      + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
      + "</body>\r\n</html>\r\n").getBytes(StandardCharsets.UTF_8);
  private final byte[] tenMib = ("{\"Code\":\"SHELL NOT MATCH\",\"Message\":\""
      + "a".repeat(10 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
  private final ErrorDetails details = ErrorDetails.builder(FaasError.SHELL_NOT_MATCH)
      .requestId("5E5A8E3A-0B3C-4E7D-9F00-3C1D2E4F5A6B")
      .extra("HostId", "faas.cn-hangzhou.aliyuncs.com")
      .extra("Recommend", "https://error-center.aliyun.com/status/search?Keyword=SHELL")
      .build();

  /** What hand-written decoding yields. */
  public record Decoded(FaasError error, String code, String message, String requestId) {}

  /** @return errcat's decoding of a real FaaS body */
  @Benchmark
  public ErrorDetails errcatDecodeFaas() {
    return CODEC.fromHttp(400, HEADERS, faasBody);
  }

  /** @return databind's decoding of a real FaaS body */
  @Benchmark
  public Decoded databindDecodeFaas() {
    return databind(faasBody);
  }

  /** @return errcat's fallback for a proxy's HTML page */
  @Benchmark
  public ErrorDetails errcatDecodeHtml() {
    return CODEC.fromHttp(502, HEADERS, htmlBody);
  }

  /** @return databind's fallback for a proxy's HTML page */
  @Benchmark
  public Decoded databindDecodeHtml() {
    return databind(htmlBody);
  }

  /** @return errcat's decoding of a 10 MiB body (reads the first 1 MiB) */
  @Benchmark
  public ErrorDetails errcatDecode10MiB() {
    return CODEC.fromHttp(400, HEADERS, tenMib);
  }

  /** @return databind's decoding of a 10 MiB body (reads it all) */
  @Benchmark
  public Decoded databindDecode10MiB() {
    return databind(tenMib);
  }

  /** @return errcat's FaaS body */
  @Benchmark
  public byte[] errcatEncodeFaas() {
    return FAAS.encode(details);
  }

  /** @return databind's FaaS body from a map */
  @Benchmark
  public byte[] databindEncodeFaas() throws JsonProcessingException {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Code", details.code());
    m.put("Message", details.message());
    m.put("RequestId", details.requestId());
    m.putAll(details.extras());
    return MAPPER.writeValueAsBytes(m);
  }

  private static Decoded databind(byte[] body) {
    try {
      JsonNode n = MAPPER.readTree(body);
      String code = n.path("Code").asText(null);
      return new Decoded(code == null ? null : FaasError.fromCode(code).orElse(null), code,
          n.path("Message").asText(null), n.path("RequestId").asText(null));
    } catch (IOException e) {
      return new Decoded(null, null, null, null);
    }
  }
}
