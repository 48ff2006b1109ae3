package io.errcat.spring;

import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.HttpErrorCodec;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * A {@code WebClient} filter that turns every 4xx and 5xx response into an error signal carrying
 * the catalog's generated exception, read from at most the codec's body bound; any body, also an
 * HTML page or a connection dropped mid-body, gives the typed fallback.
 *
 * <pre>{@code
 * WebClient fc = WebClient.builder().baseUrl(endpoint)
 *     .filter(ErrcatExchangeFilter.of(FunctionComputeException.class)).build();
 * fc.get().uri("/services/{s}", name)
 *     .attribute(ErrcatExchangeFilter.OPERATION, "GetService") // optional
 *     .retrieve().bodyToMono(String.class);
 * }</pre>
 *
 * @param <E> the catalog's exception type
 */
public final class ErrcatExchangeFilter<E extends ErrcatException>
    implements ExchangeFilterFunction {
  /** The request attribute naming the operation a request is for. */
  public static final String OPERATION = ErrcatExchangeFilter.class.getName() + ".operation";

  private final CatalogBinding<E> catalog;

  private ErrcatExchangeFilter(CatalogBinding<E> catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * The filter for a catalog's exception type, found through {@code ServiceLoader}.
   *
   * @param <E> the exception type
   * @param type a generated exception type
   * @return the filter
   * @throws IllegalArgumentException when no generated catalog has that exception type
   */
  public static <E extends ErrcatException> ErrcatExchangeFilter<E> of(Class<E> type) {
    return of(CatalogRegistry.load(type.getClassLoader()).require(type));
  }

  /**
   * The filter for a catalog.
   *
   * @param <E> the exception type
   * @param catalog the catalog
   * @return the filter
   */
  public static <E extends ErrcatException> ErrcatExchangeFilter<E> of(CatalogBinding<E> catalog) {
    return new ErrcatExchangeFilter<>(catalog);
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    String operation = request.attribute(OPERATION).map(String::valueOf).orElse(null);
    return next.exchange(request).flatMap(response -> response.statusCode().isError()
        ? decode(response, operation).flatMap(Mono::error)
        : Mono.just(response));
  }

  /** The typed exception, from at most one byte past the body bound; never an error signal. */
  private Mono<E> decode(ClientResponse response, String operation) {
    HttpErrorCodec codec = catalog.codec();
    int status = response.statusCode().value();
    Map<String, List<String>> headers = SpringHeaders.toMap(response.headers().asHttpHeaders());
    long limit = codec.maxBodyBytes() + 1L;
    return DataBufferUtils.join(DataBufferUtils.takeUntilByteCount(
            response.body(BodyExtractors.toDataBuffers()), limit))
        .map(ErrcatExchangeFilter::bytes)
        .defaultIfEmpty(new byte[0])
        .map(body -> catalog.exception(codec.fromHttp(status, headers, body, operation)))
        .onErrorResume(e -> Mono.just(catalog.fromStream(status, headers, failing(e), operation)));
  }

  private static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] b = new byte[buffer.readableByteCount()];
      buffer.read(b);
      return b;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  /** A body whose reading failed as the response's did: the codec records READ_FAILED. */
  private static InputStream failing(Throwable cause) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException(String.valueOf(cause), cause);
      }
    };
  }
}
