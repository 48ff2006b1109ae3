package io.errcat.samples.faas;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Hand-made POP requests, for the tests that send what no SDK would. */
final class PopRequests {
  private PopRequests() {}

  /**
   * The common parameters of a valid GET call, signed by a key; {@code null} values in {@code
   * extra} remove a parameter before signing.
   */
  static Map<String, String> signed(String key, String secret, String action,
      Map<String, String> extra, Instant timestamp) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("Action", action);
    p.put("Version", "2017-08-24");
    p.put("Format", "JSON");
    p.put("AccessKeyId", key);
    p.put("SignatureMethod", "HMAC-SHA1");
    p.put("SignatureVersion", "1.0");
    p.put("SignatureNonce", UUID.randomUUID().toString());
    p.put("Timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
    p.putAll(extra);
    p.values().removeIf(v -> v == null);
    p.put("Signature", PopSignature.sign(secret, PopSignature.stringToSign("GET", p)));
    return p;
  }

  /** The parameters as a percent-encoded query string. */
  static String query(Map<String, String> p) {
    StringBuilder q = new StringBuilder();
    p.forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(PopSignature.percentEncode(k))
        .append('=').append(PopSignature.percentEncode(v)));
    return q.toString();
  }

  /** Sends raw bytes on a fresh connection and reads the answer (at most 64 KiB, 10 s). */
  static String rawExchange(int port, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (IOException e) {
        // the server may stop reading once it has refused: its answer is what counts
      }
      InputStream in = s.getInputStream();
      return new String(in.readNBytes(64 * 1024), StandardCharsets.ISO_8859_1);
    }
  }
}
