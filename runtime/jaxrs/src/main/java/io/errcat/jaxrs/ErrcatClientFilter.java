package io.errcat.jaxrs;

import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.HttpError;
import io.errcat.runtime.HttpErrorCodec;
import io.errcat.runtime.ResponseParts;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client response filter that turns every 4xx and 5xx response into the catalog's generated
 * exception, for code that calls {@code request().get(String.class)} and never sees the {@link
 * jakarta.ws.rs.core.Response}. The JAX-RS specification wraps what a filter throws in a {@link
 * ProcessingException} (only a {@code WebApplicationException} passes as itself), so the typed
 * exception is that exception's cause: {@link #typed(ProcessingException, Class)} takes it out.
 * Where the caller holds the response, {@link ErrcatResponses#read} throws it unwrapped.
 *
 * <p>Every error status ({@link HttpError#isError(int)}: 4xx, 5xx, and any status outside
 * 100–599) is typed; at most 1 MiB of the body is read, within the body deadline: the client's
 * property {@value #BODY_DEADLINE} (an ISO-8601 duration such as {@code PT5S}, or milliseconds;
 * 10 s by default). A request names its operation with the property {@link #OPERATION}.
 *
 * @param <E> the catalog's exception type
 */
@ConstrainedTo(RuntimeType.CLIENT)
public final class ErrcatClientFilter<E extends ErrcatException> implements ClientResponseFilter {
  /** The request property naming the operation a request is for. */
  public static final String OPERATION = ErrcatClientFilter.class.getName() + ".operation";

  /** The client property giving the total time reading an error body may take. */
  public static final String BODY_DEADLINE = "errcat.client.body-deadline";

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
    return new ErrcatClientFilter<>(CatalogRegistry.binding(type));
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
    if (!HttpError.isError(response.getStatus())) {
      return;
    }
    Object op = request.getProperty(OPERATION);
    throw catalog.fromResponse(new ResponseParts() {
      @Override
      public int status() {
        return response.getStatus();
      }

      @Override
      public Map<String, List<String>> headers() {
        return response.getHeaders(); // the runtime reads names in any case
      }

      @Override
      public InputStream body() {
        return response.hasEntity() ? response.getEntityStream() : null;
      }

      @Override
      public void end(InputStream body) throws IOException {
        if (body != null) {
          body.close(); // the caller never sees this response: nobody else would close it
        }
      }
    }, op == null ? null : op.toString(),
        bodyDeadline(request.getConfiguration().getProperty(BODY_DEADLINE)));
  }

  /**
   * The body deadline a client's property gives.
   *
   * @param value the property: a {@link Duration}, an ISO-8601 text, a number of milliseconds, or
   *     {@code null} for the default
   * @return the deadline
   * @throws IllegalArgumentException for a value that is none of these
   */
  static Duration bodyDeadline(Object value) {
    if (value == null) {
      return HttpErrorCodec.DEFAULT_BODY_DEADLINE;
    }
    if (value instanceof Duration d) {
      return d;
    }
    if (value instanceof Number n) {
      return Duration.ofMillis(n.longValue());
    }
    String text = value.toString().strip();
    try {
      return text.chars().allMatch(Character::isDigit) && !text.isEmpty()
          ? Duration.ofMillis(Long.parseLong(text)) : Duration.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(BODY_DEADLINE + " must be a duration such as PT5S or"
          + " a number of milliseconds, not '" + text + "'", e);
    }
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
