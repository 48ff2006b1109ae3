package io.errcat.catalog.java;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.docs.DocsOptions;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.JavaSection;
import io.errcat.catalog.model.Product;
import io.errcat.catalog.model.Symbols;
import io.errcat.catalog.model.Wire;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.ErrorCode;
import io.errcat.runtime.HttpError;
import java.net.URLDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated {@code toProblem(…).type} names the element id of that code's own card in the
 * generated page, and equals the code's {@code url} in {@code catalog.json}: for every bundled
 * catalog with a wire, and for a catalog built to clash (constants named like the page's own
 * element ids), under a docs base URL with spaces and several trailing slashes. Java and docs read
 * both from the catalog's one table of names ({@link Symbols}).
 */
class ProblemTypeTest {
  private static final String BASE = "  https://docs.example.com/error codes///  ";
  private static final Pattern CARD = Pattern.compile("<article class=\"card\"[^>]* id=\"([^\"]+)\"");

  static Catalog clash() {
    List<ErrorEntry> entries = new ArrayList<>();
    for (String name : List.of("q", "list", "wire", "op", "codes", "count", "none", "clear",
        "sources", "fallback")) {
      entries.add(ErrorEntry.builder("C-" + name).name(name).httpStatus(400)
          .message("clashes with #" + name).build());
    }
    entries.add(ErrorEntry.builder("Plain").httpStatus(404).message("no clash").build());
    // codes whose factories derive the same names: retry() is the exception's own, so Retry's
    // factory is retry_, which RETRY_'s factory then cannot take either
    entries.add(ErrorEntry.builder("Retry").httpStatus(409).message("retry").build());
    entries.add(ErrorEntry.builder("Retry again").name("RETRY_").httpStatus(409)
        .message("retry again").build());
    return Catalog.builder(new Product("clash", "Clash", null,
            new JavaSection(null, "Clash", SyntheticCatalog.AT), List.of(), SyntheticCatalog.AT))
        .wire(new Wire("code", null, "message", null, null, null, List.of(), SyntheticCatalog.AT))
        .errors(entries)
        .build();
  }

  @Test
  void everyProblemTypeLandsOnItsCard(@TempDir Path dir) throws Exception {
    List<Catalog> catalogs = new ArrayList<>();
    for (String id : ClasspathCatalogs.ids()) {
      Catalog c = ClasspathCatalogs.load(id).orElseThrow().catalog().orElseThrow();
      if (c.wire() != null) {
        catalogs.add(c);
      }
    }
    catalogs.add(clash());
    List<GeneratedFile> sources = new ArrayList<>();
    for (Catalog c : catalogs) {
      sources.addAll(Engine.generateJava(c, new JavaOptions(BASE)));
    }
    Compiled compiled = Compiled.of(dir, sources, Compiled.STRICT);
    Map<String, String> docs = new HashMap<>();
    for (GeneratedFile f : Engine.generateDocs(catalogs, DocsOptions.defaults().withDocsBaseUrl(BASE))) {
      docs.put(f.path(), new String(f.content(), UTF_8));
    }
    JsonNode all = new ObjectMapper().readTree(docs.get("catalog.json"));
    Map<String, String> jsonUrls = new HashMap<>();
    for (JsonNode c : all.get("catalogs")) {
      for (JsonNode e : c.get("errors")) {
        jsonUrls.putIfAbsent(c.get("product").get("id").asText() + " " + e.get("code").asText(),
            e.get("url").asText());
      }
    }
    // every factory the names table chose exists and builds its own code
    Catalog clash = catalogs.get(catalogs.size() - 1);
    Plan clashPlan = Plan.of(clash, new JavaOptions(BASE));
    Class<?> clashExceptions = compiled.type(clashPlan.exception().reflectionName());
    for (Symbols.Symbol s : clashPlan.symbols().all()) {
      ErrcatException made = (ErrcatException) Compiled.callStatic(clashExceptions, s.factory());
      assertEquals(s.code(), made.code(), s.factory());
    }
    assertEquals("retry_", clashPlan.symbols().of("Retry").factory());
    assertEquals("retry__", clashPlan.symbols().of("Retry again").factory());
    int checked = 0;
    for (Catalog c : catalogs) {
      Plan plan = Plan.of(c, new JavaOptions(BASE));
      String id = c.product().id();
      String page = docs.get(id + ".html");
      List<String> cards = new ArrayList<>();
      Matcher m = CARD.matcher(page);
      while (m.find()) {
        cards.add(m.group(1));
      }
      Class<?> error = compiled.type(plan.error().reflectionName());
      Class<?> exception = compiled.type(plan.exception().reflectionName());
      Class<?> mapper = compiled.type(plan.mapper().reflectionName());
      for (Symbols.Symbol s : plan.symbols().all()) {
        ErrorCode code = (ErrorCode) ((Optional<?>) Compiled.callStatic(error,
            "fromCode", s.code())).orElseThrow();
        ErrcatException ex = (ErrcatException) Compiled.callStatic(exception, "of", code);
        HttpError problem = (HttpError) Compiled.callStatic(mapper, "toProblem", ex);
        String type = new ObjectMapper().readTree(problem.body()).get("type").asText();
        String where = id + " " + s.code() + ": " + type;
        assertTrue(type.startsWith("https://docs.example.com/error%20codes/" + id + ".html#"),
            where);
        String anchor = URLDecoder.decode(type.substring(type.indexOf('#') + 1), UTF_8);
        assertTrue(cards.contains(anchor), where + " names no card of " + id + ".html");
        assertEquals(1, cards.stream().filter(anchor::equals).count(), where);
        assertTrue(cardOf(page, anchor).contains(">" + htmlCode(s.code()) + "<"),
            where + " lands on another code's card");
        assertEquals(jsonUrls.get(id + " " + s.code()), type, where);
        checked++;
      }
    }
    assertTrue(checked > 100, "checked " + checked);
    // the clash catalog's renumbered anchors are what the docs show
    assertEquals("q_2", Symbols.of(clash()).of("C-q").anchor());
    assertEquals("PLAIN", Symbols.of(clash()).of("Plain").anchor());
  }

  private static String cardOf(String page, String anchor) {
    int at = page.indexOf(" id=\"" + anchor + "\"");
    int end = page.indexOf("</article>", at);
    return page.substring(at, end);
  }

  private static String htmlCode(String code) {
    return code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }

  @Test
  void oneNormalFormOfTheBaseUrl() {
    assertEquals("https://docs.example.com/error%20codes", Symbols.normaliseBaseUrl(BASE));
    assertEquals(new JavaOptions(BASE).docsBaseUrl(),
        DocsOptions.defaults().withDocsBaseUrl(BASE).docsBaseUrl());
    assertEquals(null, Symbols.normaliseBaseUrl(" /// "));
  }
}
