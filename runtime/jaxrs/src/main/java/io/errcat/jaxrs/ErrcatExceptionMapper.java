package io.errcat.jaxrs;

import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.ErrorResponder;
import io.errcat.runtime.HttpError;
import io.errcat.runtime.RequestView;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answers a generated exception thrown from a resource method (or a filter) with its catalog's own
 * response: status, body in the product's wire format or problem+json by {@code Accept}, request
 * id and {@code Retry-After} headers, decided by the runtime's {@link ErrorResponder}. Only {@link
 * ErrcatException}s reach it; the runtime's other mappers keep theirs.
 *
 * <p>Registered by {@link ErrcatFeature} (on Jersey automatically).
 */
public final class ErrcatExceptionMapper implements ExceptionMapper<ErrcatException> {
  private final ErrorResponder responder;
  private final String requestIdProperty;

  @Context
  private HttpHeaders headers;

  // request-scoped: not proxied into a singleton by Jersey, so asked for per answer
  @Context
  private Provider<ContainerRequestContext> requestContext;

  /**
   * Creates the mapper.
   *
   * @param responder the rules of the answer
   */
  public ErrcatExceptionMapper(ErrorResponder responder) {
    this(responder, null);
  }

  /**
   * Creates the mapper.
   *
   * @param responder the rules of the answer
   * @param requestIdProperty the request property holding the application's own id for the
   *     request ({@value ErrcatFeature#REQUEST_ID_ATTRIBUTE}), or {@code null}
   */
  public ErrcatExceptionMapper(ErrorResponder responder, String requestIdProperty) {
    this.responder = Objects.requireNonNull(responder, "responder");
    this.requestIdProperty = requestIdProperty;
  }

  @Override
  public Response toResponse(ErrcatException exception) {
    HttpHeaders request = headers;
    Provider<ContainerRequestContext> context = requestContext;
    HttpError answer = responder.respond(exception, new RequestView() {
      @Override
      public List<String> headers(String name) {
        return header(request, name);
      }

      @Override
      public String applicationRequestId() {
        return property(context, requestIdProperty);
      }
    });
    Response.ResponseBuilder r = Response.status(answer.status()).entity(answer.body());
    for (Map.Entry<String, List<String>> h : answer.headers().entrySet()) {
      for (String v : h.getValue()) {
        r.header(h.getKey(), v);
      }
    }
    return r.build();
  }

  /** A request header's values, none when absent or when there is no request (a unit test). */
  private static List<String> header(HttpHeaders request, String name) {
    if (request == null) {
      return List.of();
    }
    try {
      List<String> values = request.getRequestHeader(name);
      return values == null ? List.of() : values;
    } catch (RuntimeException e) {
      return List.of(); // outside a request scope
    }
  }

  /** A request property as text, {@code null} when unset or outside a request. */
  private static String property(Provider<ContainerRequestContext> context, String name) {
    if (context == null || name == null) {
      return null;
    }
    try {
      Object v = context.get().getProperty(name);
      return v == null ? null : v.toString();
    } catch (RuntimeException e) {
      return null; // outside a request scope
    }
  }
}
