package io.errcat.catalog.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Product;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated files as bytes: layout, determinism, anchors, JSON and escaping per context. */
class DocsEmitterTest {
  private static List<Catalog> bundled;
  private static Map<String, String> files;

  @BeforeAll
  static void generate() {
    bundled = DocsFixtures.bundled();
    List<Catalog> all = new ArrayList<>(bundled);
    all.add(DocsFixtures.hostile());
    all.add(DocsFixtures.hostileYaml());
    files = text(Engine.generateDocs(all, DocsOptions.defaults()));
  }

  static Map<String, String> text(List<GeneratedFile> out) {
    Map<String, String> m = new TreeMap<>();
    for (GeneratedFile f : out) {
      m.put(f.path(), new String(f.content(), StandardCharsets.UTF_8));
    }
    return m;
  }

  @Test
  void onePagePerCatalogPlusIndexAndCombinedJson() {
    List<String> expected = new ArrayList<>(List.of("catalog.json", "index.html"));
    for (Catalog c : bundled) {
      String id = c.product().id();
      expected.addAll(List.of(id + ".html", id + ".json", id + ".md"));
      assertTrue(files.get("index.html").contains("href=\"" + id + ".html\""), id);
    }
    expected.addAll(List.of("hostile.html", "hostile.json", "hostile.md",
        "hostile-docs.html", "hostile-docs.json", "hostile-docs.md"));
    Collections.sort(expected);
    assertEquals(expected, new ArrayList<>(files.keySet()));
  }

