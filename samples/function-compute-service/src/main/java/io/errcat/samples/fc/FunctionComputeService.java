package io.errcat.samples.fc;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small Function Compute style HTTP service on the JDK's built-in server, bound to loopback on
 * a free port. Its errors are the generated Function Compute exceptions, answered in the
 * product's wire format or, on {@code Accept: application/problem+json}, as RFC 9457 problems.
 */
public final class FunctionComputeService implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private FunctionComputeService(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts serving {@code account} on 127.0.0.1 and a port the system picks. */
  public static FunctionComputeService start(Account account) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", new ApiHandler(account));
    server.start();
    return new FunctionComputeService(server, executor);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
