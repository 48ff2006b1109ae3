package io.errcat.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.ordersi18n.OrdersError;
import io.errcat.catalogs.ordersi18n.OrdersException;
import io.errcat.spring.app.TestApp;
import io.errcat.spring.i18n.FixedChinese;
import io.errcat.spring.i18n.OrdersApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * A real Boot application on Tomcat whose catalog speaks English, Simplified Chinese and Arabic:
 * each caller is answered in the language its {@code Accept-Language} prefers, in the product's
 * wire and in problem+json, with {@code Content-Language}; an application's own {@code
 * LocaleResolver} decides where it has one; Spring's {@code RestClient} with the starter's status
 * handler reads the typed exception in the language it was answered in.
 */
class LanguageTest {
  private static ConfigurableApplicationContext app;
  private static ConfigurableApplicationContext fixed;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    app = TestApp.start(List.of(OrdersApp.class));
    fixed = TestApp.start(List.of(OrdersApp.class, FixedChinese.class),
        "spring.main.allow-bean-definition-overriding=true");
  }

  @AfterAll
  static void stop() {
    app.close();
    fixed.close();
  }

  private static HttpResponse<String> get(ConfigurableApplicationContext on, String path,
      String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + TestApp.port(on) + path)).timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Optional<String> language(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Language");
  }

  @Test
  void theWireAnswerIsInTheCallersLanguage() throws Exception {
    HttpResponse<String> zh = get(app, "/orders/A-1?customer=42",
        "Accept-Language", "zh-Hant-TW, en;q=0.5");
    assertEquals(404, zh.statusCode());
    assertEquals(Optional.of("zh-CN"), language(zh));
    assertTrue(zh.body().contains("\"message\":\"客户 42 的订单 'A-1' 不存在。\""), zh.body());
    HttpResponse<String> ar = get(app, "/orders/A-1?customer=42",
        "Accept-Language", "fr-CA, ar;q=0.9");
    assertEquals(Optional.of("ar"), language(ar));
    assertTrue(ar.body().contains("\"message\":\"الطلب 'A-1' للعميل 42 غير موجود.\""), ar.body());
    HttpResponse<String> en = get(app, "/orders/A-1?customer=42", "Accept-Language", "de");
    assertEquals(Optional.of("en"), language(en));
    assertTrue(en.body().contains("\"message\":\"Order 'A-1' of customer 42 does not exist.\""),
        en.body());
    HttpResponse<String> none = get(app, "/orders/A-1?customer=42");
    assertEquals(Optional.of("en"), language(none));
  }

  @Test
  void problemJsonHasItsTitleAndDetailInTheCallersLanguage() throws Exception {
    HttpResponse<String> ar = get(app, "/reserve?item=x", "Accept", "application/problem+json",
        "Accept-Language", "ar");
    assertEquals(409, ar.statusCode());
    assertEquals(Optional.of("application/problem+json"), ar.headers().firstValue("Content-Type"));
    assertEquals(Optional.of("ar"), language(ar));
    assertTrue(ar.body().contains("\"title\":\"المنتج غير متوفر في المخزون.\""), ar.body());
    assertTrue(ar.body().contains("\"detail\":\"المنتج غير متوفر في المخزون.\""), ar.body());
    HttpResponse<String> zh = get(app, "/orders/A-1?customer=7", "Accept",
        "application/problem+json", "Accept-Language", "zh");
    assertTrue(zh.body().contains("\"detail\":\"客户 7 的订单 'A-1' 不存在。\""), zh.body());
  }

  @Test
  void theApplicationsLocaleResolverDecidesWhereItHasOne() throws Exception {
    HttpResponse<String> r = get(fixed, "/orders/A-1?customer=42", "Accept-Language", "ar");
    assertEquals(Optional.of("zh-CN"), language(r));
    assertTrue(r.body().contains("客户 42 的订单"), r.body());
  }

  @Test
  void springsRestClientReadsTheTypedExceptionInTheLanguageItGot() {
    RestClient rc = RestClient.builder().baseUrl("http://127.0.0.1:" + TestApp.port(app))
        .defaultStatusHandler(app.getBean(ErrcatClients.class).statusHandler(OrdersException.class))
        .build();
    OrdersException e = assertThrows(OrdersException.class, () -> rc.get()
        .uri("/orders/A-9?customer=5").header("Accept-Language", "zh-CN").retrieve()
        .body(String.class));
    assertEquals(OrdersError.ORDER_NOT_FOUND, e.error());
    assertEquals("客户 5 的订单 'A-9' 不存在。", e.getMessage());
    assertEquals("zh-CN", e.details().language());
  }
}
