package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Error responses over a real loopback socket, read by the JDK's two HTTP clients and decoded
 * from their header maps and body streams: what a user's client code hands the codec.
 */
class LoopbackTest {
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  void httpUrlConnectionFaasError() throws Exception {
    String body = "{\"RequestId\":\"R-42\",\"HostId\":\"faas.cn-hangzhou.aliyuncs.com\","
        + "\"Code\":\"ANOTHER TASK RUNNING\",\"Message\":\"Another task is running.\"}";
    try (Server s = new Server(response(503, "Service Unavailable",
        "Content-Type: application/json\r\nRetry-After: 30\r\nContent-Length: "
            + body.length() + "\r\n", body.getBytes(StandardCharsets.UTF_8)))) {
      HttpURLConnection c = s.open();
      int status = c.getResponseCode();
      // getHeaderFields() has the status line under a null name
      ErrorDetails d = Products.FAAS.codec().fromStream(status, c.getHeaderFields(),
          c.getErrorStream(), "LoadFpgaImage");
      assertSame(Products.FAAS.error("ANOTHER TASK RUNNING"), d.error());
      assertEquals(503, d.httpStatus());
      assertEquals("R-42", d.requestId());
      assertEquals("LoadFpgaImage", d.operation());
      assertEquals(Duration.ofSeconds(30), d.retry().after());
      assertNull(d.failure());
    }
  }

