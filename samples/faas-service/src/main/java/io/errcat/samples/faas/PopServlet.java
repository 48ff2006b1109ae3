package io.errcat.samples.faas;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasHttpMapper;
import io.errcat.runtime.BodyForm;
import io.errcat.runtime.HttpError;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The POP RPC endpoint: every request to {@code /} with {@code Action} and the common parameters,
 * by GET or form POST. In order: the request's form (method, size, encoding: {@code PARAMETER
 * INVALIDATE}), the product's endpoint ({@code InvalidProduct.NotFound}), the common parameters
 * ({@code PARAMETER INVALIDATE}), the
 * caller ({@link PopAuth}), then the action ({@link Actions}). Every answer carries a {@code
 * RequestId}; every error goes through the generated {@link FaasHttpMapper}, in JSON or, for
 * {@code Format=XML}, XML; an unexpected failure is {@code InternalError}, never a stack trace.
 */
final class PopServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PopServlet.class.getName());

  /** The most bytes of a query string or form body. */
  static final int MAX_PARAMS_BYTES = 32 * 1024;

  private final transient Set<String> endpoints;
  private final transient String hostId;
  private final transient PopCalls calls;

  PopServlet(Set<String> endpoints, String hostId, PopCalls calls) {
    this.endpoints = endpoints;
    this.hostId = hostId;
    this.calls = calls;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String requestId = PopCalls.MINT.mint();
    BodyForm form = BodyForm.JSON;
    String action = null;
    try {
      Map<String, String> params = params(req);
      form = "XML".equals(params.get("Format")) ? BodyForm.XML : BodyForm.JSON;
      if (!endpoints.contains(host(req))) {
        throw FaasException.invalidProductNotFound();
      }
      action = params.get("Action");
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("RequestId", requestId);
      body.putAll(calls.run(req.getMethod(), params));
      byte[] bytes = form == BodyForm.XML ? PopResponses.xml(action, body) : PopResponses.json(body);
      write(resp, 200, Map.of("Content-Type",
          List.of(form == BodyForm.XML ? PopResponses.XML : PopResponses.JSON)), bytes);
    } catch (FaasException e) {
      answer(resp, e, requestId, form);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(Level.WARNING, "request " + requestId + " (" + action + ") failed", e);
      answer(resp, FaasException.internalError(), requestId, form);
    }
  }

  private void answer(HttpServletResponse resp, FaasException e, String requestId, BodyForm form)
      throws IOException {
    HttpError http = FaasHttpMapper.toHttpAs(
        PopErrors.withHostId(e.withRequestId(requestId), hostId), form);
    write(resp, http.status(), http.headers(), http.body());
  }

  private static void write(HttpServletResponse resp, int status,
      Map<String, List<String>> headers, byte[] body) throws IOException {
    resp.setStatus(status);
    headers.forEach((k, vs) -> vs.forEach(v -> resp.addHeader(k, v)));
    resp.setContentLength(body.length);
    try (OutputStream out = resp.getOutputStream()) {
      out.write(body);
    }
  }

  /** The Host the request was sent to, without port, in lower case. */
  private static String host(HttpServletRequest req) {
    String h = req.getHeader("Host");
    if (h == null) {
      return "";
    }
    h = h.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  /** Query and form parameters, strictly decoded and bounded; else PARAMETER INVALIDATE. */
  private static Map<String, String> params(HttpServletRequest req) throws IOException {
    String method = req.getMethod();
    if (!method.equals("GET") && !method.equals("POST")) {
      throw FaasException.parameterInvalidate();
    }
    String query = req.getQueryString();
    if (query != null && query.length() > MAX_PARAMS_BYTES) {
      throw FaasException.parameterInvalidate();
    }
    String body = null;
    if (method.equals("POST")) {
      String type = Optional.ofNullable(req.getContentType()).orElse("");
      if (req.getContentLengthLong() > MAX_PARAMS_BYTES) {
        throw FaasException.parameterInvalidate();
      }
      byte[] bytes;
      try (InputStream in = req.getInputStream()) {
        bytes = in.readNBytes(MAX_PARAMS_BYTES + 1);
      } catch (IOException e) {
        // the body was cut off: by the caller, or by the guard at the request's deadline
        throw FaasException.parameterInvalidate();
      }
      if (bytes.length > MAX_PARAMS_BYTES) {
        throw FaasException.parameterInvalidate();
      }
      if (bytes.length > 0) {
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
          throw FaasException.parameterInvalidate();
        }
        body = new String(bytes, StandardCharsets.ISO_8859_1); // PopParams decodes %XX as UTF-8
      }
    }
    return PopParams.parse(query, body).orElseThrow(FaasException::parameterInvalidate);
  }
}
