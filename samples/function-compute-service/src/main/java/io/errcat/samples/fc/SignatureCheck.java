package io.errcat.samples.fc;

import io.errcat.catalogs.functioncompute.FunctionComputeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Function Compute's signature check ({@link Signature}), the SDK's way, before any handler runs.
 * What it throws is a generated exception, answered by the starter like a handler's.
 */
@Component
final class SignatureCheck implements HandlerInterceptor {
  /** The request attribute holding the caller's access key. */
  static final String KEY = "fc.accessKey";

  private final Account account;

  SignatureCheck(Account account) {
    this.account = account;
  }

  @Override
  public boolean preHandle(HttpServletRequest req, HttpServletResponse resp, Object handler) {
    String method = req.getMethod();
    String path = ApiController.path(req);
    if (req.getHeader("Date") == null && req.getHeader(Signature.FC_DATE_HEADER) == null) {
      throw FunctionComputeException.missingRequiredHeader("Date");
    }
    String auth = req.getHeader("Authorization");
    if (auth == null) {
      throw FunctionComputeException.missingRequiredHeader("Authorization");
    }
    int colon = auth.indexOf(':');
    if (!auth.startsWith("FC ") || colon < 0) {
      throw FunctionComputeException.invalidArgument(
          "the Authorization header must be 'FC <accessKeyId>:<signature>'");
    }
    String id = auth.substring(3, colon);
    Account.AccessKey key = account.keys.get(id);
    if (key == null) {
      throw FunctionComputeException.invalidAccessKeyId(id);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : Collections.list(req.getHeaderNames())) {
      headers.put(name, req.getHeader(name));
    }
    String expected = Signature.sign(key.secret(), Signature.stringToSign(method, path, headers));
    if (!Signature.matches(expected, auth.substring(colon + 1))) {
      throw FunctionComputeException.signatureNotMatch();
    }
    if (!method.equals("GET") && key.readOnly()) {
      throw FunctionComputeException.accessDenied(
          "access key '" + key.id() + "' is read-only and may not " + method + " " + path);
    }
    req.setAttribute(KEY, key);
    return true;
  }
}
