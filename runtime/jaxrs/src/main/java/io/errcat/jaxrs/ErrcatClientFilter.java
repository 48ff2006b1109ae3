package io.errcat.jaxrs;

import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrcatException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.util.Optional;

/**
 * A client response filter that turns every 4xx and 5xx response into the catalog's generated
 * exception, for code that calls {@code request().get(String.class)} and never sees the {@link
 * jakarta.ws.rs.core.Response}. The JAX-RS specification wraps what a filter throws in a {@link
 * ProcessingException} (only a {@code WebApplicationException} passes as itself), so the typed
 * exception is that exception's cause: {@link #typed(ProcessingException, Class)} takes it out.
 * Where the caller holds the response, {@link ErrcatResponses#read} throws it unwrapped.
 *
 * <p>A request names its operation with the property {@link #OPERATION}.
 *
 * @param <E> the catalog's exception type
 */
@ConstrainedTo(RuntimeType.CLIENT)
public final class ErrcatClientFilter<E extends ErrcatException> implements ClientResponseFilter {
  /** The request property naming the operation a request is for. */
  public static final String OPERATION = ErrcatClientFilter.class.getName() + ".operation";

  private final CatalogBinding<E> catalog;

  private ErrcatClientFilter(CatalogBinding<E> catalog) {
    this.catalog = catalog;
  }

  /**
   * The filter for a catalog's exception type, found through {@code ServiceLoader}.
   *
   * @param <E> the exception type
   * @param type a generated exception type
   * @return the filter, to register on a {@code Client} or {@code WebTarget}
   */
  public static <E extends ErrcatException> ErrcatClientFilter<E> of(Class<E> type) {
    return new ErrcatClientFilter<>(CatalogRegistry.load(type.getClassLoader()).require(type));
  }

  /**
   * The filter for a catalog.
   *
   * @param <E> the exception type
   * @param catalog the catalog
   * @return the filter
   */
  public static <E extends ErrcatException> ErrcatClientFilter<E> of(CatalogBinding<E> catalog) {
    return new ErrcatClientFilter<>(catalog);
  }

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) {
    if (response.getStatus() < 400) {
      return;
    }
    Object op = request.getProperty(OPERATION);
    throw catalog.fromStream(response.getStatus(), ErrcatResponses.copy(response.getHeaders()),
        response.hasEntity() ? response.getEntityStream() : null,
        op == null ? null : op.toString());
  }

  /**
   * The typed exception a filter threw, out of the {@link ProcessingException} the client wrapped
   * it in.
   *
   * @param <E> the exception type
   * @param e what the invocation threw
   * @param type the catalog's exception type
   * @return the typed exception, or empty when {@code e} is about something else (a refused
   *     connection, a reader's failure)
   */
  public static <E extends ErrcatException> Optional<E> typed(ProcessingException e,
      Class<E> type) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
