package io.errcat.spring;

import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.HttpError;
import io.errcat.runtime.HttpErrorCodec;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Mono;

/**
 * A {@code WebClient} filter that turns every error response ({@link HttpError#isError(int)}: 4xx,
 * 5xx, and any status outside 100–599) into an error signal carrying the catalog's generated
 * exception, read from at most the codec's body bound within the body deadline (10 s unless
 * {@link #withBodyDeadline} says otherwise); any body, also an HTML page, an endless or dripped
 * body or a connection dropped mid-body, gives the typed fallback.
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
  private final Duration bodyDeadline;

  private ErrcatExchangeFilter(CatalogBinding<E> catalog, Duration bodyDeadline) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.bodyDeadline = Objects.requireNonNull(bodyDeadline, "bodyDeadline");
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
    return of(CatalogRegistry.binding(type));
  }

  /**
   * The filter for a catalog.
   *
   * @param <E> the exception type
   * @param catalog the catalog
   * @return the filter
   */
  public static <E extends ErrcatException> ErrcatExchangeFilter<E> of(CatalogBinding<E> catalog) {
    return new ErrcatExchangeFilter<>(catalog, HttpErrorCodec.DEFAULT_BODY_DEADLINE);
  }

  /**
   * This filter with another total deadline for reading an error body.
   *
   * @param deadline the deadline; zero for none
   * @return the filter
   */
  public ErrcatExchangeFilter<E> withBodyDeadline(Duration deadline) {
    return new ErrcatExchangeFilter<>(catalog, deadline);
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    String operation = request.attribute(OPERATION).map(String::valueOf).orElse(null);
    return next.exchange(request).flatMap(response -> HttpError.isError(
            response.statusCode().value())
        ? decode(response, operation).flatMap(Mono::error)
        : Mono.just(response));
  }

  /**
   * The typed exception, from at most one byte past the body bound, within the body deadline
   * (cancelling the body releases the connection); never an error signal.
   */
  private Mono<E> decode(ClientResponse response, String operation) {
    HttpErrorCodec codec = catalog.codec();
    int status = response.statusCode().value();
    Map<String, List<String>> headers = SpringHeaders.toMap(response.headers().asHttpHeaders());
    ByteArrayOutputStream arrived = new ByteArrayOutputStream();
    Mono<Void> read = DataBufferUtils.takeUntilByteCount(
            response.body(BodyExtractors.toDataBuffers()), codec.maxBodyBytes() + 1L)
        .doOnNext(buffer -> arrived.writeBytes(bytes(buffer)))
        .then();
    if (!bodyDeadline.isZero()) {
      read = read.timeout(bodyDeadline);
    }
    return read
        .then(Mono.fromSupplier(() -> catalog.exception(
            codec.fromHttp(status, headers, arrived.toByteArray(), operation))))
        .onErrorResume(e -> Mono.just(catalog.exception(e instanceof TimeoutException
            ? codec.fromCutOffBody(status, headers, arrived.toByteArray(), operation, true,
                "not read within " + bodyDeadline.toMillis() + " ms")
            : codec.fromCutOffBody(status, headers, arrived.toByteArray(), operation, false,
                String.valueOf(e)))));
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
}