  @Test
  void httpClientFunctionComputeErrorWithLowerCaseHeaders() throws Exception {
    String body = "{\"ErrorCode\":\"ServiceNotFound\",\"ErrorMessage\":\"service 'x' does not"
        + " exist\"}";
    try (Server s = new Server(response(404, "Not Found",
        "content-type: application/json\r\nx-fc-request-id: fc-7\r\nTransfer-Encoding: chunked"
            + "\r\n", chunked(body.getBytes(StandardCharsets.UTF_8))))) {
      HttpResponse<InputStream> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(s.uri()).build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        ErrorDetails d = Products.FC.codec().fromStream(r.statusCode(), r.headers().map(), in,
            null);
        assertSame(Products.FC.error("ServiceNotFound"), d.error());
        assertEquals("fc-7", d.requestId());
        assertNull(d.failure());
      }
    }
  }

  @Test
  void proxyHtmlPageOverTheWire() throws Exception {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    try (Server s = new Server(response(502, "Bad Gateway", "Content-Type: text/html\r\n"
        + "Content-Length: " + html.length() + "\r\n", html.getBytes(StandardCharsets.UTF_8)))) {
      HttpURLConnection c = s.open();
      ErrorDetails d = Products.FAAS.codec().fromStream(c.getResponseCode(), c.getHeaderFields(),
          c.getErrorStream(), null);
      assertNull(d.error());
      assertEquals(502, d.httpStatus());
      assertEquals(DecodeFailure.Reason.MALFORMED_JSON, d.failure().reason());
      assertEquals(html, d.failure().excerpt());
      assertTrue(d.retry().retryable());
    }
  }

  @Test
  void hugeBodyIsReadOnlyUpToTheBound() throws Exception {
    byte[] prefix = "{\"Code\":\"SHELL NOT MATCH\",\"Message\":\"".getBytes(StandardCharsets.UTF_8);
    int total = 10 << 20;
    byte[] body = new byte[total];
    java.util.Arrays.fill(body, (byte) 'a');
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    try (Server s = new Server(response(400, "Bad Request",
        "Content-Type: application/json\r\nContent-Length: " + total + "\r\n", body))) {
      // (HttpURLConnection gives no error stream at all for a body this large)
      HttpResponse<InputStream> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(s.uri()).build(), HttpResponse.BodyHandlers.ofInputStream());
      ErrorDetails d;
      try (InputStream in = r.body()) {
        d = Products.FAAS.codec().fromStream(r.statusCode(), r.headers().map(), in, null);
      }
      assertSame(Products.FAAS.error("SHELL NOT MATCH"), d.error(), d::toString);
      assertEquals(DecodeFailure.Reason.TOO_LARGE, d.failure().reason());
      assertEquals(HttpErrorCodec.DEFAULT_MAX_BODY + 1, d.failure().bodyLength(),
          "one byte past the bound, not 10 MiB");
    }
  }

  @Test
  void connectionDroppedMidBody() throws Exception {
    byte[] partial = "{\"Code\":\"SHELL NOT MATCH\",\"Mess".getBytes(StandardCharsets.UTF_8);
    byte[] response = response(400, "Bad Request",
        "Content-Type: application/json\r\nContent-Length: 1000\r\n", partial);
    try (Server s = new Server(response)) {
      HttpResponse<InputStream> r = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(s.uri()).build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        ErrorDetails d = Products.FAAS.codec().fromStream(r.statusCode(), r.headers().map(), in,
            null);
        assertEquals(400, d.httpStatus());
        assertEquals("SHELL NOT MATCH", d.code());
        assertEquals(DecodeFailure.Reason.READ_FAILED, d.failure().reason());
        assertEquals("{\"Code\":\"SHELL NOT MATCH\",\"Mess", d.failure().excerpt());
        assertTrue(d.failure().detail().startsWith("reading the body failed after 31 bytes: "),
            d.failure().detail());
      }
    }
    // HttpURLConnection up to JDK 24 reports the early end as the end of the stream (truncated
    // JSON); JDK 25's throws on the short body (the read failed): either way the code is read
    try (Server s = new Server(response)) {
      HttpURLConnection c = s.open();
      ErrorDetails d = Products.FAAS.codec().fromStream(c.getResponseCode(), c.getHeaderFields(),
          c.getErrorStream(), null);
      assertEquals("SHELL NOT MATCH", d.code());
      assertTrue(d.failure().reason() == DecodeFailure.Reason.TRUNCATED
          || d.failure().reason() == DecodeFailure.Reason.READ_FAILED, d.failure().toString());
      assertEquals(Runtime.version().feature() >= 25 ? DecodeFailure.Reason.READ_FAILED
          : DecodeFailure.Reason.TRUNCATED, d.failure().reason(), "JDK " + Runtime.version());
    }
  }

  @Test
  void statusWithoutBody() throws Exception {
    try (Server s = new Server(response(429, "Too Many Requests",
        "Content-Length: 0\r\nRetry-After: 2\r\n", new byte[0]))) {
      HttpURLConnection c = s.open();
      ErrorDetails d = Products.FAAS.codec().fromStream(c.getResponseCode(), c.getHeaderFields(),
          c.getErrorStream(), null);
      assertEquals(429, d.httpStatus());
      assertEquals(DecodeFailure.Reason.EMPTY_BODY, d.failure().reason());
      assertEquals(new RetryHint(true, Duration.ofSeconds(2), true), d.retry());
    }
  }

  private static byte[] response(int status, String reason, String headers, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
    out.writeBytes(("HTTP/1.1 " + status + " " + reason + "\r\n" + headers
        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static byte[] chunked(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int half = body.length / 2;
    for (int[] part : new int[][] {{0, half}, {half, body.length - half}}) {
      out.writeBytes((Integer.toHexString(part[1]) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, part[0], part[1]);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** Answers one request on a loopback port with fixed bytes, then closes the connection. */
  private static final class Server implements AutoCloseable {
    private final ServerSocket socket;
    private final Future<?> serving;

    Server(byte[] response) throws IOException {
      socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
      serving = pool.submit(() -> {
        try (Socket s = socket.accept()) {
          InputStream in = s.getInputStream();
          int matched = 0;
          while (matched < 4) { // read the request up to its blank line
            int b = in.read();
            if (b < 0) {
              return null;
            }
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
          }
          OutputStream out = s.getOutputStream();
          out.write(response);
          out.flush();
        } catch (IOException e) {
          // the client stopped reading (the bounded read): expected for huge bodies
        }
        return null;
      });
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    HttpURLConnection open() throws IOException {
      return (HttpURLConnection) uri().toURL().openConnection();
    }

    @Override
    public void close() throws IOException {
      socket.close();
      serving.cancel(true);
    }
  }
}
