package io.errcat.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.spring.app.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server fault answered by the starter is logged once, at ERROR with its exception and the
 * request id the caller was given, as Spring logs what its own handlers resolve; a caller's error
 * (4xx) is not logged at all.
 */
class LoggingTest {
  @Test
  void serverFaultsAreLoggedOnceWithTheirRequestIdAndCallersErrorsNot() throws Exception {
    try (ConfigurableApplicationContext app = TestApp.start(List.of(TestApp.class))) {
      // attached after start: Spring Boot sets logging up afresh when an application starts
      Logger logger = (Logger) LoggerFactory.getLogger(ErrcatExceptionHandler.class);
      ListAppender<ILoggingEvent> events = new ListAppender<>();
      events.start();
      logger.addAppender(events);
      try {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + TestApp.port(app);
        assertEquals(500, http.send(HttpRequest.newBuilder(
                URI.create(base + "/fc?code=InternalServerError"))
            .header("X-Fc-Request-Id", "trace-500").build(),
            HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, http.send(HttpRequest.newBuilder(
                URI.create(base + "/fc?code=ServiceNotFound"))
            .header("X-Fc-Request-Id", "trace-404").build(),
            HttpResponse.BodyHandlers.ofString()).statusCode());
      } finally {
        logger.detachAppender(events);
      }
      assertEquals(1, events.list.size(), events.list.toString());
      ILoggingEvent e = events.list.get(0);
      assertEquals(Level.ERROR, e.getLevel());
      assertEquals("errcat answered 500 InternalServerError (request id trace-500)",
          e.getFormattedMessage());
      assertEquals(FunctionComputeException.class.getName(), e.getThrowableProxy().getClassName());
    }
  }
}
