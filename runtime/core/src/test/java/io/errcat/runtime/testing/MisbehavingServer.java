package io.errcat.runtime.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A raw HTTP/1.1 server on loopback that answers each path with a fixed, possibly broken,
 * response (status line, headers and body bytes as given, then the connection closed), so
 * clients meet what proxies and crashing back ends really send, including a body cut short of
 * its Content-Length. Shared with the adapters' tests through this module's test-jar (this
 * package only).
 */
public final class MisbehavingServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread thread;

  /**
   * Starts serving.
   *
   * @param responses the raw response for each request path
   * @throws IOException when no port can be bound
   */
  public MisbehavingServer(Map<String, byte[]> responses) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    thread = new Thread(() -> serve(responses), "misbehaving-server");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Where it listens.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public String base() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void serve(Map<String, byte[]> responses) {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        s.setSoTimeout(5_000);
        String path = RawRequests.path(s.getInputStream());
        byte[] answer = responses.getOrDefault(path,
            "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        OutputStream out = s.getOutputStream();
        out.write(answer);
        out.flush();
      } catch (SocketTimeoutException e) {
        // a client that sent nothing: next
      } catch (IOException e) {
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  /**
   * What proxies and failing back ends send, by path, as a Function Compute client meets them:
   * {@code /known} (a real error), {@code /html} (a proxy's 502 page), {@code /truncated}, {@code
   * /unknown} (a code newer than the catalog), {@code /empty}, {@code /dropped} (a body cut short
   * of its Content-Length) and {@code /huge} (3 MiB).
   *
   * @return a mutable map, for callers to add their own paths
   */
  public static Map<String, byte[]> badBodies() {
    Map<String, byte[]> r = new java.util.LinkedHashMap<>();
    r.put("/known", response("404 Not Found", "application/json", null,
        utf8("{\"ErrorCode\":\"ServiceNotFound\",\"ErrorMessage\":\"service 'x' does not exist\"}")));
    r.put("/html", response("502 Bad Gateway", "text/html", null,
        utf8("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")));
    r.put("/truncated", response("500 Internal Server Error", "application/json", null,
        utf8("{\"ErrorCode\":\"InternalServerError\",\"ErrorMess")));
    r.put("/unknown", response("409 Conflict", "application/json", null,
        utf8("{\"ErrorCode\":\"ServiceQuotaFrozen\",\"ErrorMessage\":\"frozen\"}")));
    r.put("/empty", response("503 Service Unavailable", null, null, new byte[0]));
    r.put("/dropped", response("500 Internal Server Error", "application/json", "4096",
        utf8("{\"ErrorCode\":\"Intern")));
    byte[] huge = new byte[3 << 20];
    java.util.Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    r.put("/huge", response("500 Internal Server Error", "application/json", null, huge));
    return r;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A response: status line, headers, blank line and body, as bytes.
   *
   * @param statusLine e.g. {@code 502 Bad Gateway}
   * @param contentType the Content-Type, or {@code null} for none
   * @param declaredLength the Content-Length to declare, or {@code null} for the body's
   * @param body the body bytes sent
   * @return the bytes
   */
  public static byte[] response(String statusLine, String contentType, String declaredLength,
      byte[] body) {
    String head = "HTTP/1.1 " + statusLine + "\r\n"
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
        + "Content-Length: " + (declaredLength == null ? body.length : declaredLength) + "\r\n"
        + "Connection: close\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[h.length + body.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
