package io.errcat.samples.fc;

import io.errcat.catalogs.functioncompute.FunctionComputeException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service's routes under {@code /2016-08-15}. Every failure is a generated
 * {@link FunctionComputeException} thrown from here (or from a function) with typed template
 * parameters; the errcat starter turns it into Function Compute's answer. Anything else, any
 * method or path, is {@code PathNotSupported}.
 */
@RestController
class ApiController {
  static final String PREFIX = "/2016-08-15";

  private final Account account;

  ApiController(Account account) {
    this.account = account;
  }

  /** The request's path, decoded, as Function Compute signs it. */
  static String path(HttpServletRequest req) {
    String info = req.getPathInfo();
    return req.getServletPath() + (info == null ? "" : info);
  }

  @PostMapping(PREFIX + "/services")
  ResponseEntity<byte[]> createService(InputStream body) throws IOException {
    String name = read(body).strip();
    if (name.isEmpty()) {
      throw FunctionComputeException.invalidArgument("the service name is empty");
    }
    synchronized (account) {
      if (account.services.size() >= account.maxServices) {
        throw FunctionComputeException.limitExceededError();
      }
      account.service(name);
    }
    return text(name);
  }

  @GetMapping(PREFIX + "/services/{service}")
  ResponseEntity<byte[]> getService(@PathVariable("service") String service) {
    return text(service(service).name);
  }

  @PutMapping(PREFIX + "/services/{service}")
  ResponseEntity<byte[]> updateService(@PathVariable("service") String service,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, InputStream body)
      throws IOException {
    Account.Service s = service(service);
    String description = read(body);
    synchronized (s) {
      String etag = String.valueOf(s.revision.get());
      if (ifMatch != null && !ifMatch.equals(etag)) {
        throw FunctionComputeException.concurrentUpdateError();
      }
      s.description = description;
      return text(String.valueOf(s.revision.incrementAndGet()));
    }
  }

  @GetMapping(PREFIX + "/services/{service}/versions/{version}")
  ResponseEntity<byte[]> getVersion(@PathVariable("service") String service,
      @PathVariable("version") String version) {
    Account.Service s = service(service);
    long v;
    try {
      v = Long.parseLong(version);
    } catch (NumberFormatException e) {
      throw FunctionComputeException.invalidArgument("version '" + version + "' is not a number");
    }
    return text(Optional.ofNullable(s.versions.get(v))
        .orElseThrow(() -> FunctionComputeException.versionNotFound(v, s.name)));
  }

  @GetMapping(PREFIX + "/services/{service}/aliases/{alias}")
  ResponseEntity<byte[]> getAlias(@PathVariable("service") String service,
      @PathVariable("alias") String alias) {
    Account.Service s = service(service);
    Long v = s.aliases.get(alias);
    if (v == null) {
      throw FunctionComputeException.aliasNotFound(alias, s.name);
    }
    return text(alias + " -> " + v);
  }

  @GetMapping(PREFIX + "/custom-domains/{domain}")
  ResponseEntity<byte[]> getCustomDomain(@PathVariable("domain") String domain) {
    String s = account.domains.get(domain);
    if (s == null) {
      throw FunctionComputeException.domainNameNotFound(domain);
    }
    return text(domain + " -> " + s);
  }

  @PostMapping(PREFIX + "/services/{service}/functions/{function}/invocations")
  ResponseEntity<byte[]> invoke(@PathVariable("service") String service,
      @PathVariable("function") String function, InputStream body) throws IOException {
    Account.Service s = service(service);
    String payload = read(body);
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
      return text(handler.apply(payload));
    } catch (FunctionComputeException e) {
      throw e; // a function may fail with a Function Compute error of its own
    } catch (RuntimeException e) {
      throw FunctionComputeException.internalServerError();
    }
  }

  /** Every other method and path. */
  @RequestMapping("/**")
  ResponseEntity<byte[]> unsupported(HttpServletRequest req) {
    throw FunctionComputeException.pathNotSupported(req.getMethod(), path(req));
  }

  private Account.Service service(String name) {
    Account.Service s = account.services.get(name);
    if (s == null) {
      throw FunctionComputeException.serviceNotFound(name);
    }
    return s;
  }

  /** The body, refused past the account's limit without reading further. */
  private String read(InputStream in) throws IOException {
    byte[] body = in.readNBytes(account.maxRequestBytes + 1);
    if (body.length > account.maxRequestBytes) {
      throw FunctionComputeException.entityTooLarge(String.valueOf(account.maxRequestBytes));
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private static ResponseEntity<byte[]> text(String body) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
        .body(body.getBytes(StandardCharsets.UTF_8));
  }
}
