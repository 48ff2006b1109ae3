package io.errcat.samples.faas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.samples.faas.cli.PopClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two floods that once killed the service for every account, against the real service in its
 * own JVM at a small heap ({@code -Xmx128m}, the size {@link ServerLimits#DEFAULTS} are made for):
 * thousands of half-sent, dripping requests from many addresses, and a valid key sending
 * long-nonced requests without end. Each time, other accounts are answered and the process lives
 * on. The server's output goes to {@code target/flood-server.log}.
 */
class FloodTest {
  private static Process server;
  private static URI endpoint;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "flood"));
    Path world = dir.resolve("world.yaml");
    // the defaults but for the nonce bound, small enough to reach in seconds
    Files.writeString(world, TestWorld.text("/test-world.yaml")
        + "\nserver: {noncesPerKey: 20000}\n", StandardCharsets.UTF_8);
    Path log = Path.of("target", "flood-server.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    server = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
        FaasServer.class.getName(), "--port", "0", "--config", world.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Pattern at = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)");
    while (endpoint == null && System.nanoTime() < deadline && server.isAlive()) {
      Matcher m = at.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        endpoint = URI.create(m.group(1).replace("127.0.0.1", "localhost"));
      } else {
        Thread.sleep(100);
      }
    }
    assertTrue(endpoint != null, "the service did not start: see " + log);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
      server.destroyForcibly();
    }
  }

  private static PopClient client(String key, String secret) {
    return new PopClient(endpoint, key, secret, null, Clock.systemUTC());
  }

  /** A call by another account succeeds; the process is alive. */
  private static void othersAreServed() throws IOException {
    assertTrue(server.isAlive(), "the service died");
    String body = client("AK-B", "secret-b").call(FaasOperation.DESCRIBE_FPGA_IMAGES, Map.of());
    assertTrue(body.contains("\"RequestId\""), body);
  }

  @Test
  void slowHeadersFromManyAddressesNeitherKillNorStarveTheService() throws Exception {
    int addresses = 8;
    int perAddress = 300; // 2,400 attempts: over the per-client bound and over the total
    ConcurrentLinkedQueue<Socket> open = new ConcurrentLinkedQueue<>();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    int port = endpoint.getPort();
    byte[] head = ("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + "a".repeat(7000))
        .getBytes(StandardCharsets.ISO_8859_1);
    long flooding = System.nanoTime();
    try {
      List<Future<?>> connects = new ArrayList<>();
      for (int a = 0; a < addresses; a++) {
        InetAddress from = InetAddress.getByName("127.0.1." + (a + 1));
        for (int i = 0; i < perAddress; i++) {
          connects.add(pool.submit(() -> {
            Socket s = new Socket();
            open.add(s);
            try {
              s.bind(new InetSocketAddress(from, 0));
              s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
              s.getOutputStream().write(head);
            } catch (IOException e) {
              refused.incrementAndGet();
            }
            return null;
          }));
        }
      }
      for (Future<?> f : connects) {
        f.get(60, TimeUnit.SECONDS);
      }
      // drip into every connection while another account calls: served within the deadline
      long started = System.nanoTime();
      Future<?> drip = pool.submit(() -> {
        long end = System.nanoTime() + Duration.ofSeconds(25).toNanos();
        while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
          for (Socket s : open) {
            try {
              s.getOutputStream().write('a');
            } catch (IOException e) {
              // closed by the service: as it should be
            }
          }
          try {
            Thread.sleep(500);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      othersAreServedWithin(Duration.ofSeconds(40));
      long waited = System.nanoTime() - started;
      drip.cancel(true);
      System.out.printf("slow-header flood: %d attempts in %d ms, %d not connected within 1 s;"
          + " another account served %d ms later%n", addresses * perAddress,
          (started - flooding) / 1_000_000, refused.get(), waited / 1_000_000);
    } finally {
      pool.shutdownNow();
      for (Socket s : open) {
        s.close();
      }
    }
    othersAreServed();
  }

  /** Retries while connections wait in the backlog behind the flood. */
  private static void othersAreServedWithin(Duration bound) throws Exception {
    long end = System.nanoTime() + bound.toNanos();
    IOException last = null;
    while (System.nanoTime() < end) {
      try {
        othersAreServed();
        return;
      } catch (IOException e) {
        last = e; // connect timed out behind the flood: the deadline frees the backlog
      }
    }
    throw new AssertionError("another account was not served within " + bound, last);
  }

  @Test
  void aKeyFloodingNoncesIsThrottledAndTheServiceLivesOn() throws Exception {
    // HTTP/1.1, as PopClient speaks it: java.net.http's default h2c upgrade attempt occasionally
    // made it send a GET again under this load, and a signed request sent twice is a replay
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    int threads = 4;
    int perThread = 5_500; // 22,000 requests: past the world's 20,000 nonces a key
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger throttled = new AtomicInteger();
    // java.net.http sends a GET again when its pooled connection reports end of stream before any
    // response (ConnectionExpiredException), even on HTTP/1.1: if the server had read the first
    // one, the copy is a replay and is refused as one. Such a request's nonce was accepted.
    AtomicInteger resent = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> senders = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        senders.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            String nonce = String.format("%02d-%06d-", thread, i);
            nonce += "n".repeat(NonceStore.MAX_NONCE_CHARS - nonce.length());
            Map<String, String> p = PopRequests.signed("AK-A", "secret-a", "DescribeFpgaImages",
                Map.of("SignatureNonce", nonce), Instant.now());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                    URI.create(endpoint + "/?" + PopRequests.query(p)))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
              ok.incrementAndGet();
            } else if (r.body().contains("\"Code\":\"Throttling.User\"")) {
              throttled.incrementAndGet();
            } else if (r.body().contains("\"Code\":\"SignatureNonceUsed\"")) {
              resent.incrementAndGet();
            } else {
              throw new AssertionError(r.statusCode() + " " + r.body());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : senders) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(resent.get() <= 20, "resent by the client: " + resent.get());
    assertEquals(20_000, ok.get() + resent.get(), "nonces kept for the key");
    assertEquals(threads * perThread - 20_000, throttled.get());
    othersAreServed();
    try {
      client("AK-A", "secret-a").call(FaasOperation.DESCRIBE_FPGA_IMAGES, Map.of());
      throw new AssertionError("the flooding key was not throttled");
    } catch (FaasException e) {
      assertEquals("Throttling.User", e.details().code());
    }
  }
}
