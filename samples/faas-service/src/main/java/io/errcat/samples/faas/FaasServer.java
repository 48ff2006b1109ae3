package io.errcat.samples.faas;

import io.errcat.fpga.FaasControlPlane;
import io.errcat.fpga.FpgaInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * The FaaS control plane as a POP RPC service on embedded Tomcat: {@code runtime/fpga}'s model of
 * images and load tasks, with the accounts, keys, roles and OSS of a {@link ServiceConfig}, the
 * simulated {@link Backend}, and the errors of the generated FaaS API on the wire.
 *
 * <pre>
 * java -jar errcat-sample-faas-service.jar [--port 8080] [--config world.yaml]
 * </pre>
 */
public final class FaasServer implements AutoCloseable {
  private final Tomcat tomcat;
  private final Connector connector;
  private final ConnectionGuard guard;
  private final Path baseDir;
  /** The gRPC port, or null when none was asked for. */
  private io.grpc.Server grpc;
  private java.util.concurrent.ExecutorService grpcExecutor;

  private FaasServer(Tomcat tomcat, Connector connector, ConnectionGuard guard, Path baseDir) {
    this.tomcat = tomcat;
    this.connector = connector;
    this.guard = guard;
    this.baseDir = baseDir;
  }

  /**
   * Starts the service on 127.0.0.1, its POP endpoint and its gRPC port (Netty): the same control
   * plane, authorization and catalog behind both.
   *
   * @param config the world it serves
   * @param wall the clock request {@code Timestamp}s are checked against
   * @param world the clock of the control plane and the back end
   * @param port the POP port, 0 for any free one
   * @param grpcPort the gRPC port, 0 for any free one, -1 for none
   * @return the running service
   * @throws IOException when a server does not start
   */
  static FaasServer start(ServiceConfig config, Clock wall, Clock world, int port, int grpcPort)
      throws IOException {
    FaasServer server = start(config, wall, world, port, grpcPort >= 0);
    if (grpcPort >= 0) {
      ServerLimits limits = config.server();
      // a bounded pool: a flood of calls queues, it does not make threads without end
      server.grpcExecutor = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        server.grpc = io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder
            .forAddress(new java.net.InetSocketAddress("127.0.0.1", grpcPort))
            .executor(server.grpcExecutor)
            .maxInboundMessageSize(PopServlet.MAX_PARAMS_BYTES)
            .maxInboundMetadataSize(limits.maxHeaderBytes())
            .maxConcurrentCallsPerConnection(16)
            .handshakeTimeout(limits.requestTimeout().toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS)
            .maxConnectionIdle(limits.keepAliveTimeout().toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS)
            .addService(io.grpc.ServerInterceptors.intercept(server.grpcService,
                io.errcat.grpc.ErrcatServerInterceptor.create(), GrpcFaas.headers()))
            .build().start();
      } catch (IOException e) {
        server.close();
        throw new IOException("gRPC port " + grpcPort + " on 127.0.0.1 cannot be bound (in use?)",
            e);
      }
    }
    return server;
  }

  /** The gRPC service, made with the POP endpoint's calls; null without a gRPC port. */
  private GrpcFaas grpcService;

  /**
   * Where the gRPC port listens.
   *
   * @return the port, or -1 when the service has none
   */
  public int grpcPort() {
    return grpc == null ? -1 : grpc.getPort();
  }

  /**
   * Starts the service on 127.0.0.1.
   *
   * @param config the world it serves
   * @param wall the clock request {@code Timestamp}s are checked against (the real one: callers
   *     sign with theirs)
   * @param world the clock of the control plane and the back end (the real one in the service, an
   *     injected one in tests, which may move it as they like)
   * @param port the port, 0 for any free one
   * @return the running service
   * @throws IOException when Tomcat does not start
   */
  static FaasServer start(ServiceConfig config, Clock wall, Clock world, int port)
      throws IOException {
    return start(config, wall, world, port, false);
  }

  private static FaasServer start(ServiceConfig config, Clock wall, Clock world, int port,
      boolean withGrpc) throws IOException {
    FaasControlPlane plane = new FaasControlPlane(world, config.limits(), config.shells());
    for (FpgaInstance i : config.instances()) {
      plane.putInstance(i);
    }
    ServerLimits limits = config.server();
    Backend backend = new Backend(plane, world, config.durations(), config.behaviours());
    PopCalls calls = new PopCalls(
        new PopAuth(config.directory(), wall, config.timestampWindow(), limits.noncesPerKey()),
        new Actions(plane, config.directory(), backend), backend);
    PopServlet servlet = new PopServlet(config.endpoints(), config.hostId(), calls);

    Path baseDir = Files.createTempDirectory("errcat-faas-service");
    ConnectionGuard guard = new ConnectionGuard(limits);
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector(guard.protocol());
    connector.setPort(port);
    connector.setProperty("address", "127.0.0.1");
    connector.setProperty("maxHttpHeaderSize", String.valueOf(limits.maxHeaderBytes()));
    connector.setProperty("maxConnections", String.valueOf(limits.maxConnections()));
    // per read; the guard bounds a request's whole time
    connector.setProperty("connectionTimeout", millis(limits.requestTimeout()));
    connector.setProperty("keepAliveTimeout", millis(limits.keepAliveTimeout()));
    connector.setProperty("maxPostSize", String.valueOf(PopServlet.MAX_PARAMS_BYTES));
    tomcat.setConnector(connector);
    tomcat.getEngine().getPipeline().addValve(guard.valve());
    tomcat.getHost().getPipeline().addValve(new PopErrorValve(config.hostId()));
    ((org.apache.catalina.core.StandardHost) tomcat.getHost())
        .setErrorReportValveClass(PopErrorValve.class.getName());
    Context context = tomcat.addContext("", baseDir.toString());
    Tomcat.addServlet(context, "pop", servlet);
    context.addServletMappingDecoded("/", "pop");
    FaasServer server = new FaasServer(tomcat, connector, guard, baseDir);
    if (withGrpc) {
      server.grpcService = new GrpcFaas(calls, config.hostId());
    }
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      server.close();
      throw new IOException("Tomcat did not start", e);
    }
    if (!connector.getState().isAvailable()) {
      // Tomcat logs a failed bind and goes on without the connector: nothing would answer
      server.close();
      throw new IOException("port " + port + " on 127.0.0.1 cannot be bound (in use?)");
    }
    return server;
  }

  private static String millis(java.time.Duration d) {
    return String.valueOf(d.toMillis());
  }

  /**
   * Where it listens.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @Override
  public void close() {
    if (grpc != null) {
      grpc.shutdownNow();
      try {
        grpc.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (grpcExecutor != null) {
      grpcExecutor.shutdownNow();
    }
    guard.close();
    try {
      tomcat.stop();
      tomcat.destroy();
    } catch (LifecycleException e) {
      throw new IllegalStateException("Tomcat did not stop", e);
    } finally {
      try (Stream<Path> files = Files.walk(baseDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Starts the service and prints its endpoint and the demo credentials. A port that cannot be
   * bound ends the process with status 1 and one line saying so; an {@link OutOfMemoryError} or
   * other {@link VirtualMachineError} in any thread ends it with status 3 (a process that lost its
   * acceptor would answer nothing while looking alive).
   *
   * @param args {@code [--port N] [--grpc-port N] [--config FILE]}
   * @throws Exception when it cannot start
   */
  public static void main(String[] args) throws Exception {
    exitOnFatalErrors();
    int port = 8080;
    int grpcPort = -1;
    ServiceConfig config = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(args[++i]);
          case "--grpc-port" -> grpcPort = Integer.parseInt(args[++i]);
          case "--config" -> config = ServiceConfig.load(Path.of(args[++i]));
          default -> throw new IllegalArgumentException(args[i]);
        }
      }
      if (port < 0 || port > 65535 || grpcPort < -1 || grpcPort > 65535) {
        throw new IllegalArgumentException("port " + port);
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      System.err.println("usage: faas-service [--port N (0: any free port)] [--grpc-port N]"
          + " [--config FILE]");
      System.exit(2);
    }
    boolean demo = config == null;
    FaasServer server;
    try {
      server = start(demo ? ServiceConfig.demo() : config, Clock.systemUTC(), Clock.systemUTC(),
          port, grpcPort);
    } catch (IOException e) {
      System.err.println("faas-service: " + e.getMessage() + "; --port 0 picks a free port");
      System.exit(1);
      return;
    }
    System.out.println("FaaS control plane (POP RPC, API 2017-08-24) at " + server.endpoint());
    if (server.grpcPort() >= 0) {
      System.out.println("the same on gRPC (errcat.samples.faas.v20170824.Faas) at 127.0.0.1:"
          + server.grpcPort());
    }
    if (demo) {
      System.out.println("demo credentials: AccessKeyId LTAIdemoRamUser01, secret demo-ram-secret;"
          + " instance i-demo-f1, FPGA fpga-demo-0001 (shell-v1), bucket demo-designs");
      System.out.println("  faascmd config --endpoint " + server.endpoint()
          + " --id LTAIdemoRamUser01 --key demo-ram-secret");
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    Thread.currentThread().join();
  }

  /**
   * Makes a {@link VirtualMachineError} that ends any thread end the process, at once and with
   * status 3: Tomcat rethrows these from its acceptor and poller, which then die, and without this
   * the process would live on answering nothing (the shutdown hook is skipped: it could hang on
   * the same exhausted heap).
   */
  static void exitOnFatalErrors() {
    Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
      if (error instanceof VirtualMachineError) {
        Runtime.getRuntime().halt(3);
      }
      System.err.print("Exception in thread \"" + thread.getName() + "\" ");
      error.printStackTrace();
    });
  }
}
