package io.errcat.catalog.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.HttpError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three-language test catalog (en, zh-CN, ar) through generated code: the message rendered in
 * a chosen Locale with the same arguments, answers chosen by Accept-Language in the product's
 * wire and in problem+json with Content-Language, and a client that keeps the language it got.
 */
class TranslationsTest {
  @TempDir static Path dir;
  static Class<?> exception;
  static Class<?> mapper;

  @BeforeAll
  static void generate() throws Exception {
    byte[] yaml = Files.readAllBytes(Path.of("../runtime/spring/src/test/errcat/orders-i18n.yaml"));
    LoadResult r = Engine.load("orders-i18n.yaml", yaml);
    assertEquals(List.of(), r.problems());
    Catalog c = r.catalog().orElseThrow();
    Compiled compiled = Compiled.of(dir, Engine.generateJava(c, JavaOptions.defaults()),
        Compiled.STRICT);
    exception = compiled.type("io.errcat.catalogs.ordersi18n.OrdersException");
    mapper = compiled.type("io.errcat.catalogs.ordersi18n.OrdersHttpMapper");
  }

  private static ErrcatException notFound() {
    return (ErrcatException) Compiled.callStatic(exception, "orderNotFound", "A-1", 42L);
  }

  private static HttpError answer(ErrcatException e, String accept, String acceptLanguage) {
    return (HttpError) Compiled.callStatic(mapper, "toHttp", e, accept, acceptLanguage);
  }

  @Test
  void theMessageIsRenderedInAChosenLocaleWithTheSameArguments() {
    ErrcatException e = notFound();
    assertEquals("Order 'A-1' of customer 42 does not exist.", e.getMessage(), "as before");
    assertEquals("客户 42 的订单 'A-1' 不存在。", e.message(Locale.SIMPLIFIED_CHINESE));
    assertEquals("الطلب 'A-1' للعميل 42 غير موجود.", e.message(Locale.forLanguageTag("ar-EG")));
    assertEquals("Order 'A-1' of customer 42 does not exist.", e.message(Locale.GERMAN));
    assertEquals("Order 'A-1' of customer 42 does not exist.", e.message(null));
    assertEquals(List.of("A-1", 42L), e.details().args());
  }

  @Test
  void aServerAnswersInTheLanguageAcceptLanguagePrefers() {
    HttpError zh = answer(notFound(), null, "zh-Hant-TW, en;q=0.5");
    assertEquals(List.of("zh-CN"), zh.headers().get("Content-Language"), "zh-Hant-TW falls back to zh");
    assertTrue(zh.bodyText().contains("\"message\":\"客户 42 的订单 'A-1' 不存在。\""), zh.bodyText());
    HttpError ar = answer(notFound(), null, "fr;q=0.9, ar;q=0.8, *;q=0.1");
    assertEquals(List.of("ar"), ar.headers().get("Content-Language"));
    assertTrue(ar.bodyText().contains("غير موجود"), ar.bodyText());
    HttpError en = answer(notFound(), null, "de, fr;q=0.5");
    assertEquals(List.of("en"), en.headers().get("Content-Language"));
    HttpError none = answer(notFound(), null, null);
    assertEquals(List.of("en"), none.headers().get("Content-Language"));
    HttpError plain = (HttpError) Compiled.callStatic(mapper, "toHttp", notFound());
    assertNull(plain.headers().get("Content-Language"), "without a language asked for, as before");
  }

  @Test
  void problemJsonHasTitleAndDetailInTheChosenLanguage() {
    ErrcatException busy = (ErrcatException) Compiled.callStatic(exception, "outOfStock");
    HttpError p = answer(busy, "application/problem+json", "ar");
    assertEquals(List.of("ar"), p.headers().get("Content-Language"));
    assertTrue(p.bodyText().contains("\"title\":\"المنتج غير متوفر في المخزون.\""), p.bodyText());
    assertTrue(p.bodyText().contains("\"detail\":\"المنتج غير متوفر في المخزون.\""), p.bodyText());
  }

  @Test
  void aClientKeepsTheLanguageItWasAnsweredIn() {
    HttpError zh = answer(notFound(), null, "zh-CN");
    ErrcatException read = (ErrcatException) Compiled.callStatic(mapper, "fromHttp", zh.status(),
        zh.headers(), zh.body());
    assertTrue(read.isKnown());
    assertEquals("客户 42 的订单 'A-1' 不存在。", read.getMessage());
    assertEquals("zh-CN", read.details().language());
    assertEquals("客户 42 的订单 'A-1' 不存在。", read.message(Locale.ENGLISH),
        "a received message is the server's, not the catalog's to re-render");
  }

  @Test
  void aMessageSetByHandIsNeverReplaced() {
    ErrcatException e = notFound();
    ErrcatException own = construct(e.details().toBuilder().message("custom text").build());
    assertEquals("custom text", own.message(Locale.CHINA));
    HttpError h = answer(own, null, "zh-CN");
    assertNull(h.headers().get("Content-Language"), "its language is not known");
    assertTrue(h.bodyText().contains("\"message\":\"custom text\""), h.bodyText());
    assertSame(own.details(), own.details().inLanguage("zh-CN"), "nothing to change");
  }

  @Test
  void hostileAcceptLanguageGetsTheCatalogsOwnLanguage() {
    // 190 KB: read up to its first 4 KiB, where no range is well-formed
    String flood = "x-".repeat(50_000) + ", " + "zh;q=0.5,".repeat(10_000);
    assertEquals(List.of("en"), answer(notFound(), null, flood).headers().get("Content-Language"));
    // thousands of ranges: the first 32 are read
    String many = "fr,".repeat(5_000) + "zh";
    assertEquals(List.of("en"), answer(notFound(), null, many).headers().get("Content-Language"));
    for (String bad : new String[] {"zh;q=abc", "zh;q=2", ";;;,,,", "\u0000zh", "*-CN", "zh;q=NaN",
        "zh-" + "a".repeat(100)}) {
      assertEquals(List.of("en"), answer(notFound(), null, bad).headers().get("Content-Language"),
          bad);
    }
    assertEquals(List.of("zh-CN"), answer(notFound(), null, "bogus!!, zh")
        .headers().get("Content-Language"), "one bad range does not void the rest");
  }

  @Test
  void bytesOfAnAnswerAreTheSameOnEveryMachine() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      byte[] tr = answer(notFound(), null, "ZH-cn").body();
      Locale.setDefault(Locale.ROOT);
      assertEquals(new String(answer(notFound(), null, "zh-CN").body(), StandardCharsets.UTF_8),
          new String(tr, StandardCharsets.UTF_8));
    } finally {
      Locale.setDefault(before);
    }
  }

  private static ErrcatException construct(io.errcat.runtime.ErrorDetails d) {
    try {
      return (ErrcatException) exception.getConstructor(io.errcat.runtime.ErrorDetails.class)
          .newInstance(d);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
