package io.errcat.samples.fc;

import io.errcat.catalogs.functioncompute.FunctionComputeException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The service's routes, after {@code /2016-08-15}. Every failure is a generated
 * {@link FunctionComputeException} thrown from here (or from a function) with typed template
 * parameters; {@link ErrorResponses} turns it into the response.
 */
final class ApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PREFIX = "/2016-08-15/";

  private final transient Account account;
  private final AtomicLong requests = new AtomicLong();

  ApiServlet(Account account) {
    this.account = account;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String requestId = "req-" + requests.incrementAndGet();
    try {
      String body = route(req);
      resp.setHeader("X-Fc-Request-Id", requestId);
      ErrorResponses.send(resp, 200, "text/plain; charset=utf-8",
          body.getBytes(StandardCharsets.UTF_8));
    } catch (FunctionComputeException e) {
      ErrorResponses.send(req, resp, e.withRequestId(requestId));
    } catch (RuntimeException e) {
      // a bug here must still answer in the product's format, never with a stack trace
      ErrorResponses.send(req, resp,
          FunctionComputeException.internalServerError().withRequestId(requestId));
    }
  }

  private String route(HttpServletRequest req) throws IOException {
    String method = req.getMethod();
    String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
    Account.AccessKey key = authenticate(req, method, path);
    String body = readBody(req.getInputStream());
    if (!path.startsWith(PREFIX)) {
      throw FunctionComputeException.pathNotSupported(method, path);
    }
    String[] p = path.substring(PREFIX.length()).split("/", -1);
    boolean write = !method.equals("GET");
    if (write && key.readOnly()) {
      throw FunctionComputeException.accessDenied(
          "access key '" + key.id() + "' is read-only and may not " + method + " " + path);
    }
    if (p.length == 1 && p[0].equals("services") && method.equals("POST")) {
      return createService(body.strip());
    }
    if (p.length == 2 && p[0].equals("services") && method.equals("GET")) {
      return service(p[1]).name;
    }
    if (p.length == 2 && p[0].equals("services") && method.equals("PUT")) {
      return updateService(service(p[1]), req.getHeader("If-Match"), body);
    }
    if (p.length == 4 && p[0].equals("services") && p[2].equals("versions") && method.equals("GET")) {
      return version(service(p[1]), p[3]);
    }
    if (p.length == 4 && p[0].equals("services") && p[2].equals("aliases") && method.equals("GET")) {
      Account.Service s = service(p[1]);
      Long v = s.aliases.get(p[3]);
      if (v == null) throw FunctionComputeException.aliasNotFound(p[3], s.name);
      return p[3] + " -> " + v;
    }
    if (p.length == 2 && p[0].equals("custom-domains") && method.equals("GET")) {
      String s = account.domains.get(p[1]);
      if (s == null) throw FunctionComputeException.domainNameNotFound(p[1]);
      return p[1] + " -> " + s;
    }
    if (p.length == 5 && p[0].equals("services") && p[2].equals("functions")
        && p[4].equals("invocations") && method.equals("POST")) {
      return invoke(service(p[1]), p[3], body);
    }
    throw FunctionComputeException.pathNotSupported(method, path);
  }

  /** Function Compute's signature check ({@link Signature}), the SDK's way. */
  private Account.AccessKey authenticate(HttpServletRequest req, String method, String path) {
    if (req.getHeader("Date") == null && req.getHeader(Signature.FC_DATE_HEADER) == null) {
      throw FunctionComputeException.missingRequiredHeader("Date");
    }
    String auth = req.getHeader("Authorization");
    if (auth == null) throw FunctionComputeException.missingRequiredHeader("Authorization");
    int colon = auth.indexOf(':');
    if (!auth.startsWith("FC ") || colon < 0) {
      throw FunctionComputeException.invalidArgument(
          "the Authorization header must be 'FC <accessKeyId>:<signature>'");
    }
    String id = auth.substring(3, colon);
    Account.AccessKey key = account.keys.get(id);
    if (key == null) throw FunctionComputeException.invalidAccessKeyId(id);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : Collections.list(req.getHeaderNames())) {
      headers.put(name, req.getHeader(name));
    }
    String expected = Signature.sign(key.secret(), Signature.stringToSign(method, path, headers));
    if (!Signature.matches(expected, auth.substring(colon + 1))) {
      throw FunctionComputeException.signatureNotMatch();
    }
    return key;
  }

  private String readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(account.maxRequestBytes + 1);
    if (body.length > account.maxRequestBytes) {
      throw FunctionComputeException.entityTooLarge(String.valueOf(account.maxRequestBytes));
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private Account.Service service(String name) {
    Account.Service s = account.services.get(name);
    if (s == null) throw FunctionComputeException.serviceNotFound(name);
    return s;
  }

  private String createService(String name) {
    if (name.isEmpty()) throw FunctionComputeException.invalidArgument("the service name is empty");
    synchronized (account) {
      if (account.services.size() >= account.maxServices) {
        throw FunctionComputeException.limitExceededError();
      }
      account.service(name);
    }
    return name;
  }

  private String updateService(Account.Service s, String ifMatch, String description) {
    synchronized (s) {
      String etag = String.valueOf(s.revision.get());
      if (ifMatch != null && !ifMatch.equals(etag)) {
        throw FunctionComputeException.concurrentUpdateError();
      }
      s.description = description;
      return String.valueOf(s.revision.incrementAndGet());
    }
  }

  private static String version(Account.Service s, String text) {
    long v;
    try {
      v = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw FunctionComputeException.invalidArgument("version '" + text + "' is not a number");
    }
    return Optional.ofNullable(s.versions.get(v))
        .orElseThrow(() -> FunctionComputeException.versionNotFound(v, s.name));
  }

  private String invoke(Account.Service s, String function, String payload) {
    UnaryOperator<String> handler = s.functions.get(function);
    if (handler == null) {
      throw FunctionComputeException.invalidArgument(
          "function '" + function + "' does not exist in service '" + s.name + "'");
    }
    if (account.throttled.containsKey(s.name + "/" + function)) {
      throw FunctionComputeException.resourceThrottled(
          "function '" + function + "' has reached its concurrency limit; retry later");
    }
    if (account.invocationsLeft.getAndDecrement() <= 0) {
      throw FunctionComputeException.resourceExhausted("the account's invocation quota is used up");
    }
    try {
      return handler.apply(payload);
    } catch (FunctionComputeException e) {
      throw e; // a function may fail with a Function Compute error of its own
    } catch (RuntimeException e) {
      throw FunctionComputeException.internalServerError();
    }
  }
}
