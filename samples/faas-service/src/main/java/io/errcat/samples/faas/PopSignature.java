package io.errcat.samples.faas;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud POP's RPC signature, version 1.0: {@code Base64(HMAC-SHA1(secret + "&",
 * stringToSign))} over
 *
 * <pre>
 * METHOD &amp; percentEncode("/") &amp; percentEncode(k1=v1&amp;k2=v2...)
 * </pre>
 *
 * every parameter but {@code Signature} itself, names sorted by their bytes, names and values
 * percent-encoded as RFC 3986 wants (space {@code %20}, {@code *} {@code %2A}, {@code ~} as is).
 */
public final class PopSignature {
  /** The only signature method the service accepts. */
  public static final String METHOD = "HMAC-SHA1";
  /** The only signature version the service accepts. */
  public static final String VERSION = "1.0";

  private PopSignature() {}

  /**
   * A value as POP percent-encodes it.
   *
   * @param value the value
   * @return the encoded value
   */
  public static String percentEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
        .replace("*", "%2A").replace("%7E", "~");
  }

  /**
   * The string to sign for a request.
   *
   * @param httpMethod {@code GET} or {@code POST}
   * @param params every parameter of the request (query and form), {@code Signature} included or
   *     not
   * @return the string to sign
   */
  public static String stringToSign(String httpMethod, Map<String, String> params) {
    TreeMap<String, String> sorted = new TreeMap<>(params);
    sorted.remove("Signature");
    StringBuilder canonical = new StringBuilder();
    sorted.forEach((k, v) -> canonical.append('&').append(percentEncode(k)).append('=')
        .append(percentEncode(v)));
    return httpMethod + "&" + percentEncode("/") + "&"
        + percentEncode(canonical.length() == 0 ? "" : canonical.substring(1));
  }

  /**
   * The signature of a string to sign.
   *
   * @param secret the AccessKey secret
   * @param stringToSign the string to sign
   * @return the Base64 signature
   */
  public static String sign(String secret, String stringToSign) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(
          mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has HmacSHA1", e);
    }
  }

  /**
   * Compares signatures in constant time.
   *
   * @param expected the signature computed
   * @param given the signature sent
   * @return whether they are equal
   */
  public static boolean matches(String expected, String given) {
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }
}
