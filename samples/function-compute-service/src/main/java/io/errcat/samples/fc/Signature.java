package io.errcat.samples.fc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Request signing in the style of Function Compute: {@code Authorization: FC <accessKeyId>:<sig>}
 * where {@code sig} is Base64(HMAC-SHA256(secret, method \n path \n x-fc-date)).
 */
public final class Signature {
  /** The header carrying the signed date. */
  public static final String DATE_HEADER = "X-Fc-Date";

  private Signature() {}

  /** The signature of one request. */
  public static String sign(String secret, String method, String path, String date) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] sig = mac.doFinal((method + "\n" + path + "\n" + date).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(sig);
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
