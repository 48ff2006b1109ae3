package io.errcat.catalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Translations as the checker sees them: each hostile case gets its own id at the exact text, and
 * nothing else (no follow-on noise); a clean three-language catalog gets nothing.
 */
class TranslationRulesTest {
  private static List<String> problems(String errorsAndMore) {
    String yaml = "catalog: 1\nproduct: {id: shop, name: Shop}\n" + errorsAndMore;
    LoadResult r = Engine.load("shop.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    return r.problems().stream().map(Problem::format).toList();
  }

  private static final String PARAMS =
      "    params: [{name: orderId, type: String}, {name: customerId, type: long}]\n";

  private static List<String> message(String translation) {
    return problems("errors:\n  - code: Missing\n    message: \"Order %s of %d.\"\n"
        + "    messages: {zh-CN: \"" + translation + "\"}\n" + PARAMS);
  }

  @Test
  void theTestCatalogInThreeLanguagesIsClean() throws Exception {
    byte[] yaml = Files.readAllBytes(Path.of("../runtime/spring/src/test/errcat/orders-i18n.yaml"));
    assertEquals(List.of(), Engine.load("orders-i18n.yaml", yaml).problems());
  }

  @Test
  void placeholdersInOrderOrByPositionPass() {
    assertEquals(List.of(), message("订单 %s，客户 %d。"));
    assertEquals(List.of(), message("客户 %2$d 的订单 %1$s。"));
    assertEquals(List.of(), message("客户 %2$s 的订单 %1$s，100%%。"), "%s takes any type");
    assertEquals(List.of(), message("%1$s %1$s %2$d"), "a param may appear twice");
  }

  @Test
  void placeholdersThatDisagreeAreReportedAtTheTranslation() {
    assertEquals(List.of("shop.yaml:6:23: [EC059] The zh-CN message of 'Missing' has 1 specifier"
        + " for 2 params (orderId, customerId)."), message("订单 %s"));
    assertEquals(List.of("shop.yaml:6:23: [EC059] The zh-CN message of 'Missing' formats param 1"
        + " ('orderId', String) with %d, which takes int or long only."), message("%1$d %2$d"));
    assertEquals(List.of("shop.yaml:6:23: [EC059] The zh-CN message of 'Missing' leaves out param"
        + " 2 ('customerId'): every param of the message is in each translation."),
        message("%1$s"));
    assertEquals(List.of("shop.yaml:6:23: [EC059] The zh-CN message of 'Missing' names param 3"
        + " but the entry has 2 (orderId, customerId)."), message("%3$s %1$s %2$d"));
    assertEquals(List.of("shop.yaml:6:23: [EC059] The zh-CN message of 'Missing' mixes positional"
        + " specifiers (%1$s) with ordinary ones (%s): number them all."), message("%1$s %d"));
  }

  @Test
  void percentNAndOtherFormatterSpecifiersAreRefused() {
    assertEquals(List.of("shop.yaml:6:23: [EC059] The zh-CN message of 'Missing' uses '%n', which"
        + " a translation may not: only %s, %d, their positional forms (%1$s, %2$d) and %%."),
        message("%s%n%d"));
    assertTrue(message("%s %5d").get(0).contains("uses '%5d'"), message("%s %5d").toString());
    assertTrue(message("%s %d %").get(0).contains("uses '%'"));
    // a translation of an entry without params is literal, as its message: %% stays text
    assertEquals(List.of(), problems("errors:\n  - {code: Full, message: 100%% full,"
        + " messages: {zh-CN: 100%% 满}}\n"));
    assertEquals(List.of("shop.yaml:4:51: [EC059] The zh-CN message of 'Full' has 1 specifier but"
        + " the entry has no params."), problems("errors:\n  - {code: Full, message: Full,"
        + " messages: {zh-CN: \"%s 满\"}}\n"));
  }

  @Test
  void tagsThatAreNotBcp47AreReportedWithTheFix() {
    assertEquals(List.of("shop.yaml:4:45: [EC058] The language 'zh_CN' is not a BCP 47 language"
        + " tag (BCP 47 separates its parts with '-', Java's Locale.toString() with '_'): write it"
        + " as zh-CN, pt-BR, ar or zh-Hant-TW. (did you mean 'zh-CN'?)"),
        problems("errors:\n  - {code: Busy, message: Busy., messages: {zh_CN: 忙}}\n"));
    List<String> dangling = problems("errors:\n  - {code: Busy, message: Busy., messages: {xx-: 忙}}\n");
    assertEquals(1, dangling.size(), dangling.toString());
    assertTrue(dangling.get(0).startsWith("shop.yaml:4:45: [EC058] The language 'xx-'"), dangling.get(0));
    List<String> huge = problems("errors:\n  - {code: Busy, message: Busy., messages: {"
        + "a".repeat(1_000) + ": 忙}}\n"); // YAML's own limit for a key is 1024
    assertEquals(1, huge.size());
    assertTrue(huge.get(0).contains("longer than 64 characters") && huge.get(0).length() < 400,
        huge.get(0));
    assertTrue(problems("language: en_US\nerrors:\n  - {code: Busy, message: Busy.}\n").get(0)
        .startsWith("shop.yaml:3:11: [EC058] The catalog's language 'en_US'"));
  }

  @Test
  void declaredLocalesAreKeptByEveryEntryOnce() {
    assertEquals(List.of("shop.yaml:6:24: [EC060] 'B' has no message in ar, which the catalog's"
        + " locales list."), problems("locales: [zh-CN, ar]\nerrors:\n"
        + "  - {code: A, message: A., messages: {zh-CN: 甲, ar: أ}}\n"
        + "  - {code: B, message: B., messages: {zh-CN: 乙}}\n"));
    List<String> undeclared = problems("locales: [zh-CN]\nerrors:\n"
        + "  - {code: A, message: A., messages: {zh-CN: 甲, fr: A}}\n"
        + "  - {code: B, message: B., messages: {zh-CN: 乙, fr: B}}\n");
    assertEquals(List.of("shop.yaml:5:49: [EC061] 'fr' is not among the catalog's locales (zh-CN):"
        + " its texts are used, but no entry is checked for them."), undeclared,
        "once per language, not once per entry");
  }

  @Test
  void oneLanguageIsNamedOnce() {
    assertEquals(List.of("shop.yaml:4:49: [EC062] 'zh-cn' spells the same language as 'zh-CN' in"
        + " this entry (tags ignore case)."), problems("errors:\n"
        + "  - {code: A, message: A., messages: {zh-CN: 甲, zh-cn: 甲}}\n"));
    assertEquals(List.of("shop.yaml:4:39: [EC062] 'EN' is the catalog's own language: the entry's"
        + " message, description and solution are already in it."),
        problems("errors:\n  - {code: A, message: A., messages: {EN: A!}}\n"));
    assertEquals(List.of("shop.yaml:3:18: [EC062] 'ZH-cn' is listed twice (first at line 3,"
        + " column 11)."), problems("locales: [zh-CN, ZH-cn]\nerrors:\n"
        + "  - {code: A, message: A., messages: {zh-CN: 甲}}\n"));
    assertEquals(List.of("shop.yaml:4:49: [EC006] The key 'zh-CN' appears twice in this mapping (first at line 4,"
        + " column 39)."), problems("errors:\n  - code: A\n    message: A.\n"
        .replace("  - code: A\n    message: A.\n", "  - {code: A, message: A., messages: {zh-CN: 甲, zh-CN: 乙}}\n")));
  }
}
