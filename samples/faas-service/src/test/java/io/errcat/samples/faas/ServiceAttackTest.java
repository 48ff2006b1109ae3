package io.errcat.samples.faas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * The attacks on the service that once worked, each over a real socket against a running service:
 * oversized and flooding nonces, a token oracle, values no XML answer can carry, HTTP versions
 * Tomcat does not speak, countable image ids, and connections held by one client or dripped slowly.
 */
class ServiceAttackTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(TestWorld w, Map<String, String> params)
      throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(w.endpoint() + "/?"
            + PopRequests.query(params))).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void refused(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"Code\":\"" + code + "\""), r.body());
    assertTrue(r.body().contains("\"HostId\":\"faas.cn-hangzhou.aliyuncs.com\""), r.body());
  }

  private static Map<String, String> describe(String key, String secret, Map<String, String> e) {
    return PopRequests.signed(key, secret, "DescribeFpgaImages", e, Instant.now());
  }

  @Test
  void aNonceLongerThanPopsIsRefusedBeforeAnythingIsKept() throws Exception {
    try (TestWorld w = new TestWorld()) {
      for (int length : new int[] {65, 4096}) {
        refused(get(w, describe("AK-A", "secret-a",
            Map.of("SignatureNonce", "n".repeat(length)))), 400, "PARAMETER INVALIDATE");
      }
      assertEquals(200, get(w, describe("AK-A", "secret-a",
          Map.of("SignatureNonce", "n".repeat(NonceStore.MAX_NONCE_CHARS)))).statusCode());
    }
  }

  @Test
  void aKeyFullOfNoncesIsThrottledAndNoOtherKeyNotices() throws Exception {
    try (TestWorld w = new TestWorld(TestWorld.withServer("{noncesPerKey: 5}"))) {
      for (int i = 0; i < 5; i++) {
        assertEquals(200, get(w, describe("AK-A", "secret-a", Map.of())).statusCode());
      }
      refused(get(w, describe("AK-A", "secret-a", Map.of())), 400, "Throttling.User");
      assertEquals(200, get(w, describe("AK-B", "secret-b", Map.of())).statusCode());
    }
  }

  @Test
  void aTokenIsJudgedOnlyAfterTheSignatureVerified() throws Exception {
    try (TestWorld w = new TestWorld()) {
      // once, a known key id with a garbage signature told a live token from a dead one
      for (String token : new String[] {"token-a1", "token-a2", "no-such-token"}) {
        Map<String, String> p = describe("STS.A1", "not-the-secret",
            Map.of("SecurityToken", token));
        refused(get(w, p), 400, "SignatureDoesNotMatch");
        Map<String, String> q = describe("AK-A", "not-the-secret", Map.of("SecurityToken", token));
        refused(get(w, q), 400, "SignatureDoesNotMatch");
      }
      // signed right, the token's own answers are as before
      refused(get(w, describe("STS.A1", "secret-sts-a1", Map.of("SecurityToken", "token-a2"))),
          400, "InvalidSecurityToken.MismatchWithAccessKey");
      refused(get(w, describe("STS.A1", "secret-sts-a1", Map.of("SecurityToken", "nope"))),
          400, "InvalidSecurityToken.Malformed");
    }
  }

  @Test
  void aValueNoXmlCanCarryIsRefusedAndXmlAnswersStayWellFormed() throws Exception {
    try (TestWorld w = new TestWorld()) {
      for (String name : new String[] {"a\uFFFEb", "a\uFFFFb"}) {
        refused(get(w, PopRequests.signed("AK-A", "secret-a", "CreateFpgaImageTask",
            Map.of("Bucket", "a-designs", "Object", "adder.tar", "ShellUUID", "shell-v1",
                "Name", name), Instant.now())), 400, "PARAMETER INVALIDATE");
      }
      w.createImage("AK-A", "secret-a", "a-designs", "adder.tar", "shell-v1");
      HttpResponse<byte[]> xml = HTTP.send(HttpRequest.newBuilder(URI.create(w.endpoint() + "/?"
              + PopRequests.query(describe("AK-A", "secret-a", Map.of("Format", "XML")))))
          .build(), HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, xml.statusCode());
      DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.body())); // throws if not well formed
    }
  }

  @Test
  void httpVersionsTomcatDoesNotSpeakAreTheCallersFaultInPopsFormat() throws Exception {
    try (TestWorld w = new TestWorld()) {
      for (String version : new String[] {"HTTP/2.0", "HTTP/1.2", "HTTP/3", "HTTP/9.9"}) {
        String answer = PopRequests.rawExchange(w.port,
            "GET /?Action=x " + version + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400"), version + ": " + answer);
        assertTrue(answer.contains("\"Code\":\"PARAMETER INVALIDATE\""), answer);
        assertTrue(answer.contains("\"HostId\":\"faas.cn-hangzhou.aliyuncs.com\""), answer);
        assertTrue(answer.matches("(?s).*\"RequestId\":\"[0-9A-F-]{36}\".*"), answer);
      }
    }
  }

  @Test
  void imageIdsAreUnguessable() throws Exception {
    try (TestWorld w = new TestWorld()) {
      String a = w.createImage("AK-A", "secret-a", "a-designs", "adder.tar", "shell-v1");
      String b = w.createImage("AK-B", "secret-b", "b-designs", "b.tar", "shell-v1");
      assertTrue(a.matches("fpga-image-[0-9a-f]{32}"), a);
      assertTrue(b.matches("fpga-image-[0-9a-f]{32}"), b);
      assertNotEquals(a, b);
    }
  }

  @Test
  void oneClientHoldsNoMoreThanItsShareAndEveryRequestHasADeadline() throws Exception {
    try (TestWorld w = new TestWorld(TestWorld.withServer(
        "{maxConnectionsPerClient: 4, requestTimeout: PT2S, keepAliveTimeout: PT1S}"))) {
      InetAddress attacker = InetAddress.getByName("127.0.0.2");
      List<Socket> all = new ArrayList<>();
      List<Socket> held = new ArrayList<>();
      int refused = 0;
      try {
        for (int i = 0; i < 10; i++) {
          Socket s = new Socket();
          all.add(s);
          s.bind(new InetSocketAddress(attacker, 0));
          s.connect(new InetSocketAddress("127.0.0.1", w.port), 2000);
          s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
              .getBytes(StandardCharsets.ISO_8859_1));
        }
        for (Socket s : all) {
          if (endedWithin(s, 200)) {
            refused++;
          } else {
            held.add(s);
          }
        }
        assertEquals(4, held.size(), "connections held by one address");
        assertEquals(6, refused);
        // everyone else is served meanwhile
        assertEquals(200, get(w, describe("AK-B", "secret-b", Map.of())).statusCode());
        // dripping a byte every 200 ms beats any per-read timeout, not the request's deadline
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Map<Socket, Boolean> open = new HashMap<>();
        held.forEach(s -> open.put(s, true));
        while (open.containsValue(true) && System.nanoTime() < deadline) {
          for (Socket s : held) {
            if (open.get(s) && (!drip(s) || endedWithin(s, 50))) {
              open.put(s, false);
            }
          }
          Thread.sleep(200);
        }
        assertFalse(open.containsValue(true), "a dripping connection outlived its deadline");
      } finally {
        for (Socket s : all) {
          s.close();
        }
      }
    }
  }

  @Test
  void aFormBodyDrippedPastTheDeadlineIsCutOff() throws Exception {
    try (TestWorld w = new TestWorld(TestWorld.withServer(
        "{requestTimeout: PT2S, keepAliveTimeout: PT1S}"));
        Socket s = new Socket("127.0.0.1", w.port)) {
      s.setSoTimeout(100);
      OutputStream out = s.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      StringBuilder answer = new StringBuilder();
      boolean ended = false;
      while (!ended && System.nanoTime() < deadline) {
        ended = !drip(s);
        try {
          int b = s.getInputStream().read();
          while (b >= 0 && answer.length() < 4096) {
            answer.append((char) b);
            b = s.getInputStream().read();
          }
          ended = true;
        } catch (SocketTimeoutException e) {
          // still open: drip on
        } catch (IOException e) {
          ended = true;
        }
      }
      assertTrue(ended, "a dripped body outlived its deadline");
      assertTrue(answer.length() == 0 || answer.toString().contains("PARAMETER INVALIDATE"),
          answer.toString());
    }
  }

  /** Writes one more byte; false when the connection is gone. */
  private static boolean drip(Socket s) {
    try {
      s.getOutputStream().write('a');
      s.getOutputStream().flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether the server answered or closed the connection (end of stream, reset) in the time. */
  private static boolean endedWithin(Socket s, int millis) throws IOException {
    s.setSoTimeout(millis);
    try {
      InputStream in = s.getInputStream();
      in.read();
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
