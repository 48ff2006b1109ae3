package io.errcat.samples.fc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Function Compute's request signature, as its official SDK computes it: {@code Authorization: FC
 * <accessKeyId>:<signature>}, the signature being Base64(HMAC-SHA256(secret, string to sign))
 * over
 *
 * <pre>
 * METHOD \n Content-MD5 \n Content-Type \n Date \n
 * x-fc-name:value \n ...   (every x-fc-* header, names in lower case, sorted)
 * path [\n name=value \n ...]  (with a query: its parameters, unescaped, as lines, sorted)
 * </pre>
 *
 * A client that cannot set {@code Date} ({@code java.net.http} forbids it) sends {@code
 * x-fc-date}, which then stands for the date, as in the SDK.
 */
public final class Signature {
  /** The header that stands for {@code Date} when a client cannot set that one. */
  public static final String FC_DATE_HEADER = "x-fc-date";

  private Signature() {}

  /**
   * The string to sign for one request.
   *
   * @param headers the request's headers, names in any case, one value each
   */
  public static String stringToSign(String method, String path, Map<String, String> headers) {
    Map<String, String> fc = new TreeMap<>();
    String md5 = "";
    String type = "";
    String date = "";
    String fcDate = null;
    for (Map.Entry<String, String> h : headers.entrySet()) {
      String name = h.getKey().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-md5" -> md5 = h.getValue();
        case "content-type" -> type = h.getValue();
        case "date" -> date = h.getValue();
        default -> { }
      }
      if (name.startsWith("x-fc")) {
        fc.put(name, h.getValue());
        if (name.equals(FC_DATE_HEADER)) {
          fcDate = h.getValue();
        }
      }
    }
    StringBuilder s = new StringBuilder(method).append('\n').append(md5).append('\n')
        .append(type).append('\n').append(fcDate != null ? fcDate : date).append('\n');
    fc.forEach((k, v) -> s.append(k).append(':').append(v).append('\n'));
    return s.append(path).toString();
  }

  /**
   * The resource a signature covers, as the SDKs compose it: the path, and for a request with a
   * query its parameters unescaped, {@code name=value} (or {@code name} alone without a value), one
   * a line, sorted.
   *
   * @param path the unescaped path
   * @param query the parameters, in any order; empty for none
   * @return the canonical resource
   */
  public static String resource(String path, List<String> query) {
    if (query.isEmpty()) {
      return path;
    }
    List<String> sorted = new ArrayList<>(query);
    Collections.sort(sorted);
    return path + "\n" + String.join("\n", sorted);
  }

  /** The signature of one string to sign. */
  public static String sign(String secret, String stringToSign) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(
          mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has HmacSHA256", e);
    }
  }

  /** Compares signatures in constant time. */
  public static boolean matches(String expected, String given) {
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }
}
