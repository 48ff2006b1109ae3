package io.errcat.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.ordersi18n.OrdersException;
import io.errcat.spring.app.TestApp;
import io.errcat.spring.i18n.OrdersApp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The errcat.errors meter on a real Boot application with Actuator: errors the server answers and
 * errors its clients decode, read back from {@code /actuator/metrics}; a server inventing a code
 * per response cannot grow the tags; the meter stays off where asked and yields to the
 * application's own bean.
 */
class MetricsTest {
  private static ConfigurableApplicationContext app;
  private static String base;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    app = TestApp.start(List.of(OrdersApp.class),
        "management.endpoints.web.exposure.include=metrics");
    base = "http://127.0.0.1:" + TestApp.port(app);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The counter's value for the given tags, as Actuator reports it (0 when absent). */
  private static double count(String... tags) throws Exception {
    StringBuilder q = new StringBuilder("/actuator/metrics/errcat.errors");
    for (int i = 0; i < tags.length; i++) {
      q.append(i == 0 ? '?' : '&').append("tag=").append(tags[i]);
    }
    HttpResponse<String> r = get(q.toString());
    if (r.statusCode() == 404) {
      return 0;
    }
    assertEquals(200, r.statusCode(), r.body());
    String body = r.body();
    int at = body.indexOf("\"statistic\":\"COUNT\",\"value\":");
    assertTrue(at > 0, body);
    String v = body.substring(at + 28).split("[},]")[0];
    return Double.parseDouble(v);
  }

  @Test
  void answeredAndDecodedErrorsAreCountedByCatalogCodeStatusAndSide() throws Exception {
    double before = count("side:server", "code:ORDER_NOT_FOUND");
    for (int i = 0; i < 3; i++) {
      assertEquals(404, get("/orders/A-" + i + "?customer=1").statusCode());
    }
    assertEquals(before + 3, count("side:server", "code:ORDER_NOT_FOUND", "catalog:orders-i18n",
        "status:404"));
    RestClient rc = RestClient.builder().baseUrl(base)
        .defaultStatusHandler(app.getBean(ErrcatClients.class).statusHandler(OrdersException.class))
        .build();
    double clientBefore = count("side:client", "code:OUT_OF_STOCK");
    assertThrows(OrdersException.class, () -> rc.get().uri("/reserve?item=x").retrieve()
        .body(String.class));
    assertEquals(clientBefore + 1, count("side:client", "code:OUT_OF_STOCK", "status:409"));
  }

  @Test
  void inventedCodesAreCountedAsUnknownNotByTheirText() throws Exception {
    RestClient rc = RestClient.builder().baseUrl(base)
        .defaultStatusHandler(app.getBean(ErrcatClients.class).statusHandler(OrdersException.class))
        .build();
    double before = count("side:client", "code:UNKNOWN");
    for (int i = 0; i < 50; i++) {
      int n = i;
      OrdersException e = assertThrows(OrdersException.class, () -> rc.get()
          .uri("/invented?code=Invented-" + n).retrieve().body(String.class));
      assertEquals("Invented-" + n, e.code());
    }
    assertEquals(before + 50, count("side:client", "code:UNKNOWN", "status:500"));
    HttpResponse<String> one = get("/actuator/metrics/errcat.errors?tag=code:Invented-7");
    assertEquals(404, one.statusCode(), "no tag holds a server's invented code: " + one.body());
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ErrcatAutoConfiguration.class,
          ErrcatMetricsAutoConfiguration.class))
      .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

  @Test
  void theMeterIsOffWhereAskedAndTheApplicationsOwnBeanWins() {
    runner.run(c -> assertThat(c).hasSingleBean(ErrcatMeters.class));
    runner.withPropertyValues("errcat.metrics.enabled=false")
        .run(c -> assertThat(c).doesNotHaveBean(ErrcatMeters.class));
    ErrcatMeters own = new ErrcatMeters(new org.springframework.beans.factory.support
        .StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
    runner.withBean("ownMeters", ErrcatMeters.class, () -> own)
        .run(c -> assertThat(c.getBean(ErrcatMeters.class)).isSameAs(own));
  }
}
