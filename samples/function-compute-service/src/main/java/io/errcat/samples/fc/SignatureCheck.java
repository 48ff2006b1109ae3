package io.errcat.samples.fc;

import io.errcat.catalogs.functioncompute.FunctionComputeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Function Compute's signature check ({@link Signature}), the SDK's way, before any handler runs,
 * in this order: the date (present, an RFC 1123 date, within {@link #WINDOW} of the server's
 * clock), the Authorization header and its key, the signature over method, {@code Content-MD5},
 * {@code Content-Type}, date, {@code x-fc-*} headers, path and query, then the body against a
 * signed {@code Content-MD5}. As in Function Compute 2.0 a signature has no nonce: the date window
 * is what bounds a replay. What it throws is a generated exception, answered by the starter like a
 * handler's.
 */
@Component
final class SignatureCheck implements HandlerInterceptor {
  /** The request attribute holding the caller's access key. */
  static final String KEY = "fc.accessKey";
  /** How far a request's date may be from the server's clock, either way. */
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Account account;
  private final Clock clock;

  SignatureCheck(Account account, Clock clock) {
    this.account = account;
    this.clock = clock;
  }

  @Override
  public boolean preHandle(HttpServletRequest req, HttpServletResponse resp, Object handler) {
    String method = req.getMethod();
    String path = ApiController.path(req);
    checkDate(req);
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
    String signature = auth.substring(colon + 1);
    String expected = Signature.sign(key.secret(), Signature.stringToSign(method,
        Signature.resource(path, query(req.getQueryString())), headers));
    if (!Signature.matches(expected, signature)) {
      throw FunctionComputeException.signatureNotMatch();
    }
    String md5 = req.getHeader("Content-MD5");
    if (md5 != null && !md5.equals(md5((byte[]) req.getAttribute(SignedBody.ATTRIBUTE)))) {
      throw FunctionComputeException.invalidArgument(
          "the body does not match its Content-MD5 header");
    }
    if (!method.equals("GET") && key.readOnly()) {
      throw FunctionComputeException.accessDenied(
          "access key '" + key.id() + "' is read-only and may not " + method + " " + path);
    }
    req.setAttribute(KEY, key);
    return true;
  }

  /** The signed date: {@code x-fc-date} or {@code Date}, RFC 1123, within the window. */
  private void checkDate(HttpServletRequest req) {
    String text = req.getHeader(Signature.FC_DATE_HEADER);
    if (text == null) {
      text = req.getHeader("Date");
    }
    if (text == null) {
      throw FunctionComputeException.missingRequiredHeader("Date");
    }
    Instant date;
    try {
      date = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw FunctionComputeException.invalidArgument(
          "the Date header must be an RFC 1123 date such as 'Mon, 07 Dec 2026 10:00:00 GMT'");
    }
    Instant now = clock.instant();
    if (date.isBefore(now.minus(WINDOW)) || date.isAfter(now.plus(WINDOW))) {
      throw FunctionComputeException.invalidArgument(
          "the request's date is more than 15 minutes from the server's time");
    }
  }

  /** The query's parameters, unescaped, {@code name=value} or {@code name}. */
  static List<String> query(String raw) {
    List<String> out = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    try {
      for (String pair : raw.split("&")) {
        if (!pair.isEmpty()) {
          int eq = pair.indexOf('=');
          out.add(eq < 0 ? URLDecoder.decode(pair, StandardCharsets.UTF_8)
              : URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8) + "="
                  + URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    } catch (IllegalArgumentException e) {
      throw FunctionComputeException.invalidArgument("the query string is not well formed");
    }
    return out;
  }

  private static String md5(byte[] body) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5")
          .digest(body == null ? new byte[0] : body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }
}
