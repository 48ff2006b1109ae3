package io.errcat.spring;

import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.HttpError;
import io.errcat.runtime.HttpErrorCodec;
import io.errcat.runtime.ResponseParts;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * A {@code RestClient} (or {@code RestTemplate}) status handler that turns an error response into
 * a catalog's generated exception: every status {@link HttpError#isError(int)} calls an error (4xx,
 * 5xx, and any status outside 100–599), whatever its body. A proxy's HTML page, a truncated,
 * oversized, endless, compressed or dripped body, an unknown code or a connection dropped mid-body
 * gives the typed fallback (an exception without {@code error()}, with the status and a bounded
 * excerpt), never another exception. At most 1 MiB of the body is read, within the body deadline
 * (10 s unless {@link #withBodyDeadline} says otherwise); then the body is ended without reading
 * the rest, so the response's close (which every request factory but Jetty's makes drain the body
 * to keep the connection) costs nothing: the connection is given up instead.
 *
 * <p>Registered as a status handler it acts when Spring's body reading asks for the status; but
 * Spring parses the response's {@code Content-Type} before that, so a header Spring cannot parse
 * (an unknown charset) fails there with {@code InvalidMediaTypeException}. Registered as a
 * request interceptor too ({@code .requestInterceptor(handler)}) it acts first, on every error
 * response, before Spring reads anything; a request names its operation with the attribute
 * {@link #OPERATION}.
 *
 * <pre>{@code
 * RestClient fc = RestClient.builder()
 *     .baseUrl(endpoint)
 *     .defaultStatusHandler(ErrcatStatusHandler.of(FunctionComputeException.class))
 *     .build();
 * // per call, with the operation the request is for:
 * fc.get().uri("/services/{s}", name).retrieve()
 *     .onStatus(handler.forOperation("GetService")).body(String.class);
 * }</pre>
 *
 * @param <E> the catalog's exception type
 */
public final class ErrcatStatusHandler<E extends ErrcatException>
    implements ResponseErrorHandler, ClientHttpRequestInterceptor {
  /** The request attribute naming the operation a request is for (interceptor use). */
  public static final String OPERATION = ErrcatStatusHandler.class.getName() + ".operation";

  private final CatalogBinding<E> catalog;
  private final String operation;
  private final Duration bodyDeadline;

  private ErrcatStatusHandler(CatalogBinding<E> catalog, String operation,
      Duration bodyDeadline) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.operation = operation;
    this.bodyDeadline = Objects.requireNonNull(bodyDeadline, "bodyDeadline");
  }

  /**
   * The handler for a catalog's exception type, found through {@code ServiceLoader} on the type's
   * class loader.
   *
   * @param <E> the exception type
   * @param type a generated exception type, e.g. {@code FunctionComputeException.class}
   * @return the handler
   * @throws IllegalArgumentException when no generated catalog has that exception type
   */
  public static <E extends ErrcatException> ErrcatStatusHandler<E> of(Class<E> type) {
    return of(CatalogRegistry.binding(type));
  }

  /**
   * The handler for a catalog.
   *
   * @param <E> the exception type
   * @param catalog the catalog
   * @return the handler
   */
  public static <E extends ErrcatException> ErrcatStatusHandler<E> of(CatalogBinding<E> catalog) {
    return new ErrcatStatusHandler<>(catalog, null, HttpErrorCodec.DEFAULT_BODY_DEADLINE);
  }

  /**
   * This handler for requests to one operation: a code with per-operation texts takes that
   * operation's where the response carries none, and the exception names the operation.
   *
   * @param operationId the operation id, e.g. {@code FaasOperation.LOAD_FPGA_IMAGE.id()}, or
   *     {@code null} for none
   * @return the handler
   */
  public ErrcatStatusHandler<E> forOperation(String operationId) {
    return new ErrcatStatusHandler<>(catalog, operationId, bodyDeadline);
  }

  /**
   * This handler with another total deadline for reading an error body.
   *
   * @param deadline the deadline; zero for none
   * @return the handler
   */
  public ErrcatStatusHandler<E> withBodyDeadline(Duration deadline) {
    return new ErrcatStatusHandler<>(catalog, operation, deadline);
  }

  /**
   * The catalog this handler decodes with.
   *
   * @return the catalog
   */
  public CatalogBinding<E> catalog() {
    return catalog;
  }

  @Override
  public boolean hasError(ClientHttpResponse response) {
    try {
      return HttpError.isError(response.getStatusCode().value());
    } catch (IOException | RuntimeException e) {
      return true; // a response without a readable status is no success
    }
  }

  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) {
    throw decode(response);
  }

  /**
   * As an interceptor: an error response becomes the typed exception before Spring reads
   * anything of it, and is closed (its body ended first, so closing drains nothing).
   *
   * @param request the request
   * @param body its body
   * @param execution the rest of the chain
   * @return a response that is no error
   * @throws IOException when the request fails
   */
  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body,
      ClientHttpRequestExecution execution) throws IOException {
    ClientHttpResponse response = execution.execute(request, body);
    if (!hasError(response)) {
      return response;
    }
    Object op = request.getAttributes().get(OPERATION);
    ErrcatStatusHandler<E> handler = op == null ? this : forOperation(op.toString());
    try {
      throw handler.decode(response);
    } finally {
      response.close();
    }
  }

  /**
   * The typed exception for an error response. Never throws.
   *
   * @param response the response; its body is read (bounded) and then ended: closed without
   *     reading the rest, the connection given up rather than drained
   * @return the exception
   */
  public E decode(ClientHttpResponse response) {
    return catalog.fromResponse(new ResponseParts() {
      @Override
      public int status() throws IOException {
        return response.getStatusCode().value();
      }

      @Override
      public Map<String, List<String>> headers() {
        return SpringHeaders.toMap(response.getHeaders());
      }

      @Override
      public InputStream body() throws IOException {
        return EndableBody.of(response, response.getBody());
      }

      @Override
      public void end(InputStream body) {
        EndableBody.end(body);
      }
    }, operation, bodyDeadline);
  }

}
