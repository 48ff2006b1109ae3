package io.errcat.jaxrs;

import io.errcat.runtime.testing.ServerAdapterContract;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared server cases through the JAX-RS module on Jersey over Grizzly. */
class JaxrsServerAdapterTest extends ServerAdapterContract {
  private static HttpServer server;

  /** The application's own request-id filter: what the test header says, as a property. */
  @PreMatching
  public static class AppIds implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      String id = request.getHeaderString(APP_ID_HEADER);
      if (id != null) {
        request.setProperty("test.appId", id);
      }
    }
  }

  @BeforeAll
  static void start() {
    server = Resources.start(new ResourceConfig(Resources.class, AppIds.class),
        ErrcatFeature.REQUEST_ID_ATTRIBUTE, "test.appId");
  }

  @AfterAll
  static void stop() {
    server.shutdownNow();
  }

  @Override
  protected URI base() {
    return URI.create(Resources.base(server));
  }
}
