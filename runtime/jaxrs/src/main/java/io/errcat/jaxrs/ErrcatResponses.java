package io.errcat.jaxrs;

import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.HttpError;
import io.errcat.runtime.HttpErrorCodec;
import io.errcat.runtime.ResponseParts;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The client side on any JAX-RS client: a {@link Response} with an error status ({@link
 * HttpError#isError(int)}: 4xx, 5xx, and any status outside 100–599) becomes the catalog's
 * generated exception, thrown where the caller reads the response, as itself (JAX-RS wraps what a
 * filter throws; see {@link ErrcatClientFilter}). Any body gives a typed exception: a proxy's HTML
 * page, a truncated, oversized, endless or dripped body, an unknown code or a dropped connection
 * gives the fallback without {@code error()}. At most 1 MiB is read, within the body deadline
 * ({@value ErrcatClientFilter#BODY_DEADLINE}, 10 s unless {@link #withBodyDeadline} says
 * otherwise).
 *
 * <pre>{@code
 * ErrcatResponses<FunctionComputeException> fc = ErrcatResponses.of(FunctionComputeException.class);
 * String body = fc.read(target.path("services/orders").request().get(), String.class);
 * }</pre>
 *
 * @param <E> the catalog's exception type
 */
public final class ErrcatResponses<E extends ErrcatException> {
  private final CatalogBinding<E> catalog;
  private final Duration bodyDeadline;

  private ErrcatResponses(CatalogBinding<E> catalog, Duration bodyDeadline) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.bodyDeadline = Objects.requireNonNull(bodyDeadline, "bodyDeadline");
  }

  /**
   * The reader for a catalog's exception type, found through {@code ServiceLoader}.
   *
   * @param <E> the exception type
   * @param type a generated exception type
   * @return the reader
   * @throws IllegalArgumentException when no generated catalog has that exception type
   */
  public static <E extends ErrcatException> ErrcatResponses<E> of(Class<E> type) {
    return of(CatalogRegistry.binding(type));
  }

  /**
   * The reader for a catalog.
   *
   * @param <E> the exception type
   * @param catalog the catalog
   * @return the reader
   */
  public static <E extends ErrcatException> ErrcatResponses<E> of(CatalogBinding<E> catalog) {
    return new ErrcatResponses<>(catalog, HttpErrorCodec.DEFAULT_BODY_DEADLINE);
  }

  /**
   * This reader with another total deadline for reading an error body.
   *
   * @param deadline the deadline; zero for none
   * @return the reader
   */
  public ErrcatResponses<E> withBodyDeadline(Duration deadline) {
    return new ErrcatResponses<>(catalog, deadline);
  }

  /**
   * A successful response's entity, or the typed exception for an error response (the response
   * is closed either way when it fails).
   *
   * @param <T> the entity type
   * @param response the response
   * @param type the entity type
   * @return the entity
   * @throws ErrcatException the catalog's exception (of type {@code E}) for a 4xx or 5xx
   */
  public <T> T read(Response response, Class<T> type) {
    return read(response, type, null);
  }

  /**
   * As {@link #read(Response, Class)}, for a request to a known operation.
   *
   * @param <T> the entity type
   * @param response the response
   * @param type the entity type
   * @param operationId the operation id, or {@code null}
   * @return the entity
   * @throws ErrcatException the catalog's exception (of type {@code E}) for a 4xx or 5xx
   */
  public <T> T read(Response response, Class<T> type, String operationId) {
    if (HttpError.isError(response.getStatus())) {
      try {
        throw exception(response, operationId);
      } finally {
        response.close();
      }
    }
    return response.readEntity(type);
  }

  /**
   * The typed exception for an error response. Never throws; reads at most the codec's body
   * bound and leaves the response open.
   *
   * @param response the response
   * @param operationId the operation id, or {@code null}
   * @return the exception
   */
  public E exception(Response response, String operationId) {
    return catalog.fromResponse(new ResponseParts() {
      @Override
      public int status() {
        return response.getStatus();
      }

      @Override
      public Map<String, List<String>> headers() {
        return response.getStringHeaders(); // the runtime reads names in any case
      }

      @Override
      public InputStream body() {
        return response.hasEntity() ? response.readEntity(InputStream.class) : null;
      }
    }, operationId, bodyDeadline);
  }

}
