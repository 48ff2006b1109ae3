package io.errcat.spring;

import io.errcat.runtime.testing.ServerAdapterContract;
import io.errcat.spring.app.TestApp;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** The shared server cases through the Spring Boot starter on embedded Tomcat. */
class SpringServerAdapterTest extends ServerAdapterContract {
  private static ConfigurableApplicationContext app;

  /** The application's own request-id filter: what the test header says, as an attribute. */
  @Component
  static class AppIds extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      String id = request.getHeader(APP_ID_HEADER);
      if (id != null) {
        request.setAttribute("test.appId", id);
      }
      chain.doFilter(request, response);
    }
  }

  @BeforeAll
  static void start() {
    app = TestApp.start(List.of(TestApp.class, AppIds.class),
        "errcat.server.request-id-attribute=test.appId");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Override
  protected URI base() {
    return URI.create("http://127.0.0.1:" + TestApp.port(app));
  }
}
