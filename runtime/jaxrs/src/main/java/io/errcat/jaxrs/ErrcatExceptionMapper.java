package io.errcat.jaxrs;

import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.ErrorResponder;
import io.errcat.runtime.HttpError;
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

  @Context
  private HttpHeaders headers;

  /**
   * Creates the mapper.
   *
   * @param responder the rules of the answer
   */
  public ErrcatExceptionMapper(ErrorResponder responder) {
    this.responder = Objects.requireNonNull(responder, "responder");
  }

  @Override
  public Response toResponse(ErrcatException exception) {
    HttpHeaders request = headers;
    HttpError answer = responder.respond(exception, name -> header(request, name));
    Response.ResponseBuilder r = Response.status(answer.status()).entity(answer.body());
    for (Map.Entry<String, List<String>> h : answer.headers().entrySet()) {
      for (String v : h.getValue()) {
        r.header(h.getKey(), v);
      }
    }
    return r.build();
  }

  /** A request header, {@code null} when absent or when there is no request (a unit test). */
  private static String header(HttpHeaders request, String name) {
    if (request == null) {
      return null;
    }
    try {
      List<String> values = request.getRequestHeader(name);
      return values == null || values.isEmpty() ? null : String.join(",", values);
    } catch (RuntimeException e) {
      return null; // outside a request scope
    }
  }
}
