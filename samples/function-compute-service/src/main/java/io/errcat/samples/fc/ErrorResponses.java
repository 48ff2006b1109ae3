package io.errcat.samples.fc;

import com.sun.net.httpserver.HttpExchange;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.catalogs.functioncompute.FunctionComputeHttpMapper;
import io.errcat.runtime.HttpError;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Writes responses: a body as given, or an exception as the generated mapper encodes it. */
final class ErrorResponses {
  private ErrorResponses() {}

  /**
   * Sends {@code e} in Function Compute's wire format ({@code errorCode}, {@code errorMessage},
   * {@code X-Fc-Request-Id}), or as problem+json when the request's {@code Accept} asks for it.
   */
  static void send(HttpExchange ex, FunctionComputeException e) throws IOException {
    String accept = ex.getRequestHeaders().getFirst("Accept");
    HttpError http = FunctionComputeHttpMapper.toHttp(e, accept);
    for (Map.Entry<String, List<String>> h : http.headers().entrySet()) {
      ex.getResponseHeaders().put(h.getKey(), h.getValue());
    }
    write(ex, http.status(), http.body());
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    write(ex, status, body);
  }

  private static void write(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
