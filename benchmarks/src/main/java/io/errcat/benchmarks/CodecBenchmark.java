package io.errcat.benchmarks;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasHttpMapper;
import io.errcat.catalogs.imagesearch.ImageSearchError;
import io.errcat.runtime.ErrorDetails;
import io.errcat.runtime.HttpErrorCodec;
import io.errcat.runtime.RequestIdMint;
import io.errcat.runtime.WireFormat;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
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
 * errcat's HTTP error codec against what a user would otherwise write ({@link HandWritten}): each
 * figure is a pair {@code <figure>_errcat} and {@code <figure>_hand}, and the report is their
 * ratio. The codec-level figures use a codec configured exactly as the generated mappers are; the
 * {@code full*} figures go through the generated {@code FaasHttpMapper} to a typed exception.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
  /** FaaS as its generated mapper configures it. */
  public static final WireFormat FAAS = WireFormat.builder("Code").messageField("Message")
      .requestIdField("RequestId").extraFields("HostId", "Recommend")
      .mediaType("application/json;charset=utf-8").xml("Error", "text/xml;charset=utf-8")
      .requestIdMint(RequestIdMint.UPPERCASE_UUID).build();
  public static final HttpErrorCodec FAAS_CODEC = HttpErrorCodec.builder(FAAS, FaasError::fromCode).build();
  /** Image Search as its generated mapper configures it (nested aliases). */
  static final HttpErrorCodec IMAGE_SEARCH = HttpErrorCodec.builder(WireFormat.builder("error_code")
      .messageField("error_msg").requestIdField("request_id").requestIdHeader("X-Request-Id")
      .codeAliases("code", "error.code").messageAliases("message", "error.message").build(),
      ImageSearchError::fromCode).build();

  private final ErrorDetails details = ErrorDetails.builder(FaasError.SHELL_NOT_MATCH)
      .requestId(Bodies.REQUEST_ID).extra("HostId", Bodies.HOST_ID)
      .extra("Recommend", Bodies.RECOMMEND).build();
  private final Map<String, String> extras = details.extras();

  // ---- decode to details

  @Benchmark
  public ErrorDetails decodeJson_errcat() {
    return FAAS_CODEC.fromHttp(400, Bodies.JSON_HEADERS, Bodies.POP_JSON);
  }

  @Benchmark
  public HandWritten.Decoded decodeJson_hand() {
    return HandWritten.json(Bodies.POP_JSON);
  }

  @Benchmark
  public ErrorDetails decodeXml_errcat() {
    return FAAS_CODEC.fromHttp(400, Bodies.XML_HEADERS, Bodies.POP_XML);
  }

  @Benchmark
  public HandWritten.Decoded decodeXml_hand() {
    return HandWritten.xml(Bodies.POP_XML);
  }

  @Benchmark
  public ErrorDetails decodeNested_errcat() {
    return IMAGE_SEARCH.fromHttp(400, Bodies.JSON_HEADERS, Bodies.NESTED);
  }

  @Benchmark
  public HandWritten.Decoded decodeNested_hand() {
    return HandWritten.nested(Bodies.NESTED);
  }

  @Benchmark
  public ErrorDetails decodeHtml_errcat() {
    return FAAS_CODEC.fromHttp(502, Bodies.HTML_HEADERS, Bodies.HTML);
  }

  @Benchmark
  public HandWritten.Decoded decodeHtml_hand() {
    return HandWritten.json(Bodies.HTML);
  }

  /** The floor under errcat's XML decoding: the JDK's StAX reader made and closed, nothing read. */
  @Benchmark
  public Object staxReaderOnly_floor() throws XMLStreamException {
    javax.xml.stream.XMLStreamReader r = STAX_IN.createXMLStreamReader(
        new java.io.ByteArrayInputStream(Bodies.POP_XML));
    r.close();
    return r;
  }

  private static final javax.xml.stream.XMLInputFactory STAX_IN =
      javax.xml.stream.XMLInputFactory.newDefaultFactory();

  // ---- decode to a typed exception

  @Benchmark
  public FaasException fullJson_errcat() {
    return FaasHttpMapper.fromHttp(400, Bodies.JSON_HEADERS, Bodies.POP_JSON);
  }

  @Benchmark
  public HandWritten.ApiException fullJson_hand() {
    return new HandWritten.ApiException(400, HandWritten.json(Bodies.POP_JSON));
  }

  @Benchmark
  public FaasException fullXml_errcat() {
    return FaasHttpMapper.fromHttp(400, Bodies.XML_HEADERS, Bodies.POP_XML);
  }

  @Benchmark
  public HandWritten.ApiException fullXml_hand() {
    return new HandWritten.ApiException(400, HandWritten.xml(Bodies.POP_XML));
  }

  @Benchmark
  public FaasException fullHtml_errcat() {
    return FaasHttpMapper.fromHttp(502, Bodies.HTML_HEADERS, Bodies.HTML);
  }

  @Benchmark
  public HandWritten.ApiException fullHtml_hand() {
    return new HandWritten.ApiException(502, HandWritten.json(Bodies.HTML));
  }

  // ---- encode

  @Benchmark
  public byte[] encodeJson_errcat() {
    return FAAS.encode(details);
  }

  @Benchmark
  public byte[] encodeJson_hand() throws IOException {
    return HandWritten.encodeJson(details.code(), details.message(), details.requestId(), extras);
  }

  @Benchmark
  public byte[] encodeXml_errcat() {
    return FAAS.encodeXml(details);
  }

  @Benchmark
  public byte[] encodeXml_hand() throws XMLStreamException {
    return HandWritten.encodeXml(details.code(), details.message(), details.requestId(), extras);
  }
}
