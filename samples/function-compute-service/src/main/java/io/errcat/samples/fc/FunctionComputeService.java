package io.errcat.samples.fc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * A small Function Compute style HTTP service on embedded Tomcat, bound to loopback on a free
 * port. Its errors are the generated Function Compute exceptions, answered in the product's wire
 * format or, on {@code Accept: application/problem+json}, as RFC 9457 problems. Tomcat keeps the
 * case of header names as written ({@code X-Fc-Request-Id}), which the official FC SDK needs: it
 * looks the request id up case-sensitively.
 */
public final class FunctionComputeService implements AutoCloseable {
  private final Tomcat tomcat;
  private final Connector connector;
  private final Path baseDir;

  private FunctionComputeService(Tomcat tomcat, Connector connector, Path baseDir) {
    this.tomcat = tomcat;
    this.connector = connector;
    this.baseDir = baseDir;
  }

  /** Starts serving {@code account} on 127.0.0.1 and a port the system picks. */
  public static FunctionComputeService start(Account account) throws IOException {
    Path baseDir = Files.createTempDirectory("errcat-fc-sample");
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    // Tomcat's own error pages (a malformed request line, say) carry no report or version
    ErrorReportValve quiet = new ErrorReportValve();
    quiet.setShowReport(false);
    quiet.setShowServerInfo(false);
    tomcat.getHost().getPipeline().addValve(quiet);
    Context context = tomcat.addContext("", baseDir.toString());
    Tomcat.addServlet(context, "api", new ApiServlet(account));
    context.addServletMappingDecoded("/*", "api");
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      throw new IOException("Tomcat did not start", e);
    }
    return new FunctionComputeService(tomcat, connector, baseDir);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  @Override
  public void close() {
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
}
