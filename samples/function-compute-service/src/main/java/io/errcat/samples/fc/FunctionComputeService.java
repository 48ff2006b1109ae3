package io.errcat.samples.fc;

import java.net.URI;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service started for one account on 127.0.0.1 and a port the system picks: what tests and
 * embedding code use instead of {@code main}. Tomcat keeps the case of header names as written
 * ({@code X-Fc-Request-Id}), which the official FC SDK needs: it looks the request id up
 * case-sensitively.
 */
public final class FunctionComputeService implements AutoCloseable {
  private final ConfigurableApplicationContext context;

  private FunctionComputeService(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * Starts serving an account.
   *
   * @param account the account's state
   * @param properties extra Spring properties, {@code key=value}
   * @return the running service
   */
  public static FunctionComputeService start(Account account, String... properties) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(FunctionComputeApplication.class)
            .web(WebApplicationType.SERVLET)
            .initializers(c -> c.getBeanFactory().registerSingleton("account", account))
            .properties("server.port=0", "server.address=127.0.0.1", "logging.level.root=warn")
            .properties(properties)
            .run();
    return new FunctionComputeService(context);
  }

  /**
   * Where it listens.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:"
        + ((WebServerApplicationContext) context).getWebServer().getPort());
  }

  @Override
  public void close() {
    context.close();
  }
}
