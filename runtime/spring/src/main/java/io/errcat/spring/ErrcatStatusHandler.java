package io.errcat.spring;

import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrcatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * A {@code RestClient} (or {@code RestTemplate}) status handler that turns an error response into
 * a catalog's generated exception: every 4xx and 5xx, whatever its body. A proxy's HTML page, a
 * truncated or oversized body, an unknown code or a connection dropped mid-body gives the typed
 * fallback (an exception without {@code error()}, with the status and a bounded excerpt), never
 * another exception.
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
public final class ErrcatStatusHandler<E extends ErrcatException> implements ResponseErrorHandler {
  private final CatalogBinding<E> catalog;
  private final String operation;

  private ErrcatStatusHandler(CatalogBinding<E> catalog, String operation) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.operation = operation;
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
    return of(CatalogRegistry.load(type.getClassLoader()).require(type));
  }

  /**
   * The handler for a catalog.
   *
   * @param <E> the exception type
   * @param catalog the catalog
   * @return the handler
   */
  public static <E extends ErrcatException> ErrcatStatusHandler<E> of(CatalogBinding<E> catalog) {
    return new ErrcatStatusHandler<>(catalog, null);
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
    return new ErrcatStatusHandler<>(catalog, operationId);
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
      return response.getStatusCode().isError();
    } catch (IOException | RuntimeException e) {
      return true; // a response without a readable status is no success
    }
  }

  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) {
    throw decode(response);
  }

  /**
   * The typed exception for an error response. Never throws.
   *
   * @param response the response; its body is read (bounded) but not closed
   * @return the exception
   */
  public E decode(ClientHttpResponse response) {
    int status = 0;
    Map<String, List<String>> headers = null;
    InputStream body = null;
    try {
      status = response.getStatusCode().value();
      headers = SpringHeaders.toMap(response.getHeaders());
      body = response.getBody();
    } catch (IOException | RuntimeException e) {
      // decoded from what was read: the codec turns a missing body into the typed fallback
    }
    return catalog.fromStream(status, headers, body, operation);
  }
}
