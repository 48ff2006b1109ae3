package io.errcat.catalog.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The generated pages in headless Chromium, opened from {@code file://}: search, match count,
 * no-match state, the URL round trip, anchors, the operation view, the hostile catalog, the 20,000
 * code catalog, and a screenshot per catalog under {@code target/screenshots/}.
 */
class DocsBrowserTest {
  private static final Path SITE = Path.of("target", "docs-browser");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final int LARGE = 20_000;

  private static Browser browser;
  private static ChromeDriver driver;
  private static List<Catalog> bundled;
  private static Catalog large;
  /** Every catalog of the site, in the index's order. */
  private static List<Catalog> site;

  @BeforeAll
  static void setUp() throws IOException {
    browser = Browser.start();
    driver = browser.driver();
    bundled = DocsFixtures.bundled();
    large = DocsFixtures.synthetic(LARGE);
    List<Catalog> all = new ArrayList<>(bundled);
    all.add(DocsFixtures.hostile());
    all.add(DocsFixtures.hostileYaml());
    all.add(large);
    site = all;
    Files.createDirectories(SITE);
    Files.createDirectories(SHOTS);
    for (GeneratedFile f : Engine.generateDocs(all, DocsOptions.defaults())) {
      Files.write(SITE.resolve(f.path()), f.content());
    }
  }

  @AfterAll
  static void tearDown() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyBundledPageSearchesAsYouType() throws IOException {
    for (Catalog c : bundled) {
      String id = c.product().id();
      int total = c.entriesByCode().size();
      open(id + ".html");
      assertEquals(total + " codes", countText(), id);
      assertEquals(total, visible().size(), id);
      screenshot(id);
      // the message of the last code, as a user would paste part of it
      ErrorEntry last = c.errors().get(c.errors().size() - 1);
      String words = last.message() != null ? firstWords(last.message(), 2) : last.code();
      type(words);
      Set<String> expected = expected(c, words, null);
      assertTrue(expected.contains(last.javaName()), id + ": " + words);
      assertEquals(expected, visible(), id + " searching " + words);
      assertEquals(expected.size() + " of " + total + " codes", countText(), id);
      assertFalse(driver.findElement(By.id("none")).isDisplayed());
    }
  }

  @Test
  void searchMatchesCodeNameMessageAndDescription() {
    Catalog faas = catalog("faas");
    open("faas.html");
    type("another task");
    assertEquals(Set.of("ANOTHER_TASK_RUNNING"), visible());
    assertEquals("1 of " + faas.entriesByCode().size() + " codes", countText());
    for (String q : List.of("INSTANCE_INVALIDATE", "endpoint configuration", "shell", "NOT FOUND")) {
      open("faas.html");
      type(q);
      assertEquals(expected(faas, q, null), visible(), q);
      assertFalse(visible().isEmpty(), q);
    }
  }

  @Test
  void statusesAndFactoryNamesAreSearchedToo() {
    Catalog faas = catalog("faas");
    open("faas.html");
    type("503");
    Set<String> unavailable = expected(faas, "503", null);
    assertEquals(unavailable, visible());
    assertTrue(unavailable.contains("ANOTHER_TASK_RUNNING"), unavailable.toString());
    open("faas.html");
    type("service unavailable");
    assertEquals(unavailable, visible(), "the reason phrase finds the same codes");
    open("faas.html");
    type("shellNotMatch");
    assertEquals(Set.of("SHELL_NOT_MATCH"), visible());
  }

  @Test
  void noMatchIsStatedAndClearable() {
    int total = catalog("image-search").entriesByCode().size();
    open("image-search.html");
    type("zz-no-such-error");
    assertEquals(Set.of(), visible());
    assertEquals("0 of " + total + " codes", countText());
    WebElement none = driver.findElement(By.id("none"));
    assertTrue(none.isDisplayed());
    assertTrue(none.getText().contains("\u201czz-no-such-error\u201d"), none.getText());
    screenshot("image-search-no-match");
    driver.findElement(By.id("clear")).click();
    assertEquals(total, visible().size());
    assertFalse(none.isDisplayed());
  }

  @Test
  void theUrlCarriesTheSearchAndRestoresIt() {
    Catalog faas = catalog("faas");
    open("faas.html");
    type("shell not");
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().endsWith("#q=shell+not"));
    String shared = driver.getCurrentUrl();
    driver.get("about:blank");
    driver.get(shared);
    assertEquals("shell not", driver.findElement(By.id("q")).getAttribute("value"));
    assertEquals(expected(faas, "shell not", null), visible());
    assertEquals(2, visible().size(), "SHELL NOT SUPPORT and SHELL NOT MATCH");
    // a query string works too, for links built by hand
    driver.get("about:blank");
    driver.get(SITE.resolve("faas.html").toAbsolutePath().toUri() + "?q=frequency");
    assertEquals(Set.of("FREQUENCY_ERROR"), visible());
  }

  @Test
  void anchorToACodeInAGroupWithoutMatchesShowsIt() {
    open("synthetic.html");
    type("timeout 12");
    assertEquals(expected(large, "timeout 12", null), visible());
    // the script leaves the cards of a hidden group as they were: the anchor must still see them hidden
    String id = (String) js("var c = document.querySelector('#list .group[hidden] .card:not([hidden])');"
        + "return c && c.id;");
    assertNotNull(id, "a hidden group whose cards were not touched");
    js("location.hash = arguments[0];", id);
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> visible().contains(id));
    assertEquals(LARGE, visible().size());
    assertEquals("", driver.findElement(By.id("q")).getAttribute("value"));
  }

  @Test
  void anchorsAreTheConstantNames() {
    driver.get("about:blank");
    driver.get(url("faas.html") + "#ANOTHER_TASK_RUNNING");
    assertEquals("ANOTHER_TASK_RUNNING", js("return document.querySelector(':target').id"));
    assertTrue((Boolean) js("var r = document.getElementById('ANOTHER_TASK_RUNNING').getBoundingClientRect();"
        + "return r.top >= 0 && r.top < innerHeight;"), "scrolled into view");
    // an anchor to a code hidden by the search clears the search and shows the code
    type("frequency");
    click(By.cssSelector("#operations a[href='#SHELL_NOT_MATCH']"));
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> visible().contains("SHELL_NOT_MATCH"));
    assertEquals("SHELL_NOT_MATCH", js("return document.querySelector(':target').id"));
  }

  @Test
  void operationViewFiltersAndShowsTheRightVariant() {
    Catalog faas = catalog("faas");
    open("faas.html");
    new Select(driver.findElement(By.id("op"))).selectByVisibleText("LoadFpgaImage");
    Set<String> expected = expected(faas, "", "LoadFpgaImage");
    assertEquals(expected, visible());
    assertTrue(expected.contains("ANOTHER_TASK_RUNNING") && expected.contains("PARAMETER_INVALIDATE"));
    assertFalse(expected.contains("FREQUENCY_ERROR"));
    assertTrue(driver.getCurrentUrl().endsWith("#op=LoadFpgaImage"), driver.getCurrentUrl());
    // FPGA NOT FOUND has two variants for disjoint operations: only LoadFpgaImage's shows
    List<WebElement> variants = driver.findElements(By.cssSelector("#FPGA_NOT_FOUND .variant"));
    assertEquals(2, variants.size());
    long shown = variants.stream().filter(WebElement::isDisplayed).count();
    assertEquals(1, shown);
    assertTrue(variants.stream().filter(WebElement::isDisplayed).findFirst().orElseThrow()
        .getText().contains("LoadFpgaImage"));
    screenshot("faas-operation");
    // the operation boxes link to the same filtered view
    open("faas.html");
    click(By.cssSelector("#op-CreateFpgaImage a.show"));
    Set<String> create = expected(faas, "", "CreateFpgaImage");
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> visible().equals(create));
    assertEquals("CreateFpgaImage", new Select(driver.findElement(By.id("op")))
        .getFirstSelectedOption().getText());
  }

  @Test
  void theHostileCatalogsRenderAsTextAndRunNothing() {
    for (Catalog c : List.of(DocsFixtures.hostile(), DocsFixtures.hostileYaml())) {
      String id = c.product().id();
      open(id + ".html");
      assertEquals("undefined", js("return typeof window.__pwned"), id);
      assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), id + ": alert()");
      // every code shows exactly as written; messages too, up to the parser's CR LF → LF
      for (CodeView code : CodeView.of(c)) {
        assertEquals(code.code(), js("return document.getElementById(arguments[0])"
            + ".querySelector('h3').textContent", code.anchor()), id);
        ErrorEntry e = code.first();
        if (e.message() != null) {
          assertEquals(e.message().replace("\r\n", "\n").replace('\r', '\n').replace('\0', '\uFFFD'),
              js("return document.getElementById(arguments[0]).querySelector('.msg').textContent",
                  code.anchor()), id);
        }
      }
      screenshot(id);
    }
    Catalog hostile = DocsFixtures.hostile();
    open("hostile-docs.html");
    assertEquals("undefined", js("return typeof window.__pwned"));
    assertEquals(0L, js("return document.querySelectorAll('img,svg,iframe,b,i,style ~ style').length"));
    assertEquals(1L, js("return document.querySelectorAll('style').length"));
    WebElement card = driver.findElement(By.id("SCRIPT_TAG"));
    assertTrue(card.getText().contains("<script>" + DocsFixtures.PWN + "</script>"), card.getText());
    assertTrue(driver.getTitle().startsWith("Hostile <script>"), driver.getTitle());
    type("<script>");
    assertEquals(expected(hostile, "<script>", null), visible());
    assertEquals("undefined", js("return typeof window.__pwned"));
    driver.get("about:blank");
    driver.get(url("index.html"));
    assertEquals("undefined", js("return typeof window.__pwned"));
  }

  @Test
  void indexLinksEveryCatalog() {
    driver.get(url("index.html"));
    for (Catalog c : bundled) {
      assertEquals(1, driver.findElements(By.cssSelector("h2 a[href='" + c.product().id() + ".html']")).size());
    }
    screenshot("index");
  }

  @Test
  void phoneWidthDarkModeAndPrint() {
    try {
      driver.manage().window().setSize(new Dimension(390, 844));
      for (Catalog c : bundled) {
        open(c.product().id() + ".html");
        assertEquals(Boolean.FALSE, js("return document.documentElement.scrollWidth > innerWidth"),
            c.product().id() + ": no horizontal scrolling at phone width");
      }
      open("faas.html");
      screenshot("faas-phone");
      driver.manage().window().setSize(new Dimension(1280, 900));
      for (String section : List.of("operations", "wire")) {
        open("faas.html");
        js("document.getElementById(arguments[0]).scrollIntoView()", section);
        screenshot("faas-" + section);
      }
      open("function-compute.html");
      js("document.getElementById('endpoints').scrollIntoView()");
      screenshot("function-compute-endpoints");
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
          List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
      open("function-compute.html");
      assertEquals("rgb(15, 18, 23)", js("return getComputedStyle(document.body).backgroundColor"));
      screenshot("function-compute-dark");
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of()));
      assertEquals("none", js("return getComputedStyle(document.querySelector('.toolbar')).display"));
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  /** A benchmark, printed rather than asserted: keystroke to updated results on 20,000 codes. */
  @Test
  void twentyThousandCodesFilterAsYouType() {
    long t0 = System.nanoTime();
    open("synthetic.html");
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(LARGE, visible().size());
    String query = "timeout 12";
    // type the query key by key, then erase it again (showing all 20,000 rows is the worst case)
    typeAndErase(query, () -> assertEquals(expected(large, query, null), visible()));
    assertEquals(LARGE, visible().size());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> timings = (List<Map<String, Object>>) js("return window.errcat.timings");
    double[] frame = timings.stream().mapToDouble(m -> ((Number) m.get("frameMs")).doubleValue()).toArray();
    double[] filter = timings.stream().mapToDouble(m -> ((Number) m.get("filterMs")).doubleValue()).toArray();
    System.out.printf(Locale.ROOT, "[docs-benchmark] %d codes: page load %d ms; per keystroke "
            + "(%d keys typing and erasing \"%s\"): filter median %.1f ms max %.1f ms; keystroke to next frame "
            + "median %.1f ms max %.1f ms%n", LARGE, loadMs, frame.length, query,
        median(filter), max(filter), median(frame), max(frame));
    for (Map<String, Object> m : timings) {
      System.out.printf(Locale.ROOT,
          "[docs-benchmark]   %-12s filter %6.1f ms  rAF %6.1f ms  frame %6.1f ms%n",
          "\"" + m.get("q") + "\"", ((Number) m.get("filterMs")).doubleValue(),
          ((Number) m.get("rafMs")).doubleValue(), ((Number) m.get("frameMs")).doubleValue());
    }
    screenshot("synthetic");
  }

  @Test
  void theIndexSearchesEveryCatalogAndLinksToTheCards() {
    open("index.html");
    type("503");
    List<Catalog> all = site;
    int expected = 0;
    Set<String> catalogsWith503 = new java.util.TreeSet<>();
    for (Catalog c : all) {
      for (var s : io.errcat.catalog.model.Symbols.of(c).all()) {
        StringBuilder h = new StringBuilder(s.code()).append('\n').append(s.constant())
            .append('\n').append(s.factory()).append('\n').append(c.product().id());
        for (ErrorEntry e : s.variants()) {
          h.append('\n').append(c.statusOf(e).map(ReasonPhrases::label).orElse(""))
              .append('\n').append(e.message()).append('\n').append(e.description());
        }
        if (h.toString().toLowerCase(Locale.ROOT).contains("503")) {
          expected++;
          catalogsWith503.add(c.product().id());
        }
      }
    }
    assertTrue(catalogsWith503.size() >= 3, catalogsWith503.toString());
    assertEquals(expected + " codes" + (expected > 200 ? " (the first 200 shown)" : ""),
        driver.findElement(By.id("count")).getText());
    @SuppressWarnings("unchecked")
    List<String> hrefs = (List<String>) js("return Array.from(document.querySelectorAll("
        + "'#results li:not([hidden]) a')).map(a => a.getAttribute('href'))");
    assertEquals(Math.min(expected, 200), hrefs.size());
    assertTrue(hrefs.contains("faas.html#ANOTHER_TASK_RUNNING"), hrefs.toString());
    screenshot("index-search");
    driver.findElement(By.cssSelector("#results a[href='faas.html#ANOTHER_TASK_RUNNING']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().endsWith("faas.html#ANOTHER_TASK_RUNNING"));
    assertTrue(driver.findElement(By.id("ANOTHER_TASK_RUNNING")).isDisplayed());
    open("index.html");
    type("zz-nowhere");
    assertTrue(driver.findElement(By.id("none")).isDisplayed());
  }

  /** A benchmark, printed rather than asserted: the index's search over every catalog's codes. */
  @Test
  void theIndexSearchesTwentyThousandCodesAsYouType() {
    open("index.html");
    typeAndErase("timeout 12", () -> { });
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> timings = (List<Map<String, Object>>) js("return window.errcat.timings");
    double[] frame = timings.stream().mapToDouble(m -> ((Number) m.get("frameMs")).doubleValue()).toArray();
    double[] filter = timings.stream().mapToDouble(m -> ((Number) m.get("filterMs")).doubleValue()).toArray();
    System.out.printf(Locale.ROOT, "[docs-benchmark] index over %d catalogs, %d+ codes: per keystroke"
            + " (%d keys): filter median %.1f ms max %.1f ms; keystroke to next frame median %.1f ms"
            + " max %.1f ms%n", bundled.size() + 3, LARGE, frame.length, median(filter), max(filter),
        median(frame), max(frame));
  }

  // --- helpers

  /**
   * Types {@code query} key by key and erases it again, each key waiting until the page's script
   * has timed it; {@code whenTyped} runs once the whole query is in.
   */
  private static void typeAndErase(String query, Runnable whenTyped) {
    WebElement q = driver.findElement(By.id("q"));
    List<CharSequence> keys = new ArrayList<>();
    for (int i = 0; i < query.length(); i++) {
      keys.add(String.valueOf(query.charAt(i)));
    }
    for (int i = 0; i < query.length(); i++) {
      keys.add(Keys.BACK_SPACE);
    }
    for (int i = 0; i < keys.size(); i++) {
      q.sendKeys(keys.get(i));
      int n = i + 1;
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> ((Number) js("return window.errcat.timings.length")).intValue() >= n);
      if (n == query.length()) {
        whenTyped.run();
      }
    }
  }

  private static Catalog catalog(String id) {
    return bundled.stream().filter(c -> c.product().id().equals(id)).findFirst().orElseThrow();
  }

  private static String url(String file) {
    return SITE.resolve(file).toAbsolutePath().toUri().toString();
  }

  /** Opens a page afresh (a new document, no state kept from the previous test). */
  private static void open(String file) {
    driver.get("about:blank");
    driver.get(url(file));
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> js("return window.errcat") != null);
  }

  private static void type(String text) {
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys(text);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text.equals(q.getAttribute("value")));
  }

  /**
   * Clicks like a user once the element has settled: cards lay out lazily
   * (content-visibility), so an element scrolled to can still move before the click lands.
   */
  private static void click(By by) {
    WebElement el = driver.findElement(by);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
    driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
    el.click();
  }

  private static Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  private static String countText() {
    return driver.findElement(By.id("count")).getText();
  }

  @SuppressWarnings("unchecked")
  private static Set<String> visible() {
    return new LinkedHashSet<>((List<String>) js(
        "return Array.from(document.querySelectorAll('#list .card')).filter(function (c) {"
            + " return !c.hidden && !c.parentElement.hidden; }).map(function (c) { return c.id; });"));
  }

  /** What the search should show, computed from the catalog: every term in the haystack. */
  private static Set<String> expected(Catalog c, String query, String op) {
    List<String> terms = Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+"))
        .filter(t -> !t.isEmpty()).toList();
    Set<String> out = new LinkedHashSet<>();
    for (CodeView code : CodeView.of(c)) {
      StringBuilder hay = new StringBuilder(code.code()).append('\n').append(code.first().javaName())
          .append('\n').append(code.symbol().factory());
      for (ErrorEntry e : code.variants()) {
        hay.append('\n').append(c.statusOf(e).map(ReasonPhrases::label).orElse(""));
        hay.append('\n').append(e.message()).append('\n').append(e.description());
      }
      String h = hay.toString().toLowerCase(Locale.ROOT);
      if (terms.stream().allMatch(h::contains) && (op == null || code.appliesTo(op))) {
        out.add(code.anchor());
      }
    }
    return out;
  }

  private static String firstWords(String s, int n) {
    String[] w = s.trim().split("\\s+");
    return String.join(" ", Arrays.copyOf(w, Math.min(n, w.length)));
  }

  private static void screenshot(String name) {
    try {
      Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length == 0 ? 0 : s[s.length / 2];
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(0);
  }
}
