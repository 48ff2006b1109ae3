package io.errcat.runtime.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A server on loopback that attacks its clients through their error bodies, one connection a
 * thread: bodies without end, compressed bodies that inflate without end, bodies dripped a byte at
 * a time, impossible statuses, unknown charsets. It records for each path whether the client took
 * the whole body ({@link Outcome#COMPLETED}: a client that drains) or went away before ({@link
 * Outcome#ABORTED}). Each body stops by itself at a cap, so a client that drains still ends.
 * Shared with the adapters' tests through this module's test-jar.
 *
 * <p>Paths (Function Compute error bodies: the endless ones start with an {@code ErrorMessage} and
 * never reach a code; the others carry {@code ServiceNotFound}): {@code /endless} (500, 512 MiB of JSON-ish bytes, chunked), {@code /gzip-endless} (500, gzip
 * that inflates to 16 GiB, chunked), {@code /drip} (500, Content-Length 100000, a byte every 200
 * ms), {@code /status-600}, {@code /status-999} (a real error body under an impossible status),
 * {@code /bad-charset} (404, {@code application/json;charset=x-no-such-charset}).
 */
public final class HostileServer implements AutoCloseable {
  /** How a response ended. */
  public enum Outcome {
    /** The client read the whole body (to the cap). */
    COMPLETED,
    /** The client closed the connection before the body's end. */
    ABORTED
  }

  private static final byte[] KNOWN = ("{\"ErrorCode\":\"ServiceNotFound\",\"ErrorMessage\":"
      + "\"service 'x' does not exist\"}").getBytes(StandardCharsets.UTF_8);
  // no code before the filler: what is read explains nothing, so the failure says why it stopped
  private static final byte[] START = "{\"ErrorMessage\":\"".getBytes(StandardCharsets.UTF_8);

  private final ServerSocket socket;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "hostile-server");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

  /**
   * Starts serving.
   *
   * @throws IOException when no port can be bound
   */
  public HostileServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.execute(this::accept);
  }

  /**
   * Where it listens.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public String base() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /**
   * How the last response to a path ended, waiting for it at most a bound.
   *
   * @param path the path
   * @param bound how long to wait
   * @return the outcome, or {@code null} if the response has not ended by then
   * @throws InterruptedException when interrupted while waiting
   */
  public Outcome outcome(String path, Duration bound) throws InterruptedException {
    long end = System.nanoTime() + bound.toNanos();
    while (!outcomes.containsKey(path) && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    return outcomes.get(path);
  }

  /**
   * Forgets the outcomes, before the next client.
   */
  public void reset() {
    outcomes.clear();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        connections.execute(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    String path = "/";
    try (s) {
      s.setSoTimeout(10_000);
      path = RawRequests.path(s.getInputStream());
      OutputStream out = s.getOutputStream();
      switch (path) {
        case "/endless" -> endless(out);
        case "/gzip-endless" -> gzipEndless(out);
        case "/drip" -> drip(out);
        case "/status-600" -> fixed(out, "600 Unknown", "application/json", KNOWN);
        case "/status-999" -> fixed(out, "999 Whatever", "application/json", KNOWN);
        case "/bad-charset" -> fixed(out, "404 Not Found",
            "application/json;charset=x-no-such-charset", KNOWN);
        default -> fixed(out, "404 Not Found", "text/plain", new byte[0]);
      }
      outcomes.put(path, Outcome.COMPLETED);
    } catch (IOException e) {
      outcomes.put(path, Outcome.ABORTED);
    }
  }

  private static void fixed(OutputStream out, String status, String type, byte[] body)
      throws IOException {
    out.write(("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
        + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private static void endless(OutputStream out) throws IOException {
    out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    Chunked chunked = new Chunked(out);
    chunked.write(START);
    byte[] block = new byte[64 * 1024];
    java.util.Arrays.fill(block, (byte) 'a');
    for (long sent = 0; sent < 512L << 20; sent += block.length) {
      chunked.write(block);
    }
    chunked.close();
  }

  private static void gzipEndless(OutputStream out) throws IOException {
    out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
        + "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    try (GZIPOutputStream gzip = new GZIPOutputStream(new Chunked(out), 64 * 1024) {
      {
        def.setLevel(Deflater.BEST_SPEED); // the server's CPU is the test's CPU
      }
    }) {
      gzip.write(START);
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) ' ');
      for (long inflated = 0; inflated < 4L << 30; inflated += block.length) {
        gzip.write(block);
      }
    }
  }

  private static void drip(OutputStream out) throws IOException {
    out.write(("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(START);
    out.flush();
    for (int i = START.length; i < 100_000; i++) {
      try {
        TimeUnit.MILLISECONDS.sleep(200);
      } catch (InterruptedException e) {
        throw new IOException("server closing", e);
      }
      out.write(' ');
      out.flush();
    }
  }

  /** HTTP/1.1 chunked framing over a stream. */
  private static final class Chunked extends OutputStream {
    private final OutputStream out;

    Chunked(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return;
      }
      out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(b, off, len);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    connections.shutdownNow();
  }
}
