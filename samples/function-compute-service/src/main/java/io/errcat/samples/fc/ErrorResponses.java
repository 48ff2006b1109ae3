package io.errcat.samples.fc;

import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.catalogs.functioncompute.FunctionComputeHttpMapper;
import io.errcat.runtime.HttpError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Writes responses: a body as given, or an exception as the generated mapper encodes it. */
final class ErrorResponses {
  private ErrorResponses() {}

  /**
   * Sends {@code e} in Function Compute's wire format ({@code ErrorCode}, {@code ErrorMessage},
   * {@code X-Fc-Request-Id}), or as problem+json when the request's {@code Accept} asks for it.
   */
  static void send(HttpServletRequest req, HttpServletResponse resp, FunctionComputeException e)
      throws IOException {
    HttpError http = FunctionComputeHttpMapper.toHttp(e, req.getHeader("Accept"));
    for (Map.Entry<String, List<String>> h : http.headers().entrySet()) {
      for (String v : h.getValue()) {
        resp.addHeader(h.getKey(), v);
      }
    }
    write(resp, http.status(), http.body());
  }

  static void send(HttpServletResponse resp, int status, String contentType, byte[] body)
      throws IOException {
    resp.setHeader("Content-Type", contentType);
    write(resp, status, body);
  }

  private static void write(HttpServletResponse resp, int status, byte[] body) throws IOException {
    resp.setStatus(status);
    resp.setContentLength(body.length);
    try (OutputStream out = resp.getOutputStream()) {
      out.write(body);
    }
  }
}