  @Test
  void sameBytesWhateverTheInputOrderLocaleAndTimeZone() {
    List<Catalog> reversed = new ArrayList<>(bundled);
    reversed.add(DocsFixtures.hostile());
    reversed.add(DocsFixtures.hostileYaml());
    Collections.reverse(reversed);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Map<String, String> again = text(Engine.generateDocs(reversed, DocsOptions.defaults()));
      assertEquals(files, again);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void everyCodeIsAnchoredByItsConstantName() {
    for (Catalog c : bundled) {
      String page = files.get(c.product().id() + ".html");
      String md = files.get(c.product().id() + ".md");
      for (String code : c.entriesByCode().keySet()) {
        String constant = c.entriesByCode().get(code).get(0).javaName();
        assertTrue(page.contains("<article class=\"card\" role=\"listitem\" id=\"" + constant + "\">"), constant);
        assertTrue(md.contains("<a id=\"" + constant + "\"></a>"), constant);
      }
    }
    assertTrue(files.get("faas.html").contains("id=\"ANOTHER_TASK_RUNNING\""));
  }

  @Test
  void catalogJsonIsTheNormalisedCatalogWithUrls() throws IOException {
    List<GeneratedFile> out = Engine.generateDocs(bundled,
        DocsOptions.defaults().withDocsBaseUrl("https://errors.example.com/v1/"));
    String json = text(out).get("catalog.json");
    int entries = bundled.stream().mapToInt(c -> c.errors().size()).sum();
    assertEquals(entries, count(json, "\"url\" : \"https://errors.example.com/v1/")
        + count(json, "\"url\": \"https://errors.example.com/v1/"), "one url per entry");
    assertTrue(json.contains("\"url\": \"https://errors.example.com/v1/faas.html#ANOTHER_TASK_RUNNING\""));
    // parses, and every catalog lists product, operations and errors in this order
    List<String> topLevel = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) depth++;
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) depth--;
        if (t == JsonToken.FIELD_NAME && depth == 3) topLevel.add(p.currentName());
      }
    }
    String faas = String.join(",", topLevel.subList(0, topLevel.indexOf("errors") + 1));
    assertTrue(faas.startsWith("catalog,product,page,grpcDomain,wire"), faas);
    assertTrue(faas.endsWith("operations,errors"), faas);
  }

  @Test
  void hostileHtmlHasNoMarkupFromTheCatalog() {
    for (String id : List.of("hostile", "hostile-docs")) {
      String page = files.get(id + ".html");
      assertEquals(2, count(page, "<script"), id + ": only the page's data and code scripts");
      for (String bad : List.of("<b>", "<i>", "<x>", "<thing>", "</code><script>")) {
        assertFalse(page.contains(bad), id + ": " + bad);
      }
      String data = between(page, "<script type=\"application/json\" id=\"errcat-data\">", "</script>");
      assertFalse(data.contains("<") || data.contains("\u2028") || data.contains("\u2029"), id);
    }
    String page = files.get("hostile-docs.html");
    assertEquals(2, count(page, "<script"), "only the page's data and code scripts");
    for (String bad : List.of("<img", "<svg", "<iframe", "<b>", "<i>p", "<a href=\"javascript",
        "</style><style>", "onerror=\"", "onload=\"", "onmouseover=\"")) {
      assertFalse(page.contains(bad), bad);
    }
    assertTrue(page.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
    String data = between(page, "<script type=\"application/json\" id=\"errcat-data\">", "</script>");
    assertFalse(data.contains("<"), "no '<' at all inside the data script");
    assertFalse(data.contains("\u2028") || data.contains("\u2029"));
    assertTrue(data.contains("\\u003c/script\\u003e"));
    // the index shows the hostile product name as text too
    assertTrue(files.get("index.html").contains("Hostile &lt;script&gt;"));
  }

  @Test
  void hostileMarkdownKeepsTableCellsAndDropsHtml() {
    for (String id : List.of("hostile", "hostile-docs")) {
      for (String line : files.get(id + ".md").split("\n")) {
        if (line.startsWith("| [")) {
          assertEquals(7, unescapedPipes(line), line);
        }
      }
    }
    String md = files.get("hostile-docs.md");
    String withoutAnchors = md.replaceAll("<a id=\"[^\"<>]*\"></a>", "").replace("<br>", "");
    assertFalse(withoutAnchors.contains("<"), "no raw '<' besides anchors and line breaks");
    assertTrue(md.contains("pipe \\| and \\`backtick\\` and \\*stars\\*"));
    assertTrue(md.contains("a\\|b<br>c&lt;d&gt;e \\`f\\` &amp;amp;"));
  }

  @Test
  void catalogTextsAreCommonMarkRenderedSafely() {
    String faas = files.get("faas.html");
    assertTrue(faas.contains("<code>faascmd config</code>"), "backticks become code");
    assertTrue(faas.contains("<ul>\n<li>"), "lists become lists");
    String fc = files.get("function-compute.html");
    assertTrue(fc.contains("&lt;a href=&quot;#&quot;&gt;"), "raw HTML in a text stays text");
    assertFalse(fc.contains("<a href=\"#\">"), "no raw HTML from a catalog reaches a page");
  }

  @Test
  void wireSectionsShowTheLiveWire() {
    String faas = between(files.get("faas.html"), "<section id=\"wire\"", "</section>");
    assertTrue(faas.contains("<dt>XML form</dt>"), faas);
    assertTrue(faas.contains("The same in XML:</p><pre class=\"example\"><code>&lt;?xml"), faas);
    assertTrue(faas.contains("&lt;Code&gt;PARAMETER INVALIDATE&lt;/Code&gt;"), faas);
    assertTrue(faas.contains("mints one (uppercase-uuid)"), faas);
    String fc = between(files.get("function-compute.html"), "<section id=\"wire\"", "</section>");
    assertTrue(fc.contains("JSON member <code>ErrorCode</code>"), fc);
    assertTrue(fc.contains("<strong>Notes:</strong>") && fc.contains("errorCode"), fc);
    assertFalse(fc.contains("XML"), fc);
    String is = between(files.get("image-search.html"), "<section id=\"wire\"", "</section>");
    assertTrue(is.contains("also read from <code>code</code>, <code>error.code</code>"), is);
  }

  @Test
  void sourcesReadByTitleAndSectionAndEveryStatusByItsPhrase() {
    String faas = files.get("faas.html");
    assertTrue(faas.contains("<cite title=\"000_411fc1c005104528.txt#error-codes\">"
        + "faascmd FAQ \u2014 Error codes</cite>"), "a card names its source by title and section");
    assertTrue(faas.contains("faascmd FAQ \u2014 FAQ</cite>"), "the FAQ section too");
    assertTrue(files.get("function-compute.md").contains(
        "- **Source:** Function Compute API Reference \u2014 Common error codes\n"));
    for (Catalog c : bundled) {
      for (var e : c.errors()) {
        int status = c.statusOf(e).orElse(0);
        if (status != 0) {
          assertTrue(ReasonPhrases.of(status).isPresent(), c.product().id() + " " + status);
        }
      }
      String page = files.get(c.product().id() + ".html");
      assertFalse(Pattern.compile("<code>\\d{3}_[0-9a-f]{16}\\.txt#").matcher(page).find(),
          c.product().id() + ": no card shows a file name for a source its catalog titles");
    }
    assertEquals("423 Locked", ReasonPhrases.label(423));
    assertEquals("422 Unprocessable Content", ReasonPhrases.label(422));
    assertEquals("599", ReasonPhrases.label(599));
  }

  @Test
  void perOperationVariantsShowSideBySide() {
    String page = files.get("faas.html");
    Matcher m = Pattern.compile("<article class=\"card\" role=\"listitem\" id=\"NOT_AUTHORIZED\">(.*?)</article>").matcher(page);
    assertTrue(m.find());
    assertEquals(2, count(m.group(1), "<div class=\"variant\">"));
    assertTrue(m.group(1).contains("<div class=\"variants\">"));
  }

  @Test
  void escapesForEachContext() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Escape.html("<a href=\"x\" title='y'>&"));
    assertEquals("{\"a\":\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\"}",
        Escape.scriptJson("{\"a\":\"</script><!--&\u2028\"}"));
    assertEquals("a\\|b<br>\\`c\\` &lt;d&gt;", Escape.markdown("a|b\r\n`c` <d>"));
    assertEquals("`ANOTHER TASK RUNNING`", Escape.markdownCode("ANOTHER TASK RUNNING"));
    assertEquals("a\\`b", Escape.markdownCode("a`b"));
    assertEquals("A_B%20%C3%A9%23", Escape.urlFragment("A_B \u00e9#"));
  }

  @Test
  void anchorsStayUniqueAgainstEachOtherAndThePagesOwnIds() {
    Catalog c = Catalog.builder(new Product("clash", "x", null, null, List.of(), DocsFixtures.AT))
        .errors(List.of(
            io.errcat.catalog.model.ErrorEntry.builder("a b").build(),
            io.errcat.catalog.model.ErrorEntry.builder("A_B").build(),
            io.errcat.catalog.model.ErrorEntry.builder("search").name("q").build()))
        .build();
    assertEquals(List.of("A_B", "A_B_2", "q_2"), CodeView.of(c).stream().map(CodeView::anchor).toList());
    String page = text(Engine.generateDocs(List.of(c), DocsOptions.defaults())).get("clash.html");
    assertEquals(1, count(page, " id=\"q\""));
  }

  @Test
  void problemDetailsTypeOfTheJavaApiPointsAtTheseAnchors() {
    Catalog faas = bundled.stream().filter(c -> c.product().id().equals("faas")).findFirst().orElseThrow();
    String base = "https://errors.example.com/ref";
    String url = DocsOptions.defaults().withDocsBaseUrl(base).codeUrl("faas", "ANOTHER_TASK_RUNNING");
    assertEquals(base + "/faas.html#ANOTHER_TASK_RUNNING", url);
    String page = url.substring(0, url.indexOf('#') + 1);
    String java = Engine.generateJava(faas, new io.errcat.catalog.java.JavaOptions(base)).stream()
        .map(f -> new String(f.content(), StandardCharsets.UTF_8))
        .filter(src -> src.contains(page)).findFirst().orElse("");
    assertTrue(java.contains("\"" + page), "the generated mapper builds problem types from " + page);
  }

  @Test
  void refusesIdsThatAreNoFileNames() {
    Catalog bad = Catalog.builder(new Product("../etc", "x", null, null, List.of(), DocsFixtures.AT)).build();
    assertThrows(IllegalArgumentException.class,
        () -> Engine.generateDocs(List.of(bad), DocsOptions.defaults()));
    Catalog one = bundled.get(0);
    assertThrows(IllegalArgumentException.class,
        () -> Engine.generateDocs(List.of(one, one), DocsOptions.defaults()));
  }

  @Test
  void largeCatalogRendersEveryCodeOnce() {
    Catalog big = DocsFixtures.synthetic(20_000);
    List<GeneratedFile> out = Engine.generateDocs(List.of(big), DocsOptions.defaults());
    GeneratedFile html = out.stream().filter(f -> f.path().equals("synthetic.html")).findFirst().orElseThrow();
    String page = new String(html.content(), StandardCharsets.UTF_8);
    assertEquals(20_000, count(page, "<article class=\"card\""));
    assertArrayEquals(html.content(), Engine.generateDocs(List.of(big), DocsOptions.defaults()).stream()
        .filter(f -> f.path().equals("synthetic.html")).findFirst().orElseThrow().content());
  }

  static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) n++;
    return n;
  }

  private static int unescapedPipes(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') i++;
      else if (line.charAt(i) == '|') n++;
    }
    return n;
  }

  private static String between(String s, String start, String end) {
    int a = s.indexOf(start) + start.length();
    return s.substring(a, s.indexOf(end, a));
  }

}
